package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.Wire;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, whose manifest names {@code dev.mcpapt.runtime.Main}, runs with
 * {@code java -jar} and takes the server's name and version from its manifest.
 */
class JavaJarIT {
  @Test
  void javaJarServesTheToolsAndNamesTheServerFromTheManifest() throws Exception {
    SpecSchemas.require();
    String jar = System.getProperty("mcpapt.jar");
    ProcessBuilder pb = new ProcessBuilder(ServerProcess.javaBinary(), "-jar", jar);
    Process p = pb.start();
    try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      var init = Wire.modern(1, "server/discover");
      p.getOutputStream().write((init + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      p.getOutputStream().flush();
      JsonNode discover = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.readLine());
      List<String> problems = SpecSchemas.validator("2026-07-28").validateServerMessage(discover, "server/discover");
      assertTrue(problems.isEmpty(), problems.toString());
      JsonNode info = discover.path("result").path("_meta").path("io.modelcontextprotocol/serverInfo");
      assertEquals("mcp-apt blackbox tests", info.path("name").asText(), discover.toString());
      assertEquals("0.1.0-SNAPSHOT", info.path("version").asText());

      var list = Wire.modern(2, "tools/list");
      p.getOutputStream().write((list + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      p.getOutputStream().close();
      JsonNode tools = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.readLine());
      assertTrue(tools.path("result").path("tools").size() > 5, tools.toString());
      assertTrue(p.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
      assertEquals(0, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }
}
