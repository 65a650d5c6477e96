package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.META;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.events;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streamable HTTP at revision 2026-07-28: stateless requests with per-request metadata. */
class StatelessHttpTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport(HttpOptions.builder().keepAliveInterval(java.time.Duration.ofMillis(200)));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void answersARequestWithJsonAndNoSession() throws Exception {
    HttpResponse<String> r = t.modern(1, "tools/list", null, "");
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    assertEquals(1, body.path("id").asInt());
    assertEquals("complete", body.path("result").path("resultType").asText());
    assertEquals(4, body.path("result").path("tools").size());
    assertTrue(r.headers().firstValue("Mcp-Session-Id").isEmpty(), "no session in 2026-07-28");
  }

  @Test
  void switchesToAnEventStreamWhenNotificationsPrecedeTheResponse() throws Exception {
    HttpResponse<String> r = t.post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"steps\","
        + "\"arguments\":{\"steps\":3},\"_meta\":{\"progressToken\":\"tok\",\"io.modelcontextprotocol/logLevel\":\"info\","
        + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
        "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "steps");
    assertEquals(200, r.statusCode());
    assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no", r.headers().firstValue("X-Accel-Buffering").orElse(""));
    assertFalse(r.body().contains("id: "), "2026-07-28 streams are not resumable: no event ids");
    List<JsonNode> ev = events(r.body());
    assertEquals(7, ev.size(), r.body()); // 3 progress + 3 log + response
    assertEquals("notifications/progress", ev.get(0).path("method").asText());
    assertEquals("notifications/message", ev.get(1).path("method").asText());
    JsonNode last = ev.get(ev.size() - 1);
    assertEquals(7, last.path("id").asInt());
    assertEquals("did 3 steps", last.path("result").path("content").get(0).path("text").asText());
  }

  @Test
  void onlyJsonAcceptedDropsTheNotificationsButAnswers() throws Exception {
    HttpResponse<String> r = t.post("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":\"steps\","
        + "\"arguments\":{\"steps\":2},\"_meta\":{\"progressToken\":\"tok\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
        + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
        "Accept", "application/json", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "steps");
    assertEquals(200, r.statusCode());
    assertEquals("did 2 steps", json(r).path("result").path("content").get(0).path("text").asText());
  }

  @Test
  void headersMustMatchTheBody() throws Exception {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{},"
        + META + "}}";
    JsonNode e = error(t.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "other"), 400);
    assertEquals(-32020, e.path("code").asInt());
    assertTrue(e.path("message").asText().contains("'other'"), e.toString());

    e = error(t.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call"), 400);
    assertEquals(-32020, e.path("code").asInt());
    assertTrue(e.path("message").asText().contains("missing Mcp-Name"), e.toString());

    e = error(t.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list", "Mcp-Name", "echo"), 400);
    assertEquals(-32020, e.path("code").asInt());

    e = error(t.post(call, "MCP-Protocol-Version", "2025-11-25", "Mcp-Method", "tools/call", "Mcp-Name", "echo"), 400);
    assertEquals(-32020, e.path("code").asInt());

    e = error(t.post(call, "Mcp-Method", "tools/call", "Mcp-Name", "echo"), 400);
    assertEquals(-32020, e.path("code").asInt());

    String encoded = "=?base64?" + Base64.getEncoder().encodeToString("echo".getBytes(StandardCharsets.UTF_8)) + "?=";
    HttpResponse<String> ok = t.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", encoded);
    assertEquals(200, ok.statusCode(), ok.body());
  }

  @Test
  void parametersMirroredIntoHeadersAreChecked() throws Exception {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"tools/call\",\"params\":{\"name\":\"query\","
        + "\"arguments\":{\"region\":\"us-west1\",\"options\":{\"limit\":42}}," + META + "}}";
    String[] base = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "query"};
    HttpResponse<String> ok = t.post(call, with(base, "Mcp-Param-Region", "us-west1", "Mcp-Param-Limit", "42.0"));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("queried us-west1", json(ok).path("result").path("content").get(0).path("text").asText());
    JsonNode e = error(t.post(call, with(base, "Mcp-Param-Region", "eu-west1", "Mcp-Param-Limit", "42")), 400);
    assertEquals(-32020, e.path("code").asInt());
    assertTrue(e.path("message").asText().contains("Mcp-Param-Region"), e.toString());
    e = error(t.post(call, with(base, "Mcp-Param-Region", "us-west1")), 400);
    assertTrue(e.path("message").asText().contains("missing Mcp-Param-Limit"), e.toString());
    String encoded = "=?base64?" + Base64.getEncoder().encodeToString("us-west1".getBytes(StandardCharsets.UTF_8)) + "?=";
    assertEquals(200, t.post(call, with(base, "Mcp-Param-Region", encoded, "Mcp-Param-Limit", "42")).statusCode());
    String noLimit = call.replace(",\"options\":{\"limit\":42}", "");
    assertEquals(200, t.post(noLimit, with(base, "Mcp-Param-Region", "us-west1")).statusCode(), "absent argument, no header");
    // a recognized header with invalid characters is refused even when its argument is absent
    e = error(t.post(noLimit, with(base, "Mcp-Param-Region", "us-west1", "Mcp-Param-Limit", "=?base64?not*base64?=")), 400);
    assertEquals(-32020, e.path("code").asInt());
    assertTrue(e.path("message").asText().contains("Mcp-Param-Limit header value is not valid"), e.toString());
    // Base64 must be canonical and padded: "us-west1" without its padding is refused
    String unpadded = "=?base64?" + Base64.getEncoder().withoutPadding().encodeToString("us-west1".getBytes(StandardCharsets.UTF_8)) + "?=";
    e = error(t.post(call, with(base, "Mcp-Param-Region", unpadded, "Mcp-Param-Limit", "42")), 400);
    assertTrue(e.path("message").asText().contains("Mcp-Param-Region header value is not valid"), e.toString());
    // and a header for an absent argument does not match the body
    e = error(t.post(noLimit, with(base, "Mcp-Param-Region", "us-west1", "Mcp-Param-Limit", "42")), 400);
    assertTrue(e.path("message").asText().contains("argument options.limit is absent"), e.toString());
  }

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void errorsOfTheRevisionGetTheirHttpStatus() throws Exception {
    JsonNode e = error(t.modern(4, "no/such/method", null, ""), 404);
    assertEquals(-32601, e.path("code").asInt());
    e = error(t.modern(5, "initialize", null, ""), 404);
    assertEquals(-32601, e.path("code").asInt());

    String v999 = "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"server/discover\",\"params\":{\"_meta\":{"
        + "\"io.modelcontextprotocol/protocolVersion\":\"v999\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    e = error(t.post(v999, "MCP-Protocol-Version", "v999", "Mcp-Method", "server/discover"), 400);
    assertEquals(-32022, e.path("code").asInt());
    assertTrue(e.path("data").path("supported").toString().contains("2026-07-28"));

    // a legacy revision named per request: refused, and not offered back (a client retrying it
    // per request would be refused for ever); it is served after initialize
    String legacy = v999.replace("\"v999\"", "\"2025-11-25\"").replace("\"id\":6", "\"id\":7");
    e = error(t.post(legacy, "MCP-Protocol-Version", "2025-11-25", "Mcp-Method", "server/discover"), 400);
    assertEquals(-32022, e.path("code").asInt(), e.toString());
    assertEquals("[\"2026-07-28\"]", e.path("data").path("supported").toString());
    assertTrue(e.path("message").asText().contains("initialize"), e.toString());

    e = error(t.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"server/discover\",\"params\":{}}",
        "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "server/discover"), 400);
    assertEquals(-32602, e.path("code").asInt());
  }

  @Test
  void notificationsGet202AndGetAndDeleteWithoutSessionAreRefused() throws Exception {
    HttpResponse<String> n = t.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\",\"params\":{" + META + "}}",
        "MCP-Protocol-Version", "2026-07-28");
    assertEquals(202, n.statusCode());
    assertEquals("", n.body());

    HttpResponse<String> get = t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).header("Accept", "text/event-stream")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    error(get, 405);
    assertTrue(get.headers().firstValue("Allow").orElse("").contains("POST"));
    HttpResponse<String> del = t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    error(del, 400);
  }

  @Test
  void badBodiesGetJsonRpcErrors() throws Exception {
    JsonNode e = error(t.post("{not json", "MCP-Protocol-Version", "2026-07-28"), 400);
    assertEquals(-32700, e.path("code").asInt());
    e = error(t.post("[]", "MCP-Protocol-Version", "2026-07-28"), 400);
    assertEquals(-32600, e.path("code").asInt());
    e = error(t.post("", "MCP-Protocol-Version", "2026-07-28"), 400);
    assertEquals(-32700, e.path("code").asInt());
    e = error(t.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "Content-Type", "text/plain"), 415);
    e = error(t.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "Accept", "text/html"), 406);
    assertEquals(-32600, e.path("code").asInt());
    e = error(t.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}", "MCP-Protocol-Version", "2026-07-28"), 400);
  }

  @Test
  void closingTheResponseStreamCancelsTheRequest() throws Exception {
    HttpTestTools.waitStarted = new CountDownLatch(1);
    int before = HttpTestTools.CANCELLED.get();
    String body = "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/call\",\"params\":{\"name\":\"wait\",\"arguments\":{\"ms\":60000},"
        + META + "}}";
    var future = t.client.sendAsync(t.postRequest("/mcp", body, "MCP-Protocol-Version", "2026-07-28",
        "Mcp-Method", "tools/call", "Mcp-Name", "wait"), HttpResponse.BodyHandlers.ofString());
    assertTrue(HttpTestTools.waitStarted.await(10, TimeUnit.SECONDS), "the tool started");
    future.cancel(true); // closes the connection
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (HttpTestTools.CANCELLED.get() == before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(before + 1, HttpTestTools.CANCELLED.get(), "the tool was interrupted when the client went away");
  }
}
