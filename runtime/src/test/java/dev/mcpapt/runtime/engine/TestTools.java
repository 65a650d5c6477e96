package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Hand-written SPI implementations, standing in for generated code. */
public final class TestTools implements McpComponent {
  @Override
  public Class<?> type() {
    return TestTools.class;
  }

  @Override
  public List<ToolHandler> tools() {
    return List.of(new Add(), new Echo(), new Sleep(), new Fail(), new Refuse(), new Weather(),
        new Simple("await_signal", TestTools::awaitSignal), new Simple("signal", TestTools::signal),
        new Simple("shout", (a, c) -> {
          System.out.println("a stray print that must not reach the protocol stream");
          return ToolResult.text("shouted");
        }),
        new Simple("wait_cancel", TestTools::waitForCancel),
        new Simple("was_interrupted", (a, c) -> ToolResult.text(String.valueOf(interrupted(a.path("key").asText("wait"))))),
        new Simple("started", (a, c) -> ToolResult.text(String.valueOf(
            latch("started:" + a.path("key").asText("wait")).await(10, java.util.concurrent.TimeUnit.SECONDS)))));
  }

  static ObjectNode descriptor(String json) {
    try {
      return (ObjectNode) Json.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CountDownLatch> SIGNALS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static java.util.concurrent.CountDownLatch latch(String key) {
    return SIGNALS.computeIfAbsent(key, k -> new java.util.concurrent.CountDownLatch(1));
  }

  /** Blocks until {@code signal} is called with the same key (proves calls run concurrently). */
  static ToolResult awaitSignal(JsonNode args, McpContext context) throws Exception {
    String key = args.path("key").asText();
    if (!latch(key).await(30, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new ToolException("no signal for " + key);
    }
    return ToolResult.text("signalled " + key);
  }

  static ToolResult signal(JsonNode args, McpContext context) {
    String key = args.path("key").asText();
    latch(key).countDown();
    return ToolResult.text("signal " + key);
  }


  /** Sleeps until interrupted (cancelled), recording that the interrupt arrived. */
  static ToolResult waitForCancel(JsonNode args, McpContext context) throws Exception {
    String key = args.path("key").asText("wait");
    latch("started:" + key).countDown();
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      latch("interrupted:" + key).countDown();
      throw e;
    }
    return ToolResult.text("not cancelled");
  }

  /** Whether the wait_cancel call with this key was interrupted (waits up to 10 s). */
  public static boolean interrupted(String key) throws InterruptedException {
    return latch("interrupted:" + key).await(10, java.util.concurrent.TimeUnit.SECONDS);
  }

  interface Body {
    ToolResult call(JsonNode arguments, McpContext context) throws Exception;
  }

  /** A tool taking any object. */
  static final class Simple implements ToolHandler {
    private final String name;
    private final Body body;
    private final ObjectNode descriptor;

    Simple(String name, Body body) {
      this.name = name;
      this.body = body;
      this.descriptor = TestTools.descriptor("{\"name\":\"" + name + "\",\"description\":\"Test tool " + name
          + "\",\"inputSchema\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"}}}}");
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
      return CompletableFuture.completedFuture(body.call(arguments, context));
    }
  }

  /** add(a: int, b: int) -> structured {sum}. */
  static final class Add implements ToolHandler {
    private static final ObjectNode DESCRIPTOR = TestTools.descriptor("{\"name\":\"add\",\"title\":\"Add\",\"description\":\"Adds two integers\","
        + "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"type\":\"integer\"}},\"required\":[\"a\",\"b\"]},"
        + "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"sum\":{\"type\":\"integer\"}},\"required\":[\"sum\"]},"
        + "\"annotations\":{\"readOnlyHint\":true}}");

    @Override
    public String name() {
      return "add";
    }

    @Override
    public ObjectNode descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
      Problems problems = new Problems();
      long a = integer(arguments, "a", problems);
      long b = integer(arguments, "b", problems);
      problems.throwIfAny();
      long sum = a + b;
      return CompletableFuture.completedFuture(ToolResult.structured(sum, (g, v) -> {
        g.writeStartObject();
        g.writeNumberField("sum", v);
        g.writeEndObject();
      }));
    }

    private static long integer(JsonNode args, String name, Problems problems) {
      JsonNode n = args.get(name);
      if (n == null) {
        problems.add(name, "required");
        return 0;
      }
      if (!n.isIntegralNumber()) {
        problems.add(name, "expected integer, got " + n);
        return 0;
      }
      return n.longValue();
    }
  }

  /** echo(text) -> text. */
  static final class Echo implements ToolHandler {
    private static final ObjectNode DESCRIPTOR = TestTools.descriptor("{\"name\":\"echo\",\"description\":\"Echoes text\","
        + "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}}");

    @Override
    public String name() {
      return "echo";
    }

    @Override
    public ObjectNode descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
      JsonNode t = arguments.get("text");
      if (t == null || !t.isTextual()) {
        Problems p = new Problems();
        p.add("text", t == null ? "required" : "expected string");
        p.throwIfAny();
      }
      context.log(McpContext.LogLevel.INFO, "echoing");
      return CompletableFuture.completedFuture(ToolResult.text(t.textValue()));
    }
  }

  /** sleep(ms) -> "slept", reporting progress; interruptible. */
  static final class Sleep implements ToolHandler {
    private static final ObjectNode DESCRIPTOR = TestTools.descriptor("{\"name\":\"sleep\",\"description\":\"Sleeps\","
        + "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"ms\":{\"type\":\"integer\"}},\"required\":[\"ms\"]}}");

    @Override
    public String name() {
      return "sleep";
    }

    @Override
    public ObjectNode descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
      long ms = arguments.path("ms").asLong();
      context.progress(0, (double) ms, "starting");
      Thread.sleep(ms);
      context.progress(ms, (double) ms, "done");
      return CompletableFuture.completedFuture(ToolResult.text("slept " + ms));
    }
  }

  /** fail() -> throws IllegalStateException. */
  static final class Fail implements ToolHandler {
    private static final ObjectNode DESCRIPTOR = TestTools.descriptor("{\"name\":\"fail\",\"description\":\"Fails\","
        + "\"inputSchema\":{\"type\":\"object\"}}");

    @Override
    public String name() {
      return "fail";
    }

    @Override
    public ObjectNode descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) {
      throw new IllegalStateException("database is down");
    }
  }

  /** refuse() -> ToolException. */
  static final class Refuse implements ToolHandler {
    private static final ObjectNode DESCRIPTOR = TestTools.descriptor("{\"name\":\"refuse\",\"description\":\"Refuses\","
        + "\"inputSchema\":{\"type\":\"object\"}}");

    @Override
    public String name() {
      return "refuse";
    }

    @Override
    public ObjectNode descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) {
      throw new ToolException("Not allowed today");
    }
  }

  /** weather() -> structured with _meta and content. */
  static final class Weather implements ToolHandler {
    private static final ObjectNode DESCRIPTOR = TestTools.descriptor("{\"name\":\"weather\",\"title\":\"Weather\",\"description\":\"Weather\","
        + "\"inputSchema\":{\"type\":\"object\"},\"_meta\":{\"openai/outputTemplate\":\"ui://widget/w.html\"},"
        + "\"icons\":[{\"src\":\"https://example.com/i.png\"}],\"execution\":{\"taskSupport\":\"forbidden\"}}");

    @Override
    public String name() {
      return "weather";
    }

    @Override
    public ObjectNode descriptor() {
      return DESCRIPTOR;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) {
      ObjectNode meta = Json.object().put("com.example/trace", "t1");
      return CompletableFuture.completedFuture(ToolResult.structured("sunny", (g, v) -> {
        g.writeStartObject();
        g.writeStringField("sky", v);
        g.writeEndObject();
      }).withMeta(meta));
    }
  }
}
