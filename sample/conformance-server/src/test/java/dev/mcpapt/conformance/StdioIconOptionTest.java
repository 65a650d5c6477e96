package dev.mcpapt.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Main --icon}: the official Java SDK client launches the server over stdio with two icons
 * and finds them, as given, in the {@code serverInfo} of its {@code initialize} answer.
 */
class StdioIconOptionTest {
  @Test
  void theServersIconsComeFromTheCommandLine() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ServerParameters params = ServerParameters.builder(java)
        .args("-cp", classPath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
            "dev.mcpapt.runtime.Main", "--stdio", "--description", "Conformance fixtures",
            "--icon", "https://example.com/icon.png;image/png;48x48,96x96",
            "--icon", "data:image/svg+xml;base64,PHN2Zy8+;image/svg+xml;any;dark")
        .build();
    try (McpSyncClient client = McpClient.sync(new StdioJavaSdkClientTest.PinnedTransport(params, "2025-11-25"))
        .requestTimeout(Duration.ofSeconds(30))
        .build()) {
      McpSchema.Implementation info = client.initialize().serverInfo();
      assertEquals("Conformance fixtures", info.description());
      assertEquals(List.of(
          new McpSchema.Icon("https://example.com/icon.png", "image/png", List.of("48x48", "96x96"), null),
          new McpSchema.Icon("data:image/svg+xml;base64,PHN2Zy8+", "image/svg+xml", List.of("any"), "dark")),
          info.icons());
    }
  }
}
