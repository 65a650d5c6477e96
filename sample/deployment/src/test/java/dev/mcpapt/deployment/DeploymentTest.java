package dev.mcpapt.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.NodeClients;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployment of docs/deployment.md, for real: PostgreSQL, three {@code Main --http --store}
 * nodes and HAProxy distributing requests round-robin with no affinity, driven by the official
 * TypeScript SDK clients ({@code runtime/src/test/node/cluster-client.mjs}); beside them three
 * nodes without a store behind their own balancer for stateless 2026-07-28 traffic. Then the
 * database is stopped (calls fail with 503 and a JSON-RPC error, readiness fails) and started again
 * (both recover).
 */
class DeploymentTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void threeNodesBehindARoundRobinBalancerShareOneState() throws Exception {
    String haproxyBinary = Infrastructure.haproxy();
    String database = "mcpapt_deploy_" + Long.toHexString(System.nanoTime());
    String url = Infrastructure.createDatabase(database);
    Map<String, Node> nodes = new LinkedHashMap<>();
    Process haproxy = null;
    Path dir = Files.createTempDirectory("mcpapt-deploy");
    try {
      for (String n : List.of("n1", "n2", "n3")) {
        nodes.put(n, Node.start(n, "--store", url));
      }
      for (String n : List.of("p1", "p2", "p3")) {
        nodes.put(n, Node.start(n));
      }
      int shared = Infrastructure.freePort();
      int plain = Infrastructure.freePort();
      Path cfg = dir.resolve("haproxy.cfg");
      Files.writeString(cfg, haproxyConfig(shared, plain, nodes));
      haproxy = new ProcessBuilder(haproxyBinary, "-db", "-f", cfg.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
      awaitPort(shared, haproxy, dir);
      awaitPort(plain, haproxy, dir);

      ObjectNode config = JSON.createObjectNode();
      config.put("url", "http://127.0.0.1:" + shared + "/mcp");
      config.put("statelessUrl", "http://127.0.0.1:" + plain + "/mcp");
      ObjectNode pids = config.putObject("pids");
      nodes.forEach((n, node) -> pids.put(n, node.process.pid()));
      JsonNode report = NodeClients.run("cluster-client.mjs", config, 300);
      System.out.println("cluster-client report: " + report); // what each node answered, for the record
      String context = report.toString();
      assertFalse(report.has("error"), context);
      assertEquals("2025-11-25", report.path("protocolVersion").asText(), context);
      JsonNode steps = report.path("steps");
      for (String step : List.of("sessionOnEveryNode", "notificationsAcrossNodes", "failover", "taskAcrossNodes",
          "requestStateAcrossNodes", "statelessWithoutStore")) {
        assertTrue(steps.path(step).path("ok").asBoolean(), step + ": " + steps.path(step));
      }

      // One session, initialized through one node, served by all three.
      assertEquals(Set.of("n1", "n2", "n3"), texts(steps.at("/sessionOnEveryNode/value/nodes")), context);

      // Updates and list changes made through other nodes reach the stream held by one node.
      JsonNode notes = steps.at("/notificationsAcrossNodes/value");
      assertEquals(List.of("file:///watched", "file:///watched", "file:///watched"), list(notes.path("updates")), context);
      assertEquals(1, notes.path("listChanges").asInt(), context);
      String holder = notes.path("holder").asText();
      assertTrue(texts(notes.path("touchedBy")).stream().anyMatch(n -> !n.equals(holder)),
          "some updates were caused through another node than the stream's: " + notes);

      // kill -9 of the stream's node: the SDK resumed with Last-Event-ID through the balancer on
      // another node and got each of the five updates logged meanwhile exactly once.
      JsonNode failover = steps.at("/failover/value");
      String killed = failover.path("killed").asText();
      assertTrue(nodes.get(killed).process.waitFor(30, TimeUnit.SECONDS), "the stream's node was killed");
      assertEquals(5, failover.path("received").asInt(), context);
      assertTrue(failover.path("resumedWithLastEventId").asBoolean(), context);
      for (JsonNode n : failover.path("resumedOn")) {
        assertNotEquals(killed, n.asText(), context);
      }
      assertFalse(texts(failover.path("nodesAfter")).contains(killed), context);
      assertEquals(2, texts(failover.path("nodesAfter")).size(), "the session goes on on both other nodes: " + context);

      // A task created through one node, polled and fetched through the others.
      JsonNode task = steps.at("/taskAcrossNodes/value");
      assertEquals("completed", task.path("status").asText(), context);
      assertTrue(task.path("result").asText().startsWith("report by n"), context);
      Set<String> pollers = new HashSet<>();
      task.path("polls").forEach(p -> pollers.add(p.path("node").asText()));
      pollers.add(task.path("resultFrom").asText());
      pollers.remove(task.path("createdOn").asText());
      assertFalse(pollers.isEmpty(), "polled through another node than the one that created it: " + task);

      // A requestState sealed by one node and opened by another.
      JsonNode mrtr = steps.at("/requestStateAcrossNodes/value");
      assertTrue(mrtr.path("text").asText().startsWith("Hello Ada from n"), context);
      assertTrue(mrtr.path("calls").size() >= 2, context);
      JsonNode calls = mrtr.path("calls");
      assertNotEquals(calls.get(calls.size() - 2).asText(), calls.get(calls.size() - 1).asText(),
          "the retry with requestState went to another node: " + mrtr);

      // Stateless 2026-07-28 traffic needs no store: all three plain nodes answered.
      assertEquals(Set.of("p1", "p2", "p3"), texts(steps.at("/statelessWithoutStore/value/nodes")), context);

      databaseOutage(shared, nodes, killed);
    } finally {
      if (haproxy != null) {
        haproxy.destroyForcibly();
      }
      for (Node n : nodes.values()) {
        n.close();
      }
      Infrastructure.dropDatabase(database);
    }
  }

