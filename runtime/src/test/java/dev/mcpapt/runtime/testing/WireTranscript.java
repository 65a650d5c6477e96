package dev.mcpapt.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a recorded stdio conversation (what a client wrote, what the server wrote) against the
 * schemas: each server line must be one JSON-RPC message valid in the revision in use, found from
 * the request it answers ({@code _meta} version, or the version {@code initialize} negotiated).
 */
public final class WireTranscript {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> SERVED = List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28");

  private WireTranscript() {}

  /** Problems found, empty if every server line is valid. Also fails if the server wrote nothing. */
  public static List<String> validate(Path clientLog, Path serverLog) throws IOException {
    SpecSchemas.require();
    Map<String, String[]> requests = new HashMap<>();
    for (String line : Files.readAllLines(clientLog, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode m = MAPPER.readTree(line);
      if (m.has("id") && m.has("method")) {
        String v = m.path("params").path("_meta").path("io.modelcontextprotocol/protocolVersion").asText(null);
        requests.put(m.get("id").toString(), new String[] {m.get("method").asText(), v});
      }
    }
    List<String> problems = new ArrayList<>();
    String negotiated = null;
    List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      problems.add("the server wrote nothing");
    }
    for (String line : lines) {
      JsonNode m;
      try {
        m = MAPPER.readTree(line);
      } catch (IOException e) {
        problems.add("not JSON: " + line);
        continue;
      }
      String method = null;
      String revision;
      JsonNode id = m.get("id");
      if (id != null && !m.has("method")) {
        String[] req = requests.get(id.toString());
        method = req == null ? null : req[0];
        if (req != null && req[1] != null) {
          revision = SERVED.contains(req[1]) ? req[1] : "2026-07-28";
        } else if (req != null && "initialize".equals(req[0]) && m.has("result")) {
          revision = m.path("result").path("protocolVersion").asText();
          negotiated = revision;
        } else {
          revision = negotiated != null ? negotiated : "2025-11-25";
        }
      } else {
        revision = negotiated != null ? negotiated : "2026-07-28";
      }
      for (String p : SpecSchemas.validator(revision).validateServerMessage(m, method)) {
        problems.add(p + "\n    in " + line);
      }
    }
    return problems;
  }
}
