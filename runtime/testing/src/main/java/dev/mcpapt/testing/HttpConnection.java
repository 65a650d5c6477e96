package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stateless 2026-07-28 Streamable HTTP: one {@code POST} per request with the headers the revision
 * requires, answered with JSON or an event stream whose last message is the response.
 */
final class HttpConnection implements Connection {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final Map<String, String> headers;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  HttpConnection(URI url, Map<String, String> headers) {
    this.url = url;
    this.headers = Map.copyOf(headers);
  }

  @Override
  public List<JsonNode> exchange(ObjectNode request, Function<JsonNode, JsonNode> answer, Duration timeout) {
    HttpResponse<String> r = post(request, timeout);
    List<JsonNode> messages = new ArrayList<>();
    String type = r.headers().firstValue("Content-Type").orElse("");
    try {
      if (type.startsWith("text/event-stream")) {
        StringBuilder data = new StringBuilder();
        for (String line : (r.body() + "\n\n").split("\r?\n", -1)) {
          if (line.startsWith("data:")) {
            data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
          } else if (line.isEmpty() && data.length() > 0) {
            messages.add(JSON.readTree(data.toString()));
            data.setLength(0);
          }
        }
      } else if (!r.body().isBlank()) {
        messages.add(JSON.readTree(r.body()));
      }
    } catch (IOException e) {
      throw new AssertionError("HTTP " + r.statusCode() + " with a body that is not JSON: " + r.body());
    }
    if (messages.isEmpty() || messages.get(messages.size() - 1).has("method")) {
      throw new AssertionError("HTTP " + r.statusCode() + " without a response to "
          + request.path("method").asText() + ": " + r.body());
    }
    return messages;
  }

  @Override
  public void notify(ObjectNode notification) {
    HttpResponse<String> r = post(notification, Duration.ofSeconds(30));
    if (r.statusCode() != 202) {
      throw new AssertionError("a notification got HTTP " + r.statusCode() + " instead of 202: " + r.body());
    }
  }

  private HttpResponse<String> post(ObjectNode message, Duration timeout) {
    String method = message.path("method").asText();
    HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", McpTester.LATEST)
        .header("Mcp-Method", method)
        .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
    JsonNode params = message.path("params");
    String name = switch (method) {
      case "tools/call", "prompts/get" -> params.path("name").asText(null);
      case "resources/read" -> params.path("uri").asText(null);
      default -> null;
    };
    if (name != null) {
      b.header("Mcp-Name", headerValue(name));
    }
    headers.forEach(b::header);
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("POST " + url + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + url);
    }
  }

  /** Plain when printable ASCII, else the revision's {@code =?base64?...?=} form. */
  static String headerValue(String s) {
    boolean plain = !s.isEmpty() && s.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
        && s.equals(s.strip()) && !s.startsWith("=?");
    return plain ? s : "=?base64?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
  }

  @Override
  public boolean sessions() {
    return false;
  }

  @Override
  public void close() {}
}
