package dev.mcpapt.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP Java SDK client launches the conformance server with {@code Main --stdio} (the
 * generated components found on the class path) and uses resources, prompts, completions and the
 * server-to-client requests over each revision that has them.
 */
@SuppressWarnings("deprecation") // the SDK deprecates the short request constructors in favour of builders
class StdioJavaSdkClientTest {
  /** Offers exactly one protocol revision, so the client negotiates it. */
  static final class PinnedTransport extends StdioClientTransport {
    private final String revision;

    PinnedTransport(ServerParameters params, String revision) {
      super(params, McpJsonDefaults.getMapper());
      this.revision = revision;
    }

    @Override
    public List<String> protocolVersions() {
      return List.of(revision);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-06-18", "2025-11-25"})
  void servesEveryFeatureOverStdio(String revision) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ServerParameters params = ServerParameters.builder(java)
        .args("-cp", classPath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
            "dev.mcpapt.runtime.Main", "--stdio")
        .build();
    try (McpSyncClient client = McpClient.sync(new PinnedTransport(params, revision))
        .requestTimeout(Duration.ofSeconds(30))
        .capabilities(McpSchema.ClientCapabilities.builder().roots(true).elicitation().sampling().build())
        .roots(new McpSchema.Root("file:///work", "work"))
        .elicitation(request -> new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT, Map.of("name", "Lin")))
        .sampling(request -> new McpSchema.CreateMessageResult(McpSchema.Role.ASSISTANT,
            new McpSchema.TextContent("Bonjour"), "m", McpSchema.CreateMessageResult.StopReason.END_TURN))
        .build()) {
      assertEquals(revision, client.initialize().protocolVersion());
      assertEquals(5, client.listResources().resources().size(), "three test:// resources and the skill's two files");
      McpSchema.TextResourceContents item = (McpSchema.TextResourceContents) client.readResource(
          new McpSchema.ReadResourceRequest("test://template/7/data")).contents().get(0);
      assertTrue(item.text().contains("Data for ID: 7"), item.text());
      assertEquals("This is a simple prompt for testing.", ((McpSchema.TextContent) client.getPrompt(
          new McpSchema.GetPromptRequest("test_simple_prompt", Map.of())).messages().get(0).content()).text());
      assertEquals(List.of("test-value"), client.completeCompletion(new McpSchema.CompleteRequest(
          new McpSchema.PromptReference("test_prompt_with_arguments"),
          new McpSchema.CompleteRequest.CompleteArgument("arg1", "te"))).completion().values());
      McpSchema.CallToolResult all = client.callTool(
          new McpSchema.CallToolRequest("test_input_required_result_multiple_inputs", Map.of()));
      assertEquals("Bonjour Lin (1 roots)", ((McpSchema.TextContent) all.content().get(0)).text());
      McpSchema.GetPromptResult asked = client.getPrompt(
          new McpSchema.GetPromptRequest("test_input_required_result_prompt", Map.of()));
      assertEquals("Use this context: ", ((McpSchema.TextContent) asked.messages().get(0).content()).text(),
          "the form answered had no 'context' field");
    }
  }
}
