package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.auth.OAuthOptions;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.AuthorizationServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OAuth 2.1 resource server on Streamable HTTP (both eras) and HTTP+SSE, against a real
 * authorization server on loopback: metadata, every refusal with its status and challenge,
 * scopes, the principal in the method, and the binding of sessions and {@code requestState}.
 * No token ever appears in an answer or a log record.
 */
class OAuthHttpTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
      + "\"io.modelcontextprotocol/clientCapabilities\":{\"elicitation\":{\"form\":{}}}}";

  static AuthorizationServer as;
  /** Every tool needs a token. */
  static Served closed;
  /** One tool is public, so signed-out callers are served. */
  static Served mixed;
  static final List<String> logged = new ArrayList<>();
  static final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord r) {
      String name = r.getLoggerName() == null ? "" : r.getLoggerName();
      if (!name.startsWith("dev.mcpapt") && !name.startsWith("org.eclipse.jetty")) {
        return; // the authorization server's own logs are not ours to judge
      }
      synchronized (logged) {
        logged.add(r.getMessage() + " " + (r.getThrown() == null ? "" : r.getThrown().toString()));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  static final List<String> tokensUsed = new ArrayList<>();
  static final Logger runtimeLogger = Logger.getLogger("dev.mcpapt");

  record Served(McpServer server, McpHttpServer http, String resource) {
    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + http.port() + path);
    }

    void close() {
      http.close();
      server.close();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    // Everything the runtime logs, at every level (Jetty's own DEBUG logs print request headers,
    // so a deployment keeps org.eclipse.jetty at INFO or above, as the launcher does).
    Logger.getLogger("").addHandler(capture);
    runtimeLogger.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    as = new AuthorizationServer();
    closed = serve(false);
    mixed = serve(true);
  }

  @AfterAll
  static void stop() {
    closed.close();
    mixed.close();
    as.close();
    Logger.getLogger("").removeHandler(capture);
    runtimeLogger.setLevel(null);
  }

  static ToolHandler secured(String name, String schemes, HttpTestTools.Body body) {
    ToolHandler t = HttpTestTools.tool(name, "{}", body);
    try {
      if (schemes != null) {
        ArrayNode a = (ArrayNode) JSON.readTree(schemes);
        t.descriptor().set("securitySchemes", a);
        t.descriptor().putObject("_meta").set("securitySchemes", a);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return t;
  }

  /** A resource whose descriptor carries {@code _meta.securitySchemes} as the processor writes it. */
  static dev.mcpapt.runtime.spi.ResourceHandler resource(String uri, String schemes) {
    ObjectNode d = JSON.createObjectNode().put("uri", uri).put("name", uri);
    try {
      if (schemes != null) {
        d.putObject("_meta").set("securitySchemes", JSON.readTree(schemes));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new dev.mcpapt.runtime.spi.ResourceHandler() {
      @Override
      public String uri() {
        return uri;
      }

      @Override
      public ObjectNode descriptor() {
        return d;
      }

      @Override
      public java.util.concurrent.CompletionStage<List<dev.mcpapt.runtime.ResourceContents>> read(
          dev.mcpapt.runtime.McpContext context) {
        if (uri.equals("notes://shared")) {
          // the same for everyone: the method says so
          context.cacheResult(java.time.Duration.ofSeconds(5), dev.mcpapt.runtime.McpContext.CacheScope.PUBLIC);
        }
        return java.util.concurrent.CompletableFuture.completedFuture(
            List.of(dev.mcpapt.runtime.ResourceContents.text(uri, "text/plain", "contents of " + uri)));
      }
    };
  }

  static Served serve(boolean withPublicTool) throws Exception {
    List<ToolHandler> tools = new ArrayList<>(List.of(
        secured("whoami", "[{\"type\":\"oauth2\",\"scopes\":[\"notes.read\"]}]",
            (args, ctx) -> ToolResult.text(ctx.principal().map(p -> p.subject() + " " + p.scopes()).orElse("nobody"))),
        secured("write_note", "[{\"type\":\"oauth2\",\"scopes\":[\"notes.write\"]}]", (args, ctx) -> ToolResult.text("written")),
        secured("signed_in", null, (args, ctx) -> ToolResult.text("hello " + ctx.principal().orElseThrow().subject()
            + " via " + ctx.httpHeader("user-agent").orElse("?") + " auth header visible: "
            + ctx.httpHeader("authorization").isPresent())),
        secured("ask", "[{\"type\":\"oauth2\",\"scopes\":[\"notes.read\"]}]", (args, ctx) -> {
          var answer = ctx.elicit(ElicitRequest.form("Your name?",
              ElicitSchema.builder().required("name", ElicitSchema.string()).build()));
          return ToolResult.text("hi " + answer.string("name").orElse("?"));
        })));
    if (withPublicTool) {
      tools.add(secured("public_info", "[{\"type\":\"noauth\"},{\"type\":\"oauth2\"}]",
          (args, ctx) -> ToolResult.text("public; caller " + ctx.principal().map(p -> p.subject()).orElse("signed out"))));
    }
    McpComponent component = new McpComponent() {
      @Override
      public Class<?> type() {
        return OAuthHttpTest.class;
      }

      @Override
      public List<ToolHandler> tools() {
        return tools;
      }

      @Override
      public List<dev.mcpapt.runtime.spi.ResourceHandler> resources() {
        return List.of(resource("notes://secret", "[{\"type\":\"oauth2\",\"scopes\":[\"notes.read\"]}]"),
            resource("notes://plain", null), resource("ui://notes/widget.html", null), resource("notes://shared", null));
      }
    };
    McpServer server = McpServer.builder().name("oauth-test").version("1").component(component).build();
    // The resource URL must be known before the port: bind a port first, then start on it.
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String resource = "http://127.0.0.1:" + port + "/mcp";
    OAuthOptions oauth = OAuthOptions.builder().issuer(as.issuer("default")).resource(resource)
        .challengeStyle(OAuthOptions.ChallengeStyle.AUTO).build();
    McpHttpServer http = McpHttpServer.start(server, HttpOptions.builder().host("127.0.0.1").port(port).oauth(oauth).build());
    return new Served(server, http, resource);
  }

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  String token(String subject, String scope) {
    return remember(as.token("default", subject, closed.resource(), scope));
  }

  String tokenFor(Served s, String subject, String scope) {
    return remember(as.token("default", subject, s.resource(), scope));
  }

  static String remember(String token) {
    synchronized (tokensUsed) {
      tokensUsed.add(token);
    }
    return token;
  }

  HttpResponse<String> post(Served s, String token, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/mcp")).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertNoTokenIn(r);
    return r;
  }

  HttpResponse<String> call(Served s, String token, String tool, String extraMeta) throws Exception {
    String meta = extraMeta == null ? META : META.substring(0, META.length() - 1) + "," + extraMeta + "}";
    return post(s, token, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":{}," + meta + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
        "Mcp-Name", tool);
  }

  static void assertNoTokenIn(HttpResponse<String> r) {
    String all = r.body() + " " + r.headers().map();
    synchronized (tokensUsed) {
      for (String t : tokensUsed) {
        assertFalse(all.contains(t), "the token was echoed: " + r.headers().map());
        String signature = t.substring(t.lastIndexOf('.') + 1);
        if (signature.length() > 8) {
          assertFalse(all.contains(signature), "part of the token was echoed");
        }
      }
    }
  }

  static String challenge(HttpResponse<String> r) {
    return r.headers().firstValue("WWW-Authenticate").orElse("");
  }

  // ------------------------------------------------------------------ metadata

  @Test
  void protectedResourceMetadataAtBothWellKnownPaths() throws Exception {
    for (String path : List.of("/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource")) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(closed.uri(path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), path);
      JsonNode m = JSON.readTree(r.body());
      assertEquals(closed.resource(), m.get("resource").asText());
      assertEquals(as.issuer("default"), m.get("authorization_servers").get(0).asText());
      assertEquals("[\"notes.read\",\"notes.write\"]", m.get("scopes_supported").toString(),
        "every scope of tools and resources, once each");
      assertEquals("[\"header\"]", m.get("bearer_methods_supported").toString());
    }
  }

  // ------------------------------------------------------------------ refusals

  @Test
  void noTokenIsAskedToSignIn() throws Exception {
    HttpResponse<String> r = post(closed, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
    assertEquals(401, r.statusCode());
    assertEquals("Bearer resource_metadata=\"http://127.0.0.1:" + closed.http().port()
        + "/.well-known/oauth-protected-resource/mcp\"", challenge(r));
    assertTrue(JSON.readTree(r.body()).path("error").path("message").asText().startsWith("Unauthorized"), r.body());
    // HTTP+SSE too
    HttpResponse<String> sse = client.send(HttpRequest.newBuilder(closed.uri("/sse")).header("Accept", "text/event-stream")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, sse.statusCode());
    assertTrue(challenge(sse).contains("resource_metadata="), challenge(sse));
  }

  @Test
  void everyBadTokenIsRefusedWith401AndNeverEchoed() throws Exception {
    String iss = as.issuer("default");
    String aud = closed.resource();
    RSAKey published = (RSAKey) as.keys("default").getKeys().get(0);
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("garbage", "garbage-token");
    bad.put("three dots", "a.b.c");
    bad.put("wrong signature", AuthorizationServer.signedByStranger(iss, "mallory", aud, published.getKeyID()));
    bad.put("unknown kid", AuthorizationServer.signedByStranger(iss, "mallory", aud, "kid-nobody-published"));
    bad.put("wrong issuer", as.token("other", "mallory", aud, "notes.read"));
    bad.put("wrong audience", as.token("default", "mallory", "https://another.example/mcp", "notes.read"));
    bad.put("expired", as.token("default", "mallory", aud, Map.of("scope", "notes.read"), -600));
    long future = Instant.now().plusSeconds(3600).getEpochSecond();
    bad.put("not yet valid", as.token("default", "mallory", aud, Map.of("scope", "notes.read", "nbf", future), 7200));
    bad.put("alg none", new PlainJWT(new PlainHeader(), AuthorizationServer.claims(iss, "mallory", aud,
        Instant.now().plusSeconds(3600))).serialize());
    SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID())
        .type(JOSEObjectType.JWT).build(), AuthorizationServer.claims(iss, "mallory", aud, Instant.now().plusSeconds(3600)));
    hmac.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
    bad.put("HS256 with the public key", hmac.serialize());
    bad.values().forEach(OAuthHttpTest::remember);

    for (Map.Entry<String, String> e : bad.entrySet()) {
      HttpResponse<String> r = call(closed, e.getValue(), "whoami", null);
      assertEquals(401, r.statusCode(), e.getKey() + ": " + r.body());
      String c = challenge(r);
      assertTrue(c.startsWith("Bearer ") && c.contains("error=\"invalid_token\"") && c.contains("resource_metadata="),
          e.getKey() + ": " + c);
      assertEquals(-32600, JSON.readTree(r.body()).path("error").path("code").asInt(), e.getKey());
    }
    // the reasons are told apart, in words of the client's
    Map<String, String> reasons = Map.of("expired", "expired", "wrong audience", "not issued for this resource",
        "wrong issuer", "does not trust", "alg none", "not signed", "not yet valid", "not valid yet",
        "HS256 with the public key", "cannot be verified");
    for (Map.Entry<String, String> e : reasons.entrySet()) {
      String c = challenge(call(closed, bad.get(e.getKey()), "whoami", null));
      assertTrue(c.contains(e.getValue()), e.getKey() + ": " + c);
    }
    // a wrong scheme
    HttpResponse<String> basic = client.send(HttpRequest.newBuilder(closed.uri("/mcp")).header("Authorization", "Basic dTpw")
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, basic.statusCode());
    assertTrue(challenge(basic).contains("Bearer scheme"), challenge(basic));
    // and the server still serves a good token afterwards
    assertEquals(200, call(closed, token("alice", "notes.read"), "whoami", null).statusCode());
    assertNothingLogged();
  }

  @Test
  void missingScopeIsA403StepUpChallenge() throws Exception {
    HttpResponse<String> r = call(closed, token("alice", "notes.read"), "write_note", null);
    assertEquals(403, r.statusCode(), r.body());
    String c = challenge(r);
    assertTrue(c.contains("error=\"insufficient_scope\""), c);
    assertTrue(c.contains("scope=\"notes.write\""), c);
    assertTrue(c.contains("resource_metadata=\"http://127.0.0.1:" + closed.http().port()
        + "/.well-known/oauth-protected-resource/mcp\""), c);
    assertEquals(7, JSON.readTree(r.body()).path("id").asInt());

    HttpResponse<String> ok = call(closed, token("alice", "notes.read notes.write"), "write_note", null);
    assertEquals(200, ok.statusCode());
    assertEquals("written", JSON.readTree(ok.body()).path("result").path("content").get(0).path("text").asText());
  }

  @Test
  void chatGptReadsTheChallengeFromTheResult() throws Exception {
    HttpResponse<String> r = call(closed, token("alice", "notes.read"), "write_note", "\"openai/locale\":\"en-US\"");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode result = JSON.readTree(r.body()).path("result");
    assertTrue(result.path("isError").asBoolean(), r.body());
    String c = result.path("_meta").path("mcp/www_authenticate").asText();
    assertTrue(c.contains("error=\"insufficient_scope\"") && c.contains("scope=\"notes.write\""), c);
  }

  @Test
  void theMethodSeesThePrincipalAndHeadersButNotTheAuthorizationHeader() throws Exception {
    HttpResponse<String> r = call(closed, token("alice", "notes.read"), "whoami", null);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("alice [notes.read]", JSON.readTree(r.body()).path("result").path("content").get(0).path("text").asText());
    HttpResponse<String> s = post(closed, token("bob", ""), "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"signed_in\",\"arguments\":{}," + META + "}}", "MCP-Protocol-Version", "2026-07-28",
        "Mcp-Method", "tools/call", "Mcp-Name", "signed_in", "User-Agent", "oauth-test-agent");
    assertEquals("hello bob via oauth-test-agent auth header visible: false",
        JSON.readTree(s.body()).path("result").path("content").get(0).path("text").asText(), s.body());
  }

  @Test
  void signedOutCallersUsePublicToolsOnly() throws Exception {
    HttpResponse<String> list = post(mixed, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{"
        + META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list");
    assertEquals(200, list.statusCode(), list.body());
    assertEquals(5, JSON.readTree(list.body()).path("result").path("tools").size());
    HttpResponse<String> pub = call(mixed, null, "public_info", null);
    assertEquals("public; caller signed out", JSON.readTree(pub.body()).path("result").path("content").get(0).path("text").asText());
    HttpResponse<String> signedIn = call(mixed, tokenFor(mixed, "carol", ""), "public_info", null);
    assertEquals("public; caller carol", JSON.readTree(signedIn.body()).path("result").path("content").get(0).path("text").asText());
    HttpResponse<String> refused = call(mixed, null, "whoami", null);
    assertEquals(401, refused.statusCode());
    assertTrue(challenge(refused).contains("scope=\"notes.read\""), challenge(refused));
    // ChatGPT, signed out, gets the sign-in challenge in the result
    HttpResponse<String> chatgpt = call(mixed, null, "whoami", "\"openai/subject\":\"anon\"");
    assertEquals(200, chatgpt.statusCode());
    assertTrue(JSON.readTree(chatgpt.body()).path("result").path("_meta").path("mcp/www_authenticate").asText()
        .contains("resource_metadata="), chatgpt.body());
    // an invalid token is still a 401, even where signed-out callers are served
    assertEquals(401, call(mixed, "garbage", "public_info", null).statusCode());
  }

  HttpResponse<String> read(Served s, String token, String uri) throws Exception {
    return post(s, token, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"resources/read\",\"params\":{\"uri\":\"" + uri
        + "\"," + META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "resources/read", "Mcp-Name", uri);
  }

  @Test
  void resourcesAreCheckedLikeTools() throws Exception {
    assertEquals(403, read(closed, token("alice", ""), "notes://secret").statusCode());
    HttpResponse<String> ok = read(closed, token("alice", "notes.read"), "notes://secret");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(200, read(closed, token("alice", ""), "notes://plain").statusCode(), "no @Security: signed in is enough");
    // on a server that serves signed-out callers: widget templates are open, other resources are not
    assertEquals(200, read(mixed, null, "ui://notes/widget.html").statusCode());
    HttpResponse<String> secret = read(mixed, null, "notes://secret");
    assertEquals(401, secret.statusCode());
    assertTrue(challenge(secret).contains("scope=\"notes.read\""), challenge(secret));
    assertEquals(401, read(mixed, null, "notes://plain").statusCode());
  }

  @Test
  void whatACallerReadsIsCachedPrivatelyUnlessTheMethodSaysOtherwise() throws Exception {
    String alice = token("alice", "notes.read");
    JsonNode plain = JSON.readTree(read(closed, alice, "notes://plain").body()).path("result");
    assertEquals("private", plain.path("cacheScope").asText(), plain.toString());
    JsonNode shared = JSON.readTree(read(closed, alice, "notes://shared").body()).path("result");
    assertEquals("public", shared.path("cacheScope").asText(), shared.toString());
    assertEquals(5000, shared.path("ttlMs").asInt());
    HttpResponse<String> list = post(closed, alice, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{"
        + META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list");
    assertEquals("public", JSON.readTree(list.body()).path("result").path("cacheScope").asText(),
        "tools/list is the same for every caller");
  }

  // ------------------------------------------------------------------ binding

  @Test
  void aSessionBelongsToTheUserWhoOpenedIt() throws Exception {
    String alice = token("alice", "notes.read");
    HttpResponse<String> init = post(closed, alice, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
    assertEquals(200, init.statusCode(), init.body());
    String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    String list = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    assertEquals(200, post(closed, alice, list, "Mcp-Session-Id", session).statusCode());
    // a refreshed token of the same user keeps working
    assertEquals(200, post(closed, token("alice", "notes.read"), list, "Mcp-Session-Id", session).statusCode());
    HttpResponse<String> bob = post(closed, token("bob", "notes.read"), list, "Mcp-Session-Id", session);
    assertEquals(404, bob.statusCode(), "another user's token must not reach the session");
    HttpResponse<String> none = post(closed, null, list, "Mcp-Session-Id", session);
    assertEquals(401, none.statusCode());
    HttpResponse<String> bobDelete = client.send(HttpRequest.newBuilder(closed.uri("/mcp")).header("Mcp-Session-Id", session)
        .header("Authorization", "Bearer " + token("bob", "notes.read")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, bobDelete.statusCode());
    assertEquals(200, post(closed, alice, list, "Mcp-Session-Id", session).statusCode(), "the session survives bob");
  }

  @Test
  void requestStateBelongsToTheUserItWasSentTo() throws Exception {
    HttpResponse<String> first = call(closed, token("alice", "notes.read"), "ask", null);
    JsonNode r1 = JSON.readTree(first.body()).path("result");
    assertEquals("input_required", r1.path("resultType").asText(), first.body());
    String key = r1.path("inputRequests").fieldNames().next();
    ObjectNode params = (ObjectNode) JSON.readTree("{\"name\":\"ask\",\"arguments\":{},\"inputResponses\":{\"" + key
        + "\":{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}}," + META + "}");
    params.set("requestState", r1.path("requestState"));
    String retry = "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":" + params + "}";
    String[] h = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "ask"};
    HttpResponse<String> stolen = post(closed, token("mallory", "notes.read"), retry, h);
    JsonNode error = JSON.readTree(stolen.body()).path("error");
    assertEquals(-32602, error.path("code").asInt(), stolen.body());
    assertTrue(error.path("message").asText().contains("different principal"), stolen.body());
    HttpResponse<String> own = post(closed, token("alice", "notes.read"), retry, h);
    assertEquals("hi Alice", JSON.readTree(own.body()).path("result").path("content").get(0).path("text").asText(), own.body());
  }

  @Test
  void httpSseStreamsBelongToTheirUser() throws Exception {
    HttpClient c = HttpClient.newHttpClient();
    HttpRequest open = HttpRequest.newBuilder(closed.uri("/sse")).header("Accept", "text/event-stream")
        .header("Authorization", "Bearer " + token("alice", "notes.read")).GET().build();
    HttpResponse<java.io.InputStream> stream = c.send(open, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, stream.statusCode());
    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body()));
    String endpoint = null;
    for (String line; (line = in.readLine()) != null; ) {
      if (line.startsWith("data:")) {
        endpoint = line.substring(5).trim();
        break;
      }
    }
    assertNotNull(endpoint);
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    HttpResponse<String> bob = client.send(HttpRequest.newBuilder(closed.uri(endpoint)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token("bob", "notes.read")).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(404, bob.statusCode());
    HttpResponse<String> alice = client.send(HttpRequest.newBuilder(closed.uri(endpoint)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token("alice", "notes.read")).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(202, alice.statusCode());
    stream.body().close();
  }

  static void assertNothingLogged() {
    synchronized (logged) {
      synchronized (tokensUsed) {
        for (String line : logged) {
          for (String t : tokensUsed) {
            assertFalse(line.contains(t), "a token was logged: " + line.substring(0, Math.min(80, line.length())));
          }
        }
      }
    }
  }

  @AfterAll
  static void nothingLogged() {
    assertNothingLogged();
  }
}
