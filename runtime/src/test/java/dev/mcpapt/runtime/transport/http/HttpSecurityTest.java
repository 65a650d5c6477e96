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

  /**
   * A refusal sent while the client is still sending its body must reach it. Closing the
   * connection with the body unread makes TCP reset it, and the reset can destroy the answer
   * before the client reads it; over HTTP/2 the stream is reset instead. The server reads and
   * drops the rest of the body (within a bound) before it answers.
   */
  @Test
  void refusalsReachAClientThatIsStillSending() throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"pad\":\""
        + "x".repeat(200_000) + "\"}}";
    for (int i = 0; i < 3; i++) {
      String tooLarge = sendInTwoParts("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n", body);
      assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
      String small = body.substring(0, 40_000) + "\"}}";
      String foreign = sendInTwoParts("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Origin: http://evil.example.com\r\nContent-Length: " + small.length() + "\r\n\r\n", small);
      assertTrue(foreign.startsWith("HTTP/1.1 403"), foreign);
    }
    // HTTP/2 (h2c by upgrade, as the JDK's client does it): the refused stream is answered, not reset
    java.net.http.HttpClient h2 = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_2).build();
    HttpResponse<String> upgrade = h2.send(HttpRequest.newBuilder(t.uri("/mcp")).GET().build(),
        HttpResponse.BodyHandlers.ofString()); // the client upgrades on a request without a body
    assertEquals(java.net.http.HttpClient.Version.HTTP_2, upgrade.version());
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> refused = h2.send(HttpRequest.newBuilder(t.uri("/mcp"))
          .header("Content-Type", "application/json").header("Origin", "http://evil.example.com")
          .POST(HttpRequest.BodyPublishers.ofString(body.substring(0, 40_000) + "\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(java.net.http.HttpClient.Version.HTTP_2, refused.version());
      error(refused, 403);
    }
    assertEquals(200, t.post(LIST, modernHeaders()).statusCode());
  }

  /** The refused body is read to its end, so the connection carries the next request. */
  @Test
  void aRefusedBodyIsDroppedAndTheConnectionKept() throws Exception {
    String pad = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"pad\":\"";
    String[] modern = modernHeaders();
    try (RawConnection c = new RawConnection(t.http.port(), 20_000)) {
      RawConnection.Response foreign = c.post("/mcp", pad + "x".repeat(30_000) + "\"}}", "Origin", "http://evil.example.com");
      assertEquals(403, foreign.status(), foreign.body());
      RawConnection.Response tooLarge = c.post("/mcp", pad + "x".repeat(100_000) + "\"}}", modern);
      assertEquals(413, tooLarge.status(), tooLarge.body());
      RawConnection.Response ok = c.post("/mcp", LIST, modern);
      assertEquals(200, ok.status(), ok.body());
    }
  }

  /** Sends the head and a first part of the body, waits while the server answers, then sends the rest. */
  private static String sendInTwoParts(String head, String body) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", t.http.port())) {
      s.setSoTimeout(10_000);
      java.io.OutputStream out = s.getOutputStream();
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.write(bytes, 0, 16_384);
      out.flush();
      Thread.sleep(300);
      try {
        out.write(bytes, 16_384, bytes.length - 16_384);
        out.flush();
      } catch (java.io.IOException closed) {
        // what the old server did: it had closed the connection; the answer is then read below, if any
      }
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      try {
        s.getInputStream().transferTo(answer);
      } catch (java.io.IOException reset) {
        // a reset: what arrived before it (often nothing) is the answer
      }
      String text = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
      return text.isEmpty() ? "(no answer: the connection was reset)" : text;
    }
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
