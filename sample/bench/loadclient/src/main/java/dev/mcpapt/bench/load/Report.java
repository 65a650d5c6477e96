package dev.mcpapt.bench.load;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Medians over rounds, ratios between servers, and the raw rounds, as Markdown and JSON. */
final class Report {
  private final Options options;
  private final List<Measurement> measurements;
  private final Machine machine;

  Report(Options options, List<Measurement> measurements, Machine machine) {
    this.options = options;
    this.measurements = measurements;
    this.machine = machine;
  }

  /** Where the machine stood during the run. */
  record Machine(String cpu, int cpus, String memory, String os, String java, String loadBefore, String loadAfter,
      Instant started, Instant finished) {}

  // ---------------------------------------------------------------- statistics

  /** The values of one metric over the rounds that measured it. */
  double[] values(String server, String transport, String metric) {
    return measurements.stream()
        .filter(m -> m.server.equals(server) && m.transport.equals(transport))
        .map(m -> m.values.get(metric))
        .filter(v -> v != null && !v.isNaN())
        .mapToDouble(Double::doubleValue)
        .toArray();
  }

  double median(String server, String transport, String metric) {
    double[] v = values(server, transport, metric);
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private List<Measurement> of(String server, String transport) {
    return measurements.stream().filter(m -> m.server.equals(server) && m.transport.equals(transport)).toList();
  }

  // ---------------------------------------------------------------- Markdown

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(options.title).append("\n\n");
    md.append(String.format(Locale.ROOT,
        "%s to %s UTC · %s · %d CPUs · %s RAM · %s · load client on Java %s · load average %s before, %s after%n%n",
        machine.started().truncatedTo(ChronoUnit.SECONDS), machine.finished().truncatedTo(ChronoUnit.SECONDS),
        machine.cpu(), machine.cpus(), machine.memory(), machine.os(), machine.java(), machine.loadBefore(),
        machine.loadAfter()));
    md.append(String.format(Locale.ROOT,
        "Medians of %d interleaved round(s); each scenario: %.1f s warm-up, %.1f s measured; pipelined stdio keeps %d calls in flight; echo of {\"text\":\"%s\"}.%n%n",
        options.rounds, options.warmupMillis / 1000.0, options.durationMillis / 1000.0, options.inflight, Requests.TEXT));

    // Throughput, start, memory
    md.append("| server | stdio sequential calls/s | stdio ").append(options.inflight).append(" in flight |");
    for (int c : options.clients) {
      md.append(" HTTP ").append(c).append(c == 1 ? " client |" : " clients |");
    }
    for (int c : options.modernClients) {
      md.append(" HTTP ").append(c).append(c == 1 ? " client" : " clients").append(", 2026-07-28 |");
    }
    md.append(" start → first `tools/list` (stdio / HTTP) | peak RSS (stdio / HTTP) |\n");
    md.append("|---|---:|---:|");
    md.append("---:|".repeat(options.clients.length + options.modernClients.length)).append("---:|---:|\n");
    for (ServerSpec s : options.servers) {
      String n = s.name();
      md.append("| ").append(n).append(" | ").append(rate(n, "stdio", "seq_calls_per_s"));
      md.append(" | ").append(pipelined(n));
      for (int c : options.clients) {
        md.append(" | ").append(rate(n, "http", "c" + c + "_calls_per_s"));
      }
      for (int c : options.modernClients) {
        md.append(" | ").append(rate(n, "http", "m" + c + "_calls_per_s"));
      }
      md.append(" | ").append(ms(n, "stdio", "start_ms")).append(" / ").append(ms(n, "http", "start_ms")).append(" ms");
      md.append(" | ").append(mb(n, "stdio")).append(" / ").append(mb(n, "http")).append(" MB |\n");
    }
    md.append('\n');

    // Latency and cold start
    md.append("| server | stdio sequential p50 / p99 µs | stdio ").append(options.inflight).append(" in flight p50 / p99 µs |");
    for (int c : options.clients) {
      md.append(" HTTP ").append(c).append(" p50 / p99 µs |");
    }
    for (int c : options.modernClients) {
      md.append(" HTTP ").append(c).append(", 2026-07-28, p50 / p99 µs |");
    }
    md.append(String.format(Locale.ROOT, " first %.1f s after start, calls/s (stdio / HTTP) |%n", options.coldMillis / 1000.0));
    md.append("|---|---:|---:|").append("---:|".repeat(options.clients.length + options.modernClients.length)).append("---:|\n");
    for (ServerSpec s : options.servers) {
      String n = s.name();
      md.append("| ").append(n);
      md.append(" | ").append(latency(n, "stdio", "seq"));
      md.append(" | ").append(latency(n, "stdio", "pipe"));
      for (int c : options.clients) {
        md.append(" | ").append(latency(n, "http", "c" + c));
      }
      for (int c : options.modernClients) {
        md.append(" | ").append(latency(n, "http", "m" + c));
      }
      md.append(" | ").append(rate(n, "stdio", "cold_calls_per_s")).append(" / ").append(rate(n, "http", "cold_calls_per_s"));
      md.append(" |\n");
    }
    md.append('\n');

    for (String ref : options.ratioTo) {
      md.append("Ratios to **").append(ref).append("** (throughput: higher is better; start and RSS: lower is better):\n\n");
      md.append("| server | stdio sequential | stdio ").append(options.inflight).append(" in flight |");
      for (int c : options.clients) {
        md.append(" HTTP ").append(c).append(" |");
      }
      for (int c : options.modernClients) {
        md.append(" HTTP ").append(c).append(", 2026-07-28 |");
      }
      md.append(" start stdio | start HTTP | peak RSS stdio | peak RSS HTTP |\n");
      md.append("|---|---:|---:|").append("---:|".repeat(options.clients.length + options.modernClients.length)).append("---:|---:|---:|---:|\n");
      for (ServerSpec s : options.servers) {
        String n = s.name();
        if (n.equals(ref)) {
          continue;
        }
        md.append("| ").append(n);
        md.append(" | ").append(ratio(n, ref, "stdio", "seq_calls_per_s"));
        md.append(" | ").append(ratio(n, ref, "stdio", "pipe_calls_per_s"));
        for (int c : options.clients) {
          md.append(" | ").append(ratio(n, ref, "http", "c" + c + "_calls_per_s"));
        }
        for (int c : options.modernClients) {
          md.append(" | ").append(ratio(n, ref, "http", "m" + c + "_calls_per_s"));
        }
        md.append(" | ").append(ratio(n, ref, "stdio", "start_ms"));
        md.append(" | ").append(ratio(n, ref, "http", "start_ms"));
        md.append(" | ").append(ratio(n, ref, "stdio", "rss_mb"));
        md.append(" | ").append(ratio(n, ref, "http", "rss_mb"));
        md.append(" |\n");
      }
      md.append('\n');
    }

    List<String> problems = new ArrayList<>();
    for (Measurement m : measurements) {
      for (String p : m.problems) {
        problems.add("- " + m.server + " " + m.transport + ", round " + m.round + ": " + p);
      }
    }
    if (!problems.isEmpty()) {
      md.append("Problems seen (a scenario that failed is left out of its medians):\n\n");
      problems.forEach(p -> md.append(p).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  private String rate(String server, String transport, String metric) {
    return withCount(server, transport, metric, format("%,.0f", median(server, transport, metric)));
  }

  private String ms(String server, String transport, String metric) {
    return withCount(server, transport, metric, format("%,.0f", median(server, transport, metric)));
  }

  private String mb(String server, String transport) {
    return withCount(server, transport, "rss_mb", format("%.0f", median(server, transport, "rss_mb")));
  }

  private String latency(String server, String transport, String prefix) {
    double p50 = median(server, transport, prefix + "_p50_us");
    double p99 = median(server, transport, prefix + "_p99_us");
    if (Double.isNaN(p50)) {
      return "n/a";
    }
    return format("%,.0f", p50) + " / " + format("%,.0f", p99);
  }

  private boolean lostResponses(String server) {
    return of(server, "stdio").stream().anyMatch(m -> m.values.getOrDefault("pipe_lost", 0.0) > 0);
  }

  /** The pipelined cell: the median rate, or how many responses went missing in how many rounds. */
  private String pipelined(String server) {
    List<Measurement> rounds = of(server, "stdio");
    long lostRounds = rounds.stream().filter(m -> m.values.getOrDefault("pipe_lost", 0.0) > 0).count();
    String rate = rate(server, "stdio", "pipe_calls_per_s");
    if (lostRounds == 0) {
      return rate;
    }
    long lost = rounds.stream().mapToLong(m -> m.values.getOrDefault("pipe_lost", 0.0).longValue()).sum();
    return "stalls: " + lost + " response(s) lost in " + lostRounds + "/" + rounds.size() + " rounds"
        + (rate.startsWith("n/a") ? "" : "; " + rate.replaceFirst(" \\(\\d+/\\d+\\)$", "") + " in the others");
  }

  /** A median, marked with how many rounds it stands on when some rounds failed. */
  private String withCount(String server, String transport, String metric, String text) {
    List<Measurement> rounds = of(server, transport);
    if (rounds.isEmpty()) {
      return "n/a";
    }
    int have = values(server, transport, metric).length;
    if (have == 0) {
      return "n/a";
    }
    return have < rounds.size() ? text + " (" + have + "/" + rounds.size() + ")" : text;
  }

  private String ratio(String server, String ref, String transport, String metric) {
    if (metric.equals("pipe_calls_per_s") && (lostResponses(server) || lostResponses(ref))) {
      return "n/a (lost responses)";
    }
    double a = median(server, transport, metric);
    double b = median(ref, transport, metric);
    if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
      return "n/a";
    }
    return format("%.2f", a / b) + "×";
  }

  private static String format(String pattern, double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, pattern, value);
  }

  // ---------------------------------------------------------------- JSON

  void writeJson(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("title", options.title);
      g.writeObjectFieldStart("machine");
      g.writeStringField("cpu", machine.cpu());
      g.writeNumberField("cpus", machine.cpus());
      g.writeStringField("memory", machine.memory());
      g.writeStringField("os", machine.os());
      g.writeStringField("loadClientJava", machine.java());
      g.writeStringField("loadAverageBefore", machine.loadBefore());
      g.writeStringField("loadAverageAfter", machine.loadAfter());
      g.writeStringField("started", machine.started().toString());
      g.writeStringField("finished", machine.finished().toString());
      g.writeEndObject();
      g.writeObjectFieldStart("settings");
      g.writeNumberField("rounds", options.rounds);
      g.writeNumberField("warmupMillis", options.warmupMillis);
      g.writeNumberField("durationMillis", options.durationMillis);
      g.writeNumberField("coldMillis", options.coldMillis);
      g.writeNumberField("inflight", options.inflight);
      g.writeArrayFieldStart("clients");
      for (int c : options.clients) {
        g.writeNumber(c);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("modernClients");
      for (int c : options.modernClients) {
        g.writeNumber(c);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayFieldStart("servers");
      for (ServerSpec s : options.servers) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("stdio", s.stdioCommand());
        g.writeStringField("http", s.httpCommand());
        g.writeObjectFieldStart("medians");
        for (String transport : List.of("stdio", "http")) {
          g.writeObjectFieldStart(transport);
          java.util.Set<String> metrics = new java.util.LinkedHashSet<>();
          of(s.name(), transport).forEach(m -> metrics.addAll(m.values.keySet()));
          for (String metric : metrics) {
            double v = median(s.name(), transport, metric);
            if (!Double.isNaN(v)) {
              g.writeNumberField(metric, v);
            }
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rounds");
      for (Measurement m : measurements) {
        g.writeStartObject();
        g.writeStringField("server", m.server);
        g.writeStringField("transport", m.transport);
        g.writeNumberField("round", m.round);
        g.writeObjectFieldStart("values");
        for (Map.Entry<String, Double> e : m.values.entrySet()) {
          if (!e.getValue().isNaN()) {
            g.writeNumberField(e.getKey(), e.getValue());
          }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("problems");
        for (String p : m.problems) {
          g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
