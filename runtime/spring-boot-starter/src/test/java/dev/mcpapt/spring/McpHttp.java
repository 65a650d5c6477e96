package dev.mcpapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.SpecSchemas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Stateless 2026-07-28 requests to a running endpoint; every answer is checked against the revision's schema. */
final class McpHttp {
  static final String REVISION = "2026-07-28";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicInteger ids = new AtomicInteger();
  private final String url;

  McpHttp(String url) {
    this.url = url;
  }

  record Answer(int status, JsonNode body, HttpResponse<String> response) {}

  Answer request(String method, String name, ObjectNode params, String... headers) throws Exception {
    ObjectNode meta = params.putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", REVISION);
    meta.putObject("io.modelcontextprotocol/clientCapabilities");
    meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "starter-test").put("version", "1");
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
    message.set("params", params);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", REVISION)
        .header("Mcp-Method", method)
        .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
    if (name != null) {
      b.header("Mcp-Name", name);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    String text = r.body();
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
      String last = null; // the response is the stream's last data line
      for (String line : text.split("\n")) {
        if (line.startsWith("data:") && line.length() > 5) {
          last = line.substring(5).trim();
        }
      }
      text = last;
    }
    JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
    if (body != null) {
      assertEquals(List.of(), SpecSchemas.validator(REVISION).validateServerMessage(body, method), body.toString());
    }
    return new Answer(r.statusCode(), body, r);
  }

  Answer call(String tool, String argumentsJson, String... headers) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("name", tool);
    params.set("arguments", JSON.readTree(argumentsJson));
    return request("tools/call", tool, params, headers);
  }

  List<String> toolNames() throws Exception {
    Answer a = request("tools/list", null, JSON.createObjectNode());
    List<String> names = new java.util.ArrayList<>();
    a.body().path("result").path("tools").forEach(t -> names.add(t.path("name").asText()));
    return names;
  }
}