  /** The database stops: calls fail clearly and readiness fails; it comes back: both recover. */
  private void databaseOutage(int balancer, Map<String, Node> nodes, String killed) throws Exception {
    List<Node> alive = new ArrayList<>();
    for (String n : List.of("n1", "n2", "n3")) {
      if (!n.equals(killed)) {
        alive.add(nodes.get(n));
      }
    }
    Infrastructure.postgres("stop");
    try {
      for (int i = 0; i < 2; i++) { // through the balancer: each surviving node in turn
        long start = System.nanoTime();
        HttpResponse<String> r = initialize(balancer);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60), "a dead database must not hang a call");
        assertEquals(503, r.statusCode(), r.body());
        JsonNode error = JSON.readTree(r.body()).path("error");
        assertEquals(-32603, error.path("code").asInt(), r.body());
        assertTrue(error.path("message").asText().startsWith("Service unavailable"), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("jdbc"), r.body());
      }
      for (Node n : alive) {
        awaitStatus(n.port, "/readyz", 503);
      }
    } finally {
      Infrastructure.postgres("start");
    }
    for (Node n : alive) {
      awaitStatus(n.port, "/readyz", 200);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int ok = 0;
    while (ok < 2) { // both nodes open sessions again
      HttpResponse<String> r = initialize(balancer);
      if (r.statusCode() == 200) {
        ok++;
      } else {
        assertTrue(System.nanoTime() < deadline, "calls did not recover: " + r.statusCode() + " " + r.body());
        Thread.sleep(200);
      }
    }
  }

  private HttpResponse<String> initialize(int port) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitStatus(int port, String path, int status) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == status) {
        return;
      }
      assertTrue(System.nanoTime() < deadline, path + " on " + port + " stayed " + r.statusCode() + ": " + r.body());
      Thread.sleep(200);
    }
  }

  private static String haproxyConfig(int shared, int plain, Map<String, Node> nodes) {
    StringBuilder b = new StringBuilder();
    b.append("global\n  maxconn 2000\n\n");
    b.append("defaults\n  mode http\n  timeout connect 2s\n  timeout client 120s\n  timeout server 120s\n")
        .append("  timeout tunnel 1h\n  retries 3\n  option redispatch 1\n  retry-on conn-failure empty-response\n\n");
    for (String group : List.of("n", "p")) {
      b.append("frontend fe_").append(group).append("\n  bind 127.0.0.1:").append(group.equals("n") ? shared : plain)
          .append("\n  default_backend be_").append(group).append("\n\n");
      b.append("backend be_").append(group).append("\n  balance roundrobin\n")
          .append("  option httpchk\n  http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host localhost\n")
          .append("  http-response set-header X-Served-By %s\n");
      nodes.forEach((name, node) -> {
        if (name.startsWith(group)) {
          b.append("  server ").append(name).append(" 127.0.0.1:").append(node.port)
              .append(" check inter 500ms fall 1 rise 2\n");
        }
      });
      b.append('\n');
    }
    return b.toString();
  }

  private static void awaitPort(int port, Process haproxy, Path dir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException e) {
        assertTrue(haproxy.isAlive(), "HAProxy exited: " + Files.readString(dir.resolve("haproxy.log")));
        assertTrue(System.nanoTime() < deadline, "HAProxy did not listen on " + port);
        Thread.sleep(100);
      }
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
