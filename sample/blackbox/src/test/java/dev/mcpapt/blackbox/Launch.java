package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.testing.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** How the tests launch the server: {@code Main --stdio} over this module's classes, as a user would. */
final class Launch {
  private Launch() {}

  /** The application class path: the test class path without test classes and test jars. */
  static String appClassPath() {
    return ServerProcess.appClassPath();
  }

  /** A shell command that runs the server and records both directions of the wire. */
  static List<String> recordedCommand(Path clientLog, Path serverLog) {
    String java = ServerProcess.javaBinary();
    String script = "tee " + quote(clientLog.toString()) + " | " + quote(java)
        + " -XX:TieredStopAtLevel=1 -cp " + quote(appClassPath())
        + " dev.mcpapt.runtime.Main --stdio | tee " + quote(serverLog.toString());
    return List.of("sh", "-c", script);
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The progress notifications of the call that asked for progress all come before its response. */
  static void assertProgressBeforeResponse(Path in, Path out) throws java.io.IOException {
    JsonNode id = null;
    JsonNode token = null;
    for (String line : Files.readAllLines(in)) {
      JsonNode m = MAPPER.readTree(line);
      JsonNode t = m.path("params").path("_meta").path("progressToken");
      if ("tools/call".equals(m.path("method").asText()) && "work".equals(m.path("params").path("name").asText())
          && !t.isMissingNode()) {
        id = m.get("id");
        token = t;
        break;
      }
    }
    assertTrue(id != null, "the client asked for progress");
    int progress = 0;
    boolean answered = false;
    for (String line : Files.readAllLines(out)) {
      JsonNode m = MAPPER.readTree(line);
      if ("notifications/progress".equals(m.path("method").asText()) && token.equals(m.path("params").path("progressToken"))) {
        assertFalse(answered, "a progress notification after the response: " + line);
        progress++;
      } else if (id.equals(m.get("id")) && !m.has("method")) {
        answered = true;
      }
    }
    assertTrue(answered);
    assertEquals(2, progress, "the tool reports progress twice");
  }
}
