package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.FuzzChecks;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage-guided fuzzing of the HTTP header checks: {@code Origin} and {@code Host} (the DNS
 * rebinding defence), {@code MCP-Protocol-Version}, {@code Mcp-Method}, {@code Mcp-Name} and
 * {@code Mcp-Param-*} against a request body, and {@code Last-Event-ID}. None throws; an accepted
 * origin or host is a loopback one; every refusal is a one-line message without internals.
 */
class HeaderChecksFuzzTest {
  private static final RequestPolicy POLICY = new RequestPolicy(HttpOptions.defaults(), true);
  private static final Engine ENGINE = new Engine(new Engine.Settings("fuzz", "1.0", null, null, 0, "public", 10, 1 << 20));
  private static final ToolHandler QUERY = HttpTestTools.tool("query",
      "{\"region\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"},"
          + "\"options\":{\"type\":\"object\",\"properties\":{\"limit\":{\"type\":\"integer\",\"x-mcp-header\":\"Limit\"}}}}",
      (args, ctx) -> null);
  private static final ParamHeaders PARAMS = new ParamHeaders();
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  @FuzzTest(maxDuration = "5m")
  void originAndHost(FuzzedDataProvider data) {
    String origin = data.consumeString(200);
    String host = data.consumeRemainingAsString();
    String originProblem = POLICY.checkOrigin(origin);
    if (originProblem == null) {
      // Accepted: a well-formed http(s) origin whose host, read independently, is a loopback name.
      URI uri;
      try {
        uri = new URI(origin.strip());
      } catch (URISyntaxException e) {
        throw new AssertionError("accepted a malformed origin: " + origin, e);
      }
      assertNull(uri.getRawUserInfo(), origin);
      String h = uri.getHost();
      assertNotNull(h, "accepted an origin without a host: " + origin);
      assertTrue(LOOPBACK.contains(h.toLowerCase(Locale.ROOT)), "accepted a foreign origin: " + origin);
    } else {
      assertPrintableLine(originProblem);
    }
    String hostProblem = POLICY.checkHost(host);
    if (hostProblem == null) {
      String name = RequestPolicy.hostOf(host.strip().toLowerCase(Locale.ROOT));
      assertTrue(LOOPBACK.contains(name), "accepted a foreign host: " + host);
      assertTrue(host.strip().toLowerCase(Locale.ROOT).startsWith(name), host);
    } else {
      assertPrintableLine(hostProblem);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void mcpHeadersAgainstTheBody(FuzzedDataProvider data) {
    // A well-formed request (so the checks are reached) whose header values either mirror the
    // body, differ from it, or are left out.
    String method = data.pickValue(new String[] {"tools/call", "prompts/get", "resources/read", "tools/list", "x"});
    String version = data.consumeBoolean() ? "2026-07-28" : data.consumeString(20);
    String name = data.consumeString(60);
    String region = data.consumeString(40);
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    params.put(method.equals("resources/read") ? "uri" : "name", name);
    ObjectNode arguments = params.putObject("arguments");
    if (data.consumeBoolean()) {
      arguments.put("region", region);
    }
    if (data.consumeBoolean()) {
      arguments.putObject("options").put("limit", data.consumeLong());
    }
    params.putObject("_meta").put("io.modelcontextprotocol/protocolVersion", version);
    ObjectNode request = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
    request.set("params", params);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    header(data, headers, "MCP-Protocol-Version", version);
    header(data, headers, "Mcp-Method", method);
    header(data, headers, "Mcp-Name", data.consumeBoolean()
        ? "=?base64?" + Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8)) + "?=" : name);
    header(data, headers, "Mcp-Param-Region", region);
    header(data, headers, "Mcp-Param-Limit", arguments.path("options").path("limit").asText());
    String body = request.toString();
    Inbound in = ENGINE.parse(body);
    assertEquals(Inbound.Kind.REQUEST, in.kind(), body);
    HttpExchange ex = exchange(headers);
    McpError problem = HttpWire.checkHeaders(ex, in);
    if (problem == null) {
      problem = PARAMS.check(ex, QUERY, in.params().get("arguments"));
    }
    if (problem != null) {
      assertEquals(McpError.HEADER_MISMATCH, problem.code());
      assertPrintableLine(problem.getMessage());
      FuzzChecks.assertNoInternals(problem.getMessage(), body + headers);
    }
    for (String value : headers.values()) {
      String decoded = HttpWire.decodeHeaderValue(value);
      if (decoded != null && !value.startsWith("=?base64?")) {
        assertEquals(value, decoded);
      }
    }
  }

  /** Mirrors {@code value} into the header, sends another value, or leaves the header out. */
  private static void header(FuzzedDataProvider data, Map<String, String> headers, String name, String value) {
    switch (data.consumeInt(0, 2)) {
      case 0 -> headers.put(name, value);
      case 1 -> headers.put(name, data.consumeString(40));
      default -> { }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void lastEventId(String id) {
    long[] parsed = EventLog.parseId(id);
    if (parsed != null) {
      assertEquals(2, parsed.length);
      assertTrue(parsed[0] >= 0 && parsed[0] <= Integer.MAX_VALUE && parsed[1] >= 0, id);
      long[] again = EventLog.parseId(parsed[0] + "-" + parsed[1]);
      assertEquals(parsed[0], again[0]);
      assertEquals(parsed[1], again[1]);
    }
  }

  /** One line of visible text: a refusal never carries a raw control character back. */
  private static void assertPrintableLine(String message) {
    assertNotNull(message);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      assertTrue(c >= 0x20 && c != 0x7f, "control character U+" + Integer.toHexString(c) + " in: " + message);
    }
  }

  /** An exchange that only has request headers (what the checks read). */
  private static HttpExchange exchange(Map<String, String> headers) {
    return (HttpExchange) Proxy.newProxyInstance(HttpExchange.class.getClassLoader(), new Class<?>[] {HttpExchange.class},
        (proxy, method, args) -> {
          if (method.getName().equals("header")) {
            return headers.get((String) args[0]);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
