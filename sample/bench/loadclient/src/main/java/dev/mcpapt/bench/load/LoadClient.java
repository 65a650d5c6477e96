package dev.mcpapt.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An MCP load client that speaks JSON-RPC itself, for comparing servers in one run.
 *
 * <p>Each round starts every server once per transport, in an order that rotates from round to
 * round, and measures, on the {@code echo} tool:
 *
 * <ul>
 *   <li>stdio: the time from process start to the first {@code tools/list} response, the calls/s
 *       of the first moments after it (cold), sequential calls/s with p50/p99, pipelined calls/s
 *       with N calls in flight (and whether any response goes missing), the peak RSS;
 *   <li>Streamable HTTP: the same start time and cold rate, then calls/s and p50/p99 with 1..N
 *       concurrent clients, each a session on its own keep-alive connection, and the peak RSS.
 * </ul>
 *
 * <p>Every response is checked (id, no error, the echoed text); medians over rounds go to
 * {@code report.md}, every round to {@code report.json}.
 */
public final class LoadClient {
  private LoadClient() {}

  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().isEmpty()) {
        System.err.println(e.getMessage());
      }
      System.err.print(Options.USAGE);
      System.exit(2);
      return;
    }
    Report report = run(options);
    String markdown = report.markdown();
    System.out.print(markdown);
    System.err.println("report: " + options.out.resolve("report.md").toAbsolutePath());
  }

  /** Runs every round and writes {@code report.md} and {@code report.json} under {@code options.out}. */
  static Report run(Options options) throws IOException {
    Files.createDirectories(options.out.resolve("logs"));
    String loadBefore = loadAverage();
    Instant started = Instant.now();
    Bench bench = new Bench(options);
    List<Measurement> measurements = new ArrayList<>();
    int n = options.servers.size();
    for (int round = 1; round <= options.rounds; round++) {
      for (int k = 0; k < n; k++) {
        ServerSpec spec = options.servers.get((k + round - 1) % n);
        if (spec.stdioCommand() != null) {
          measurements.add(log(bench.stdio(spec, round)));
        }
        if (spec.httpCommand() != null) {
          measurements.add(log(bench.http(spec, round)));
        }
      }
    }
    Report.Machine machine =
        new Report.Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memory(),
            System.getProperty("os.name") + " " + System.getProperty("os.version"),
            System.getProperty("java.version"), loadBefore, loadAverage(), started, Instant.now());
    Report report = new Report(options, measurements, machine);
    Files.writeString(options.out.resolve("report.md"), report.markdown(), StandardCharsets.UTF_8);
    report.writeJson(options.out.resolve("report.json"));
    return report;
  }

  private static Measurement log(Measurement m) {
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "[round %d] %-10s %-5s", m.round, m.server, m.transport));
    m.values.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s=%.1f", k, v)));
    m.problems.forEach(p -> line.append(" PROBLEM: ").append(p));
    System.err.println(line);
    return m;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.substring(9).trim().split("\\s+")[0]);
          return String.format(Locale.ROOT, "%.0f GB", kb / 1048576.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
