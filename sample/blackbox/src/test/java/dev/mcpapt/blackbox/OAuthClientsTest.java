package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.AuthorizationServer;
import dev.mcpapt.runtime.testing.NodeClients;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Main --http PORT --oauth-issuer ... --oauth-resource ...} (a child JVM, as a user runs
 * it) against a real authorization server on loopback, driven by the official clients: the
 * TypeScript SDK completing its own OAuth flow (401, metadata discovery, authorization code with
 * PKCE, token, tools/call), and the Java SDK with a bearer token on both HTTP transports.
 */
class OAuthClientsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static AuthorizationServer as;
  static HttpServer server;
  static String resource;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    resource = "http://127.0.0.1:" + port + "/mcp";
    // The authorization-code flow of the TypeScript client signs in "ts-user" with both scopes,
    // for this resource (the test authorization server puts scopes, not the resource, in aud by default).
    as = new AuthorizationServer("{\"interactiveLogin\":false,\"tokenCallbacks\":[{\"issuerId\":\"default\","
        + "\"tokenExpiry\":3600,\"requestMappings\":[{\"requestParam\":\"grant_type\",\"match\":\"authorization_code\","
        + "\"claims\":{\"sub\":\"ts-user\",\"aud\":[\"" + resource + "\"],\"scope\":\"notes.read notes.write\"}}]}]}");
    server = HttpServer.start("--http", Integer.toString(port), "--oauth-issuer", as.issuer("default"),
        "--oauth-resource", resource, "--oauth-scope", "openid");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (as != null) {
      as.close();
    }
  }

  @Test
  void typeScriptSdkCompletesItsOwnOAuthFlow() throws Exception {
    ObjectNode config = JSON.createObjectNode();
    config.put("url", resource);
    config.put("clientId", "mcp-apt-ts-client");
    config.put("redirectUrl", "http://127.0.0.1:1/callback");
    config.putArray("calls").add(JSON.readTree("{\"name\":\"whoami\"}"))
        .add(JSON.readTree("{\"name\":\"write_note\",\"arguments\":{\"text\":\"from TypeScript\"}}"))
        .add(JSON.readTree("{\"name\":\"read_notes\"}"));
    JsonNode report = NodeClients.run("oauth-client.mjs", config, 120);
    assertTrue(report.path("ok").asBoolean(), report.toString());
    assertEquals("unauthorized", report.path("firstConnect").asText(), report.toString());
    URI authorize = URI.create(report.path("authorizationUrl").asText());
    assertTrue(authorize.toString().startsWith(as.issuer("default")), authorize.toString());
    String query = authorize.getRawQuery();
    assertTrue(query.contains("code_challenge_method=S256"), query);
    assertTrue(query.contains("resource=" + java.net.URLEncoder.encode(resource, java.nio.charset.StandardCharsets.UTF_8)),
        "the client learned the resource from the metadata: " + query);
    assertTrue(query.contains("scope=openid+notes.read+notes.write") || query.contains("scope=openid%20notes.read%20notes.write"),
        "the client asked for scopes_supported: " + query);
    assertTrue(report.path("tools").toString().contains("whoami"), report.toString());
    JsonNode calls = report.path("calls");
    assertEquals("ts-user notes.read notes.write", calls.get(0).path("text").asText(), calls.toString());
    assertEquals("1", calls.get(1).path("text").asText(), calls.toString());
    assertTrue(calls.get(2).path("text").asText().contains("from TypeScript"), calls.toString());
  }

  private static String text(McpSchema.CallToolResult r) {
    return ((McpSchema.TextContent) r.content().get(0)).text();
  }

  private void driveJava(McpClientTransport transport, String expectedUser) throws Exception {
    try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
        .jsonSchemaValidator(new OutputSchemaValidator()).build()) {
      client.initialize();
      assertTrue(client.listTools().tools().stream().anyMatch(t -> t.name().equals("whoami")));
      assertEquals(expectedUser + " notes.read", text(client.callTool(new McpSchema.CallToolRequest("whoami", Map.of()))));
      // a read-only token can look but not change: the server answers 403 insufficient_scope
      assertThrows(RuntimeException.class,
          () -> client.callTool(new McpSchema.CallToolRequest("write_note", Map.of("text", "nope"))));
    }
  }

  @Test
  void javaSdkWithABearerTokenOverStreamableHttp() throws Exception {
    String token = as.token("default", "java-user", resource, "notes.read");
    driveJava(HttpClientStreamableHttpTransport.builder(server.base()).endpoint("/mcp")
        .httpRequestCustomizer((b, method, uri, body, context) -> b.header("Authorization", "Bearer " + token))
        .build(), "java-user");
  }

  @Test
  void javaSdkWithABearerTokenOverHttpSse() throws Exception {
    String token = as.token("default", "sse-user", resource, "notes.read");
    driveJava(HttpClientSseClientTransport.builder(server.base()).sseEndpoint("/sse")
        .httpRequestCustomizer((b, method, uri, body, context) -> b.header("Authorization", "Bearer " + token))
        .build(), "sse-user");
  }

  @Test
  void theLauncherServesMetadataAndChallenges() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> metadata = http.send(HttpRequest.newBuilder(URI.create(server.base()
        + "/.well-known/oauth-protected-resource/mcp")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, metadata.statusCode());
    JsonNode m = JSON.readTree(metadata.body());
    assertEquals(resource, m.path("resource").asText());
    assertEquals("[\"openid\",\"notes.read\",\"notes.write\"]", m.path("scopes_supported").toString());
    HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(resource))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, none.statusCode());
    String challenge = none.headers().firstValue("WWW-Authenticate").orElse(null);
    assertNotNull(challenge);
    assertTrue(challenge.contains("resource_metadata=\"" + server.base() + "/.well-known/oauth-protected-resource/mcp\""),
        challenge);
  }
}
