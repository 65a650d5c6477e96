package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.AuthorizationServer;
import dev.mcpapt.runtime.testing.NodeClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TaskManager as a user deploys it behind sign-in: the launcher in its own JVM with {@code
 * --oauth-issuer} and {@code --oauth-resource}, a real authorization server on loopback issuing
 * signed tokens, and raw HTTP (plus the official TypeScript SDK, which signs in by itself). Who
 * owns what is checked in the database over JDBC, not only through the tools.
 */
class TaskManagerOAuthTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String BOTH = TaskTools.READ_SCOPE + " " + TaskTools.WRITE_SCOPE;

  @TempDir static Path dir;
  static AuthorizationServer as;
  static Process server;
  static Path database;
  static String base;
  static String resource;
  static String issuer;

  @BeforeAll
  static void start() throws Exception {
    int port = TaskManagerProcess.freePort();
    base = "http://127.0.0.1:" + port;
    resource = base + "/mcp";
    // The authorization-code flow (the TypeScript client's) signs in "carol" with both scopes, for
    // this resource; tokens handed out directly below name their own user and scopes.
    as = new AuthorizationServer("{\"interactiveLogin\":false,\"tokenCallbacks\":[{\"issuerId\":\"default\","
        + "\"tokenExpiry\":3600,\"requestMappings\":[{\"requestParam\":\"grant_type\",\"match\":\"authorization_code\","
        + "\"claims\":{\"sub\":\"carol\",\"aud\":[\"" + resource + "\"],\"scope\":\"" + BOTH + "\"}}]}]}");
    issuer = as.issuer("default");
    database = dir.resolve("tasks.db");
    // openid: the test authorization server signs users in only when it is asked for.
    server = TaskManagerProcess.start(port, "/.well-known/oauth-protected-resource/mcp",
        "--http", Integer.toString(port), "--oauth-issuer", issuer, "--oauth-resource", resource,
        "--oauth-scope", "openid", "--db", database.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    TaskManagerProcess.stop(server);
    if (as != null) {
      as.close();
    }
  }

  @Test
  void theMetadataNamesTheIssuerAndBothScopes() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/.well-known/oauth-protected-resource/mcp")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    JsonNode m = JSON.readTree(r.body());
    assertEquals(resource, m.path("resource").asText());
    assertEquals("[\"" + issuer + "\"]", m.path("authorization_servers").toString());
    assertEquals(Set.of("openid", "tasks.read", "tasks.write"), texts(m.path("scopes_supported")));
    assertEquals("[\"header\"]", m.path("bearer_methods_supported").toString());

    // The scopes are those of the TaskManager's own tools, all of them served.
    JsonNode listed = result(post(as.token("default", "alice", resource, BOTH), "tools/list", null, null, null));
    Set<String> names = new TreeSet<>();
    listed.path("tools").forEach(t -> names.add(t.path("name").asText()));
    assertEquals(Set.of("add_task", "clear_completed", "complete_task", "delete_task", "export_tasks", "rename_task",
        "show_tasks"), names);
  }

  @Test
  void withoutAGoodTokenTheServerAsksForOne() throws Exception {
    String metadata = "resource_metadata=\"" + base + "/.well-known/oauth-protected-resource/mcp\"";
    for (String method : List.of("tools/list", "tools/call")) {
      HttpResponse<String> none = post(null, method, method.equals("tools/call") ? "show_tasks" : null, null, null);
      assertEquals(401, none.statusCode(), method);
      String challenge = none.headers().firstValue("WWW-Authenticate").orElse("");
      assertTrue(challenge.startsWith("Bearer ") && challenge.contains(metadata), challenge);
      assertTrue(message(none).has("error"), none.body());
    }
    String garbage = "not-a-real-token-4f1c9e";
    HttpResponse<String> bad = post(garbage, "tools/call", "show_tasks", null, null);
    assertEquals(401, bad.statusCode());
    String challenge = bad.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.contains("error=\"invalid_token\"") && challenge.contains(metadata), challenge);
    assertFalse(challenge.contains(garbage) || bad.body().contains(garbage), "the token is never echoed");
  }

  @Test
  void eachUserSeesAndChangesOnlyTheirOwnTasks() throws Exception {
    String alice = as.token("default", "alice", resource, BOTH);
    String bob = as.token("default", "bob", resource, BOTH);
    long rent = id(ok(call(alice, "add_task", Map.of("title", "Alice: pay the rent"))));
    long bank = id(ok(call(alice, "add_task", Map.of("title", "Alice: call the bank"))));
    long bike = id(ok(call(bob, "add_task", Map.of("title", "Bob: fix the bike"))));
    ok(call(alice, "complete_task", Map.of("task_id", rent)));

    assertEquals(List.of("Alice: pay the rent", "Alice: call the bank"), shown(alice));
    assertEquals(List.of("Bob: fix the bike"), shown(bob));

    // Bob tries every change on Alice's ids: each answers exactly as for an id nobody has.
    long nobodys = 987_654_321L;
    for (long aliceId : List.of(rent, bank)) {
      for (Map.Entry<String, Map<String, Object>> attempt : attempts(aliceId).entrySet()) {
        JsonNode refused = result(call(bob, attempt.getKey(), attempt.getValue()));
        JsonNode missing = result(call(bob, attempt.getKey(), attempts(nobodys).get(attempt.getKey())));
        assertTrue(refused.path("isError").asBoolean(), attempt + ": " + refused);
        assertEquals(missing.toString().replace(Long.toString(nobodys), Long.toString(aliceId)), refused.toString(), attempt.toString());
        assertTrue(refused.toString().contains("There is no task " + aliceId), refused.toString());
      }
    }
    // Clearing completed tasks clears only one's own.
    assertEquals(0, result(call(bob, "clear_completed", Map.of())).path("structuredContent").path("deleted").asInt(-1));
    // The openai/* hints are only hints: naming Alice there gives Bob nothing of hers.
    ObjectNode hints = JSON.createObjectNode().put("openai/subject", "alice").put("openai/locale", "en-US");
    assertEquals(List.of("Bob: fix the bike"), titles(ok(post(bob, "tools/call", "show_tasks", Map.of(), hints))));

    // Bob's own tasks still answer him, and nothing of Alice's moved.
    ok(call(bob, "rename_task", Map.of("task_id", bike, "title", "Bob: fix the bike today")));
    assertEquals(List.of("Alice: pay the rent", "Alice: call the bank"), shown(alice));
    Map<String, Boolean> aliceRows = new LinkedHashMap<>();
    aliceRows.put("Alice: pay the rent", true);
    aliceRows.put("Alice: call the bank", false);
    assertEquals(aliceRows, stored(owner("alice")));
    assertEquals(Map.of("Bob: fix the bike today", false), stored(owner("bob")));
    for (String owner : owners()) {
      assertTrue(owner.startsWith(issuer + " "), "every row belongs to a signed-in user of this issuer: " + owner);
    }
  }

  @Test
  void aReadOnlyTokenCanLookButNotChange() throws Exception {
    String reader = as.token("default", "dave", resource, TaskTools.READ_SCOPE);
    assertEquals(List.of(), shown(reader));

    HttpResponse<String> add = call(reader, "add_task", Map.of("title", "Dave: should not be kept"));
    assertEquals(403, add.statusCode(), add.body());
    String challenge = add.headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.contains("error=\"insufficient_scope\""), challenge);
    assertTrue(challenge.contains("scope=\"tasks.write\""), challenge);
    assertTrue(challenge.contains("resource_metadata=\"" + base + "/.well-known/oauth-protected-resource/mcp\""), challenge);
    assertTrue(message(add).has("error"), add.body());

    // ChatGPT reads the challenge from the result: a request with its hints gets an isError result.
    ObjectNode hints = JSON.createObjectNode().put("openai/locale", "en-US");
    HttpResponse<String> fromChatGpt = post(reader, "tools/call", "add_task", Map.of("title", "Dave: nor this"), hints);
    assertEquals(200, fromChatGpt.statusCode(), fromChatGpt.body());
    JsonNode refused = result(fromChatGpt);
    assertTrue(refused.path("isError").asBoolean(), refused.toString());
    String inResult = refused.path("_meta").path("mcp/www_authenticate").toString();
    assertTrue(inResult.contains("insufficient_scope") && inResult.contains("tasks.write"), refused.toString());

    // A token that may write but not read cannot list.
    String writer = as.token("default", "erin", resource, TaskTools.WRITE_SCOPE);
    HttpResponse<String> show = call(writer, "show_tasks", Map.of());
    assertEquals(403, show.statusCode(), show.body());
    assertTrue(show.headers().firstValue("WWW-Authenticate").orElse("").contains("scope=\"tasks.read\""));

    assertEquals(Map.of(), stored(owner("dave")));
    assertEquals(List.of(), shown(reader));
  }

  @Test
  void theOfficialTypeScriptClientSignsInByItselfAndKeepsItsOwnList() throws Exception {
    ObjectNode config = JSON.createObjectNode();
    config.put("url", resource);
    config.put("clientId", "taskmanager-ts-client");
    config.put("redirectUrl", "http://127.0.0.1:1/callback");
    config.putArray("calls")
        .add(JSON.readTree("{\"name\":\"add_task\",\"arguments\":{\"title\":\"Carol: from TypeScript\"}}"))
        .add(JSON.readTree("{\"name\":\"show_tasks\"}"));
    JsonNode report = NodeClients.run("oauth-client.mjs", config, 120);
    assertTrue(report.path("ok").asBoolean(), report.toString());
    assertEquals("unauthorized", report.path("firstConnect").asText(), report.toString());
    assertTrue(report.path("authorizationUrl").asText().startsWith(issuer), report.toString());
    JsonNode calls = report.path("calls");
    assertTrue(calls.get(0).path("text").asText().endsWith(": Carol: from TypeScript"), calls.toString());
    String listed = calls.get(1).path("text").asText();
    assertTrue(listed.startsWith("1 task ") && listed.contains("Carol: from TypeScript"), listed);
    assertEquals(Map.of("Carol: from TypeScript", false), stored(owner("carol")));
  }

  // ------------------------------------------------------------------ the wire and the database

  private static Map<String, Map<String, Object>> attempts(long id) {
    Map<String, Map<String, Object>> m = new LinkedHashMap<>();
    m.put("complete_task", Map.of("task_id", id));
    m.put("rename_task", Map.of("task_id", id, "title", "taken over"));
    m.put("delete_task", Map.of("task_id", id));
    return m;
  }

  /** The owner column's value for a user of the test issuer (see {@link TaskTools#ownerOf}). */
  private static String owner(String subject) {
    return issuer + " " + subject;
  }

  /** Title → done of one owner's rows, in id order, read with plain JDBC. */
  private static Map<String, Boolean> stored(String owner) throws Exception {
    Map<String, Boolean> rows = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        PreparedStatement s = c.prepareStatement("SELECT title, done FROM tasks WHERE owner = ? ORDER BY id")) {
      s.setString(1, owner);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(r.getString(1), r.getBoolean(2));
        }
      }
    }
    return rows;
  }

  private static Set<String> owners() throws Exception {
    Set<String> owners = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        PreparedStatement s = c.prepareStatement("SELECT DISTINCT owner FROM tasks");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        owners.add(r.getString(1));
      }
    }
    return owners;
  }

  private static List<String> shown(String token) throws Exception {
    return titles(ok(call(token, "show_tasks", Map.of())));
  }

  /** The titles in a result's widget-only copy of the list. */
  private static List<String> titles(JsonNode result) {
    List<String> titles = new ArrayList<>();
    result.path("_meta").path("tasks").forEach(t -> titles.add(t.path("title").asText()));
    return titles;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> s = new TreeSet<>();
    array.forEach(n -> s.add(n.asText()));
    return s;
  }

  private static long id(JsonNode result) {
    return result.path("structuredContent").path("id").asLong();
  }

  /** The result of a call that must have worked. */
  private static JsonNode ok(HttpResponse<String> r) throws Exception {
    JsonNode result = result(r);
    assertFalse(result.path("isError").asBoolean(), result.toString());
    return result;
  }

  private static JsonNode result(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    JsonNode result = message(r).get("result");
    assertNotNull(result, r.body());
    return result;
  }

  /** The JSON-RPC message of a response, sent as JSON or as one SSE event. */
  private static JsonNode message(HttpResponse<String> r) throws Exception {
    String body = r.body().strip();
    if (body.startsWith("{")) {
      return JSON.readTree(body);
    }
    String data = null;
    for (String line : body.split("\n")) {
      if (line.startsWith("data:")) {
        data = line.substring(5).strip();
      }
    }
    assertNotNull(data, "no JSON-RPC message in: " + body);
    return JSON.readTree(data);
  }

  private static HttpResponse<String> call(String token, String tool, Map<String, Object> arguments) throws Exception {
    return post(token, "tools/call", tool, arguments, null);
  }

  /** One stateless 2026-07-28 request, with {@code token} as its bearer token when not null. */
  private static HttpResponse<String> post(String token, String method, String tool, Map<String, Object> arguments,
      ObjectNode extraMeta) throws Exception {
    ObjectNode params = JSON.createObjectNode();
    if (tool != null) {
      params.put("name", tool);
      params.set("arguments", JSON.valueToTree(arguments == null ? Map.of() : arguments));
    }
    ObjectNode meta = params.putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
    meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "taskmanager-oauth-test").put("version", "1.0.0");
    meta.putObject("io.modelcontextprotocol/clientCapabilities");
    if (extraMeta != null) {
      meta.setAll(extraMeta);
    }
    ObjectNode body = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
    body.set("params", params);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(resource))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream")
        .header("MCP-Protocol-Version", "2026-07-28")
        .header("Mcp-Method", method)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (tool != null) {
      request.header("Mcp-Name", tool);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
