package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.META;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same endpoint over cleartext HTTP/2 (the JDK client upgrades with h2c), many streams on one connection. */
class Http2Test {
  static HttpTestSupport t;
  static final HttpClient H2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport();
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void servesRequestsAndEventStreamsOverHttp2() throws Exception {
    String steps = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"tools/call\",\"params\":{\"name\":\"steps\","
        + "\"arguments\":{\"steps\":3},\"_meta\":{\"progressToken\":1,\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
        + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    // the JDK client upgrades to h2c on a request without a body; the rest are streams on that connection
    HttpResponse<String> upgrade = H2.send(HttpRequest.newBuilder(t.uri("/mcp")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(HttpClient.Version.HTTP_2, upgrade.version());
    assertEquals(405, upgrade.statusCode());
    HttpResponse<String> first = H2.send(t.postRequest("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"tools/list\","
        + "\"params\":{" + META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, first.statusCode(), first.body());
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      HttpRequest r = t.postRequest("/mcp", String.format(steps, i), "MCP-Protocol-Version", "2026-07-28",
          "Mcp-Method", "tools/call", "Mcp-Name", "steps");
      calls.add(H2.sendAsync(r, HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 1; i <= 10; i++) {
      HttpResponse<String> r = calls.get(i - 1).get();
      assertEquals(HttpClient.Version.HTTP_2, r.version());
      assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse(""));
      List<JsonNode> ev = events(r.body());
      assertEquals(4, ev.size(), r.body());
      assertEquals(i, ev.get(3).path("id").asInt());
    }
  }
}
