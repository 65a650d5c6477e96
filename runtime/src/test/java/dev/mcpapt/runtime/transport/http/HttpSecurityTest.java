package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DNS rebinding protection, CORS, size and count limits: every refusal is a JSON-RPC error body. */
class HttpSecurityTest {
  static HttpTestSupport t;
  static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{" + HttpTestSupport.META + "}}";

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport(HttpOptions.builder().allowedOrigin("https://app.example.com").cors(true)
        .maxBodyBytes(64 * 1024).maxHeaderBytes(4 * 1024).maxSessions(3));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  private static String[] modernHeaders(String... more) {
    String[] base = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void foreignOriginsAreRefusedWith403() throws Exception {
    JsonNode e = error(t.post(LIST, modernHeaders("Origin", "http://evil.example.com")), 403);
    assertTrue(e.path("message").asText().contains("evil.example.com"));
    JsonNode body = HttpTestSupport.JSON.readTree(t.post(LIST, modernHeaders("Origin", "http://evil.example.com")).body());
    assertTrue(body.path("id").isMissingNode(), "the 403 error has no id");
    error(t.post(LIST, modernHeaders("Origin", "null")), 403);
    HttpResponse<String> get = t.client.send(HttpRequest.newBuilder(t.uri("/sse")).header("Origin", "https://evil.example.com")
        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
    error(get, 403); // HTTP+SSE is protected the same way
  }

  @Test
  void loopbackAndListedOriginsAreAcceptedWithCors() throws Exception {
    assertEquals(200, t.post(LIST, modernHeaders("Origin", "http://localhost:5173")).statusCode());
    HttpResponse<String> r = t.post(LIST, modernHeaders("Origin", "https://app.example.com"));
    assertEquals(200, r.statusCode());
    assertEquals("https://app.example.com", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Mcp-Session-Id"));
    HttpResponse<String> pre = t.client.send(HttpRequest.newBuilder(t.uri("/mcp"))
        .header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type, mcp-protocol-version, mcp-method")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(204, pre.statusCode());
    assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("mcp-method"));
  }

  @Test
  void foreignHostNamesAreRefused() throws Exception {
    String answer = t.raw("POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + LIST.length() + "\r\nConnection: close\r\n\r\n" + LIST);
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    assertTrue(answer.contains("\"code\":-32600") && answer.contains("Host"), answer);
    String ok = t.raw("POST /mcp HTTP/1.1\r\nHost: localhost:" + t.http.port() + "\r\nContent-Type: application/json\r\n"
        + "MCP-Protocol-Version: 2026-07-28\r\nMcp-Method: tools/list\r\n"
        + "Content-Length: " + LIST.length() + "\r\nConnection: close\r\n\r\n" + LIST);
    assertTrue(ok.startsWith("HTTP/1.1 200"), ok);
  }

  @Test
  void oversizeBodiesAndHeadersAreRefused() throws Exception {
    String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"pad\":\"" + "x".repeat(70_000) + "\"}}";
    JsonNode e = error(t.post(big, modernHeaders()), 413);
    assertTrue(e.path("message").asText().contains("65536"), e.toString());
    String chunked = t.raw("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n" + big
        + "\r\n0\r\n\r\n");
    assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked.substring(0, Math.min(200, chunked.length())));
    String header = t.raw("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "y".repeat(8000)
        + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertTrue(header.startsWith("HTTP/1.1 431"), header);
    assertTrue(header.contains("application/json") && header.contains("\"code\":-32600"), header);
    assertFalse(header.contains("<html"), header);
    // and the server keeps serving
    assertEquals(200, t.post(LIST, modernHeaders()).statusCode());
  }

  @Test
  void sessionsAreLimited() throws Exception {
    // Sessions kept busy (each with its GET stream open): an idle one would make room instead.
    // 2025-11-25 streams start with a priming event, so their headers arrive at once.
    java.util.List<String> sessions = new java.util.ArrayList<>();
    java.util.List<HttpTestSupport.SseReader> streams = new java.util.ArrayList<>();
    try {
      JsonNode e = null;
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> r = t.post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        if (r.statusCode() == 200) {
          String id = r.headers().firstValue("Mcp-Session-Id").orElseThrow();
          sessions.add(id);
          streams.add(t.openStream(HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", id)
              .header("Accept", "text/event-stream").GET().build()));
        } else {
          e = error(r, 503);
        }
      }
      assertEquals(3, sessions.size());
      assertTrue(e != null && e.path("message").asText().contains("sessions"), String.valueOf(e));
    } finally {
      for (String s : sessions) { // ends their streams too
        t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", s).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
      }
      for (HttpTestSupport.SseReader r : streams) {
        r.close();
      }
    }
  }

  @Test
  void otherPathsAndMethodsGetJsonErrors() throws Exception {
    HttpResponse<String> r = t.client.send(HttpRequest.newBuilder(t.uri("/nope")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    error(r, 404);
    r = t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).method("PUT", HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    error(r, 405);
  }
}
