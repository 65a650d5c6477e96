package dev.mcpapt.runtime.transport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Tools for the HTTP tests, written against the SPI as generated code would be. */
final class HttpTestTools implements McpComponent {
  /** Calls of {@code wait} that ended by cancellation (interrupt). */
  static final AtomicInteger CANCELLED = new AtomicInteger();
  /** Counted down when a {@code wait} call starts. */
  static volatile CountDownLatch waitStarted = new CountDownLatch(1);

  @Override
  public Class<?> type() {
    return HttpTestTools.class;
  }

  @Override
  public List<ToolHandler> tools() {
    return List.of(
        tool("echo", "{\"text\":{\"type\":\"string\"}}", (args, ctx) -> ToolResult.text(args.path("text").asText())),
        tool("steps", "{\"steps\":{\"type\":\"integer\"}}", (args, ctx) -> {
          int steps = args.path("steps").asInt(3);
          for (int i = 1; i <= steps; i++) {
            ctx.progress(i, (double) steps, "step " + i);
            ctx.log(McpContext.LogLevel.INFO, "step " + i + " of " + steps);
            Thread.sleep(20);
          }
          return ToolResult.text("did " + steps + " steps");
        }),
        tool("query", "{\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"},"
            + "\"options\":{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"x-mcp-header\":\"Limit\"}}}}",
            (args, ctx) -> ToolResult.text("queried " + args.path("region").asText())),
        tool("wait", "{\"ms\":{\"type\":\"integer\"}}", (args, ctx) -> {
          long ms = args.path("ms").asLong(60_000);
          waitStarted.countDown();
          try {
            Thread.sleep(ms);
          } catch (InterruptedException e) {
            CANCELLED.incrementAndGet();
            throw e;
          }
          return ToolResult.text("waited " + ms);
        }));
  }

  @FunctionalInterface
  interface Body {
    ToolResult call(JsonNode arguments, McpContext context) throws Exception;
  }

  static ToolHandler tool(String name, String properties, Body body) {
    ObjectNode descriptor;
    try {
      descriptor = (ObjectNode) new ObjectMapper().readTree("{\"name\":\"" + name + "\",\"description\":\"" + name
          + " (test)\",\"inputSchema\":{\"type\":\"object\",\"properties\":" + properties + "}}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return dev.mcpapt.runtime.testing.TestHandlers.tool(descriptor, body::call);
  }
}
