package dev.mcpapt.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers one round measured for one server over one transport, and what went wrong. */
final class Measurement {
  final String server;
  final String transport;
  final int round;
  final Map<String, Double> values = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();

  Measurement(String server, String transport, int round) {
    this.server = server;
    this.transport = transport;
    this.round = round;
  }

  void put(String metric, double value) {
    values.put(metric, value);
  }

  void problem(String message) {
    problems.add(message);
  }
}
