package dev.mcpapt.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The load client's command line. */
final class Options {
  final List<ServerSpec> servers = new ArrayList<>();
  int rounds = 5;
  long durationMillis = 3000;
  long warmupMillis = 2000;
  long coldMillis = 500;
  int inflight = 16;
  int[] clients = {1, 8};
  /** Concurrent stateless 2026-07-28 HTTP clients per scenario. */
  int[] modernClients = {8};
  long stallMillis = 5000;
  List<String> ratioTo = new ArrayList<>();
  Path out = Path.of("target", "bench-report");
  String title = "MCP echo benchmark";
  boolean smoke;

  static final String USAGE =
      """
      usage: loadclient [options] (--server NAME [--stdio CMD] [--http CMD] [--path P])...

        --server NAME     a server under test; the options after it describe it
        --stdio CMD       shell command serving MCP over stdio
        --http CMD        shell command serving Streamable HTTP on 127.0.0.1:{port}
        --path P          the HTTP endpoint path (default /mcp)

        --rounds N        rounds; each round runs every server once, in a rotating order (5)
        --duration S      seconds measured per scenario (3)
        --warmup S        seconds of warm-up before each measured scenario (2)
        --cold S          seconds right after the first tools/list, measured cold (0.5)
        --inflight N      calls outstanding in the pipelined stdio scenario (16)
        --clients LIST    concurrent HTTP clients per scenario, each with a 2025 session, comma-separated (1,8)
        --modern-clients LIST  the same with stateless 2026-07-28 requests (8; none to skip)
        --stall S         a server silent this long with calls outstanding has stalled (5)
        --ratio-to LIST   servers the report divides every other server by
        --out DIR         where report.md, report.json and server logs go (target/bench-report)
        --title TEXT      the report's title
        --smoke           a few seconds in all: checks that everything runs, measures nothing
      """;

  static Options parse(String[] args) {
    Options o = new Options();
    String name = null;
    String stdio = null;
    String http = null;
    String path = "/mcp";
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--smoke")) {
        o.smoke = true;
        continue;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        throw new IllegalArgumentException("");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--server" -> {
          if (name != null) {
            o.servers.add(spec(name, stdio, http, path));
          }
          name = value;
          stdio = null;
          http = null;
          path = "/mcp";
        }
        case "--stdio" -> stdio = requireServer(name, arg, value);
        case "--http" -> http = requireServer(name, arg, value);
        case "--path" -> path = requireServer(name, arg, value);
        case "--rounds" -> o.rounds = Integer.parseInt(value);
        case "--duration" -> o.durationMillis = seconds(value);
        case "--warmup" -> o.warmupMillis = seconds(value);
        case "--cold" -> o.coldMillis = seconds(value);
        case "--inflight" -> o.inflight = Integer.parseInt(value);
        case "--clients" -> o.clients = Arrays.stream(value.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        case "--modern-clients" -> o.modernClients = value.equals("none") ? new int[0]
            : Arrays.stream(value.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        case "--stall" -> o.stallMillis = seconds(value);
        case "--ratio-to" -> o.ratioTo = List.of(value.split(","));
        case "--out" -> o.out = Path.of(value);
        case "--title" -> o.title = value;
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (name != null) {
      o.servers.add(spec(name, stdio, http, path));
    }
    if (o.servers.isEmpty()) {
      throw new IllegalArgumentException("no --server given");
    }
    if (o.smoke) {
      o.rounds = 1;
      o.durationMillis = 300;
      o.warmupMillis = 200;
      o.coldMillis = 200;
      o.clients = new int[] {1, 2};
      if (o.modernClients.length > 0) { // unless switched off
        o.modernClients = new int[] {2};
      }
    }
    for (String ref : o.ratioTo) {
      if (o.servers.stream().noneMatch(s -> s.name().equals(ref))) {
        throw new IllegalArgumentException("--ratio-to names no server: " + ref);
      }
    }
    return o;
  }

  private static ServerSpec spec(String name, String stdio, String http, String path) {
    if (stdio == null && http == null) {
      throw new IllegalArgumentException("server " + name + " has neither --stdio nor --http");
    }
    return new ServerSpec(name, stdio, http, path);
  }

  private static String requireServer(String name, String option, String value) {
    if (name == null) {
      throw new IllegalArgumentException(option + " must follow --server NAME");
    }
    return value;
  }

  private static long seconds(String value) {
    return Math.round(Double.parseDouble(value) * 1000);
  }
}
