package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.McpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starting a server on loopback and speaking raw HTTP to it. */
final class HttpTestSupport {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MODERN = "2026-07-28";
  static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
      + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

  final McpServer server;
  final McpHttpServer http;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  HttpTestSupport(HttpOptions.Builder options) throws IOException {
    this.server = McpServer.builder().name("http-test").version("1.0.0").component(new HttpTestTools()).build();
    this.http = McpHttpServer.start(server, options.host("127.0.0.1").port(0).build());
  }

  HttpTestSupport() throws IOException {
    this(HttpOptions.builder());
  }

  void close() {
    http.close();
    server.close();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + http.port() + path);
  }

  /** A POST to /mcp with the given headers (name, value, name, value, ...). */
  HttpResponse<String> post(String body, String... headers) throws Exception {
    return client.send(postRequest("/mcp", body, headers), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest postRequest(String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  /** A 2026-07-28 request with matching headers. */
  HttpResponse<String> modern(int id, String method, String name, String params) throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{" + params
        + (params.isEmpty() ? "" : ",") + META + "}}";
    List<String> h = new ArrayList<>(List.of("MCP-Protocol-Version", MODERN, "Mcp-Method", method));
    if (name != null) {
      h.add("Mcp-Name");
      h.add(name);
    }
    return post(body, h.toArray(new String[0]));
  }

  /** Starts a 2026-07-28 call of the {@code wait} tool and returns once the tool runs. */
  java.util.concurrent.CompletableFuture<HttpResponse<String>> startWait(int millis) throws InterruptedException {
    HttpTestTools.waitStarted = new java.util.concurrent.CountDownLatch(1);
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"wait\","
        + "\"arguments\":{\"ms\":" + millis + "}," + META + "}}";
    java.util.concurrent.CompletableFuture<HttpResponse<String>> call = client.sendAsync(postRequest("/mcp", body,
        "MCP-Protocol-Version", MODERN, "Mcp-Method", "tools/call", "Mcp-Name", "wait"),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(HttpTestTools.waitStarted.await(10, java.util.concurrent.TimeUnit.SECONDS), "the wait tool started");
    return call;
  }

  /** initialize + notifications/initialized; returns the session id. */
  String initialize(String version) throws Exception {
    HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
        + version + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
    assertEquals(200, r.statusCode(), r.body());
    String session = r.headers().firstValue("Mcp-Session-Id").orElse(null);
    assertNotNull(session, "initialize must issue Mcp-Session-Id");
    assertEquals(version, json(r).path("result").path("protocolVersion").asText());
    HttpResponse<String> n = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "Mcp-Session-Id", session, "MCP-Protocol-Version", version);
    assertEquals(202, n.statusCode());
    assertEquals("", n.body());
    return session;
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "expected JSON, got " + r.headers().map() + " " + r.body());
    return JSON.readTree(r.body());
  }

  /** The JSON-RPC error of an HTTP error answer, checking it is a clean JSON body without a trace. */
  static JsonNode error(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals("2.0", body.path("jsonrpc").asText());
    assertTrue(body.path("error").path("code").isInt(), r.body());
    String message = body.path("error").path("message").asText();
    assertFalse(message.isBlank());
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "stack trace leaked: " + r.body());
    return body.path("error");
  }

  /** The data of the SSE events in a complete stream body. */
  static List<JsonNode> events(String body) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (line.startsWith("data: ") && line.length() > 6) {
        out.add(JSON.readTree(line.substring(6)));
      }
    }
    return out;
  }

  /** An open SSE response read event by event. */
  static final class SseReader implements AutoCloseable {
    final HttpResponse<InputStream> response;
    private final BufferedReader reader;

    SseReader(HttpResponse<InputStream> response) {
      this.response = response;
      this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /** The next event as field -> value (id, event, data), or null at the end of the stream. */
    Map<String, String> next() throws IOException {
      Map<String, String> event = new java.util.LinkedHashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          if (!event.isEmpty()) {
            return event;
          }
          continue;
        }
        if (line.startsWith(":")) {
          event.putIfAbsent("comment", line);
          continue;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
        event.merge(field, value, (a, b) -> a + "\n" + b);
      }
      return event.isEmpty() ? null : event;
    }

    /** The next event that carries data. */
    Map<String, String> nextData() throws IOException {
      Map<String, String> e;
      while ((e = next()) != null) {
        if (e.get("data") != null && !e.get("data").isEmpty()) {
          return e;
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  SseReader openStream(HttpRequest request) throws Exception {
    HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, r.statusCode());
    assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no", r.headers().firstValue("X-Accel-Buffering").orElse(""));
    return new SseReader(r);
  }

  /** Sends raw bytes over a socket and returns the whole answer (for headers HttpClient will not send). */
  String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", http.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
