package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A tool reads the HTTP request's headers through its context ({@code httpHeaders()},
 * {@code httpHeader(name)}): names in lower case, every value of a repeated header, no
 * {@code Authorization}, the headers of its own request, on both eras.
 */
class HttpHeadersTest {
  /** Answers with the headers it sees: {@code x-*} ones, and whether Authorization is among them. */
  static final class HeaderTools implements McpComponent {
    @Override
    public Class<?> type() {
      return HeaderTools.class;
    }

    @Override
    public List<ToolHandler> tools() {
      return List.of(HttpTestTools.tool("headers", "{}", (args, ctx) -> {
        Map<String, List<String>> seen = new TreeMap<>();
        ctx.httpHeaders().forEach((name, values) -> {
          if (name.startsWith("x-") || name.equalsIgnoreCase("authorization")) {
            seen.put(name, values);
          }
        });
        return ToolResult.text(seen + " tenant=" + ctx.httpHeader("X-Tenant").orElse("none"));
      }));
    }
  }

  private static String text(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    JsonNode result = HttpTestSupport.json(r).path("result");
    assertEquals(false, result.path("isError").asBoolean(false), r.body());
    return result.path("content").get(0).path("text").asText();
  }

  @Test
  void aToolSeesItsRequestsHeaders() throws Exception {
    McpServer server = McpServer.builder().name("headers").version("1").component(new HeaderTools()).build();
    HttpTestSupport t = new HttpTestSupport(server, HttpOptions.builder());
    try {
      String session = t.initialize("2025-11-25");
      String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"headers\",\"arguments\":{}}}";
      HttpRequest request = HttpRequest.newBuilder(t.uri("/mcp")).timeout(Duration.ofSeconds(20))
          .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
          .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
          .header("X-Tenant", "acme").header("Authorization", "Bearer secret-token")
          .header("X-Trace", "one").header("X-Trace", "two")
          .POST(HttpRequest.BodyPublishers.ofString(call)).build();
      HttpResponse<String> r = t.client.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals("{x-tenant=[acme], x-trace=[one, two]} tenant=acme", text(r));

      HttpResponse<String> other = t.post(call.replace("\"id\":1", "\"id\":2"), "Mcp-Session-Id", session,
          "MCP-Protocol-Version", "2025-11-25", "X-Tenant", "globex");
      assertEquals("{x-tenant=[globex]} tenant=globex", text(other), "each call sees its own request's headers");

      HttpResponse<String> modern = t.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":"
          + "{\"name\":\"headers\",\"arguments\":{}," + HttpTestSupport.META + "}}",
          "MCP-Protocol-Version", HttpTestSupport.MODERN, "Mcp-Method", "tools/call", "Mcp-Name", "headers");
      assertEquals("{} tenant=none", text(modern));
    } finally {
      t.close();
    }
  }
}
