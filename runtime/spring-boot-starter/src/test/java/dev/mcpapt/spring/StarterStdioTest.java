package dev.mcpapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.Wire;
import dev.mcpapt.spring.app.TestApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command-line Boot application with {@code mcpapt.stdio=true}: started as a desktop client
 * starts it, it speaks MCP on stdout (every line a valid message, the banner and Spring's logs on
 * stderr) and exits when the client closes stdin.
 */
class StarterStdioTest {
  @Test
  void servesOverStdioAndExitsWhenStdinCloses() throws Exception {
    try (ServerProcess p = ServerProcess.startMain(TestApp.class.getName(), "--mcpapt.stdio=true",
        "--app.greeting=Hi", "--spring.main.banner-mode=console")) {
      JsonNode init = p.initialize("2025-11-25");
      assertEquals("2025-11-25", init.path("protocolVersion").asText(), init.toString());
      ObjectNode call = Wire.request(2, "tools/call");
      call.putObject("params").put("name", "greet").putObject("arguments").put("name", "Ada");
      JsonNode answer = p.request(call);
      assertEquals("Hi, Ada", answer.path("result").path("content").path(0).path("text").asText(), answer.toString());
      assertEquals(0, p.closeAndWait(Duration.ofSeconds(60)), p.stderr());
      assertEquals(List.of(), p.drain(), "nothing but protocol messages on stdout");
      assertTrue(p.stderr().contains("Started TestApp"), p.stderr()); // Spring's console log went to stderr
    }
  }
}
