package dev.mcpapt.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.bench.echo.Echo;
import dev.mcpapt.runtime.Connection;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path of a tool call without any transport: the bytes of a {@code tools/call} request in,
 * the bytes of its response out, through the engine's parse (decode), the generated argument
 * decoder and validator, the dispatch to the method, and the encoding of the result. It goes
 * through the runtime's API only: an in-process {@link Connection}, and the generated handlers of
 * the served components. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the allocation
 * per call.
 *
 * <ul>
 *   <li>{@code callSmall}: echo of {@code {"text":"hello"}};
 *   <li>{@code callLargeText}: echo of a 16 KiB text;
 *   <li>{@code callLargeObject}: an order of 100 validated lines (about 6 KiB of JSON);
 *   <li>{@code generatedSmall}, {@code generatedLargeObject}: the generated handler alone (decode,
 *       validate, call) on arguments already parsed, on the benchmark thread: the part of a call
 *       that is generated code.
 * </ul>
 *
 * <p>Tool calls run where the server runs them (on the calling thread for a non-blocking tool,
 * otherwise on a worker); the benchmark thread waits for the response, so the time includes any
 * hand-off.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HotPathBenchmark {
  private Connection connection;
  /** The one response of the request in flight ({@code null} until it arrives). */
  private volatile byte[] response;

  /**
   * Each request in {@link #ROTATION} copies with distinct ids: the engine releases an id just after
   * it sends the response, so a client reusing one at once may find it still in flight.
   */
  private static final int ROTATION = 8;

  private int turn;
  private ToolHandler echo;
  private ToolHandler place;
  private JsonNode smallArguments;
  private JsonNode largeObjectArguments;
  private final McpContext context = new BenchContext();
  private byte[][] small;
  private byte[][] largeText;
  private byte[][] largeObject;

  @Setup(Level.Trial)
  public void setUp() {
    McpServer server = McpServer.builder().name("bench").version("1").tools(new Echo(), new Orders()).build();
    connection = server.connect(message -> response = message);
    call(bytes("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"jmh\",\"version\":\"1\"}}}"));
    connection.receive(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));

    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      lines.append(i == 0 ? "" : ",").append("{\"sku\":\"SKU-").append(10000 + i)
          .append("\",\"quantity\":").append(1 + i % 7).append(",\"price\":").append(9.5 + i).append('}');
    }
    String bigText = "x".repeat(16 * 1024);
    small = new byte[ROTATION][];
    largeText = new byte[ROTATION][];
    largeObject = new byte[ROTATION][];
    for (int i = 0; i < ROTATION; i++) {
      int id = 100 + i;
      small[i] = bytes(request(id, "echo", "{\"text\":\"hello\"}"));
      largeText[i] = bytes(request(id, "echo", "{\"text\":\"" + bigText + "\"}"));
      largeObject[i] = bytes(request(id, "place",
          "{\"order\":{\"customer\":\"ACME Corporation\",\"note\":\"leave at the back door\",\"lines\":[" + lines + "]}}"));
    }

    echo = tool(server, "echo");
    place = tool(server, "place");
    try {
      ObjectMapper json = new ObjectMapper();
      smallArguments = json.readTree("{\"text\":\"hello\"}");
      largeObjectArguments = json.readTree(
          "{\"order\":{\"customer\":\"ACME Corporation\",\"note\":\"leave at the back door\",\"lines\":[" + lines + "]}}");
      expect(generatedSmall(), "hello");
      expect(generatedLargeObject(), "ACME Corporation: 100 lines");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }

    // Fail fast if the server does not answer as expected, rather than measure an error path.
    for (int i = 0; i < ROTATION; i++) {
      expect(callSmall(), "\"text\":\"hello\"");
      expect(callLargeText(), "\"text\":\"xxxx");
      expect(callLargeObject(), "ACME Corporation: 100 lines");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    connection.close();
  }

  private static ToolHandler tool(McpServer server, String name) {
    for (McpComponent component : server.components()) {
      for (ToolHandler tool : component.tools()) {
        if (tool.name().equals(name)) {
          return tool;
        }
      }
    }
    throw new IllegalStateException("no tool " + name);
  }

  private static String request(int id, String tool, String arguments) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + arguments + "}}";
  }

  private int next() {
    return turn = (turn + 1) & (ROTATION - 1);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void expect(byte[] response, String fragment) {
    String text = new String(response, StandardCharsets.UTF_8);
    if (!text.contains(fragment) || text.contains("\"isError\":true") || text.contains("\"error\"")) {
      throw new IllegalStateException("unexpected response: " + text.substring(0, Math.min(400, text.length())));
    }
  }

  /** Dispatches one request and waits for its response. */
  private byte[] call(byte[] request) {
    response = null;
    connection.receive(request);
    byte[] answer;
    while ((answer = response) == null) {
      Thread.onSpinWait();
    }
    return answer;
  }

  @Benchmark
  public byte[] callSmall() {
    return call(small[next()]);
  }

  @Benchmark
  public byte[] callLargeText() {
    return call(largeText[next()]);
  }

  @Benchmark
  public byte[] callLargeObject() {
    return call(largeObject[next()]);
  }

  @Benchmark
  public ToolResult generatedSmall() throws Exception {
    return echo.call(smallArguments, context).toCompletableFuture().join();
  }

  @Benchmark
  public ToolResult generatedLargeObject() throws Exception {
    return place.call(largeObjectArguments, context).toCompletableFuture().join();
  }

  private static void expect(ToolResult result, String text) {
    if (result.isError() || !(result.content().get(0) instanceof Content.Text t) || !t.text().contains(text)) {
      throw new IllegalStateException("unexpected result: " + result.content());
    }
  }

  /** A request context with nothing to report to. */
  static final class BenchContext implements McpContext {
    @Override
    public String protocolVersion() {
      return "2025-06-18";
    }

    @Override
    public ObjectNode requestMeta() {
      return null;
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void progress(double progress, Double total, String message) {}

    @Override
    public void log(LogLevel level, String message) {}
  }
}
