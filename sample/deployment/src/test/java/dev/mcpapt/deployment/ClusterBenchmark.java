package dev.mcpapt.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: calls per second and latency of 2025-11-25 session calls on one node
 * without a store, one node with the PostgreSQL store, and three nodes with it behind HAProxy
 * (round-robin). Runs only with {@code -Dmcpapt.bench=true} (docs/performance.md says how).
 */
class ClusterBenchmark {
  private static final int CLIENTS = Integer.getInteger("mcpapt.bench.clients", 8);
  private static final long WARMUP_MS = Long.getLong("mcpapt.bench.warmup", 3000);
  private static final long MEASURE_MS = Long.getLong("mcpapt.bench.duration", 10000);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void oneNodeAgainstThreeBehindTheBalancer() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("mcpapt.bench"), "a benchmark: run with -Dmcpapt.bench=true");
    String haproxyBinary = Infrastructure.haproxy();
    String database = "mcpapt_bench_" + Long.toHexString(System.nanoTime());
    String url = Infrastructure.createDatabase(database);
    Map<String, String> rows = new LinkedHashMap<>();
    List<AutoCloseable> running = new ArrayList<>();
    try {
      Node plain = Node.start("plain");
      running.add(plain);
      measure(rows, "one node, no store", plain.port);
      plain.close();
      Node stored = Node.start("stored", "--store", url);
      running.add(stored);
      measure(rows, "one node, PostgreSQL store", stored.port);
      stored.close();
      Map<String, Node> nodes = new LinkedHashMap<>();
      for (String n : List.of("n1", "n2", "n3")) {
        Node node = Node.start(n, "--store", url);
        nodes.put(n, node);
        running.add(node);
      }
      int port = Infrastructure.freePort();
      Path dir = Files.createTempDirectory("mcpapt-bench");
      Path cfg = dir.resolve("haproxy.cfg");
      StringBuilder b = new StringBuilder("global\n  maxconn 2000\n\ndefaults\n  mode http\n  timeout connect 2s\n"
          + "  timeout client 60s\n  timeout server 60s\n\nfrontend fe\n  bind 127.0.0.1:" + port
          + "\n  default_backend be\n\nbackend be\n  balance roundrobin\n");
      nodes.forEach((n, node) -> b.append("  server ").append(n).append(" 127.0.0.1:").append(node.port).append('\n'));
      Files.writeString(cfg, b);
      Process haproxy = new ProcessBuilder(haproxyBinary, "-db", "-f", cfg.toString()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
      running.add(haproxy::destroyForcibly);
      Thread.sleep(1000);
      measure(rows, "three nodes, PostgreSQL store, HAProxy round-robin", port);
    } finally {
      for (AutoCloseable c : running) {
        c.close();
      }
      Infrastructure.dropDatabase(database);
    }
    StringBuilder md = new StringBuilder("| setup | call | calls/s | p50 ms | p99 ms |\n|---|---|---:|---:|---:|\n");
    rows.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    System.out.println("\n" + CLIENTS + " clients, " + MEASURE_MS / 1000 + " s each after " + WARMUP_MS / 1000
        + " s of warm-up\n" + md);
  }

  private void measure(Map<String, String> rows, String setup, int port) throws Exception {
    String endpoint = "http://127.0.0.1:" + port + "/mcp";
    for (String[] call : List.of(new String[] {"whereami", "{}", "JSON answer"},
        new String[] {"progress", "{\"steps\":3}", "3 progress events + answer, streamed"})) {
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<long[]>> results = new ArrayList<>();
      long start = System.nanoTime();
      long measureFrom = start + WARMUP_MS * 1_000_000;
      long end = measureFrom + MEASURE_MS * 1_000_000;
      for (int c = 0; c < CLIENTS; c++) {
        results.add(pool.submit(() -> client(endpoint, call[0], call[1], measureFrom, end)));
      }
      List<Long> latencies = new ArrayList<>();
      for (Future<long[]> f : results) {
        for (long l : f.get()) {
          latencies.add(l);
        }
      }
      pool.shutdown();
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      double perSecond = sorted.length / (MEASURE_MS / 1000.0);
      rows.put(setup + " | " + call[2], String.format("%.0f | %.2f | %.2f", perSecond,
          sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6));
    }
  }

  /** One client: its own session, calls one at a time; the latencies of the calls in the measured window. */
  private long[] client(String endpoint, String tool, String args, long from, long until) throws Exception {
    HttpResponse<String> init = post(endpoint, null, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"b\",\"version\":\"1\"}}}");
    assertEquals(200, init.statusCode(), init.body());
    String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    post(endpoint, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    long[] out = new long[1 << 20];
    int n = 0;
    int id = 1;
    while (true) {
      long t0 = System.nanoTime();
      if (t0 >= until) {
        break;
      }
      HttpResponse<String> r = post(endpoint, session, "{\"jsonrpc\":\"2.0\",\"id\":" + id++ + ",\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + args + ",\"_meta\":{\"progressToken\":" + id + "}}}");
      long t1 = System.nanoTime();
      if (r.statusCode() != 200 || !r.body().contains("\"result\"")) {
        throw new IllegalStateException("call failed: " + r.statusCode() + " " + r.body());
      }
      if (t0 >= from && n < out.length) {
        out[n++] = t1 - t0;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private HttpResponse<String> post(String endpoint, String session, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      b.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
