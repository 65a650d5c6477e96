package dev.mcpapt.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official MCP Java SDK client against the generated conformance server over Streamable
 * HTTP: resources, templates, prompts, completions, progress, logging, and the server-to-client
 * requests (elicitation, sampling, roots) answered by the client's own handlers.
 */
@SuppressWarnings("deprecation") // the SDK deprecates the short request constructors in favour of builders
class JavaSdkClientTest {
  private McpServer server;
  private McpHttpServer http;
  private McpSyncClient client;
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final List<McpSchema.LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();
  private final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = McpServer.builder().name("conformance").version("1.0")
        .description("The conformance fixtures").websiteUrl("https://modelcontextprotocol.io")
        .icon(dev.mcpapt.runtime.Icon.of("https://modelcontextprotocol.io/favicon.svg", "image/svg+xml"))
        .tools(new ConformanceTools(), new InputRequiredTools(), new ConformanceResources(), new ConformancePrompts())
        .build();
    http = McpHttpServer.start(server, HttpOptions.builder().port(0).build());
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.port()).build())
        .requestTimeout(Duration.ofSeconds(20))
        .capabilities(McpSchema.ClientCapabilities.builder().roots(true).sampling().elicitation().build())
        .roots(new McpSchema.Root("file:///projects/demo", "demo"))
        .elicitation(request -> {
          asked.add("elicitation: " + request.message());
          return new McpSchema.ElicitResult(McpSchema.ElicitResult.Action.ACCEPT,
              Map.of("name", "Grace", "username", "grace", "email", "grace@example.com"));
        })
        .sampling(request -> {
          asked.add("sampling: " + ((McpSchema.TextContent) request.messages().get(0).content()).text());
          return new McpSchema.CreateMessageResult(McpSchema.Role.ASSISTANT, new McpSchema.TextContent("Paris"),
              "test-model", McpSchema.CreateMessageResult.StopReason.END_TURN);
        })
        .loggingConsumer(logs::add)
        .progressConsumer(progress::add)
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    http.close();
    server.close();
  }

  @Test
  void readsResourcesAndTemplates() {
    List<String> uris = client.listResources().resources().stream().map(McpSchema.Resource::uri).toList();
    assertEquals(List.of("skill://conformance-guide/SKILL.md", "skill://conformance-guide/references/checklist.md",
        "test://static-binary", "test://static-text", "test://watched-resource"), uris);
    // the skill's files are ordinary resources to a client without the skills extension
    McpSchema.ResourceContents skill = client.readResource(
        new McpSchema.ReadResourceRequest("skill://conformance-guide/SKILL.md")).contents().get(0);
    assertEquals("text/markdown", skill.mimeType());
    assertTrue(assertInstanceOf(McpSchema.TextResourceContents.class, skill).text()
        .startsWith("---\nname: conformance-guide\n"));
    McpSchema.ResourceContents text = client.readResource(new McpSchema.ReadResourceRequest("test://static-text"))
        .contents().get(0);
    assertEquals("This is the content of the static text resource.",
        assertInstanceOf(McpSchema.TextResourceContents.class, text).text());
    McpSchema.BlobResourceContents blob = assertInstanceOf(McpSchema.BlobResourceContents.class,
        client.readResource(new McpSchema.ReadResourceRequest("test://static-binary")).contents().get(0));
    assertEquals("image/png", blob.mimeType());
    assertEquals((byte) 0x89, Base64.getDecoder().decode(blob.blob())[0], "a PNG");
    McpSchema.ResourceTemplate template = client.listResourceTemplates().resourceTemplates().get(0);
    assertEquals("test://template/{id}/data", template.uriTemplate());
    assertEquals("The data of one item.", template.description());
    McpSchema.TextResourceContents item = (McpSchema.TextResourceContents) client.readResource(
        new McpSchema.ReadResourceRequest("test://template/42/data")).contents().get(0);
    assertTrue(item.text().contains("\"id\":\"42\""), item.text());
  }

  @Test
  void getsPromptsAndCompletions() {
    McpSchema.Prompt withArgs = client.listPrompts().prompts().stream()
        .filter(p -> p.name().equals("test_prompt_with_arguments")).findFirst().orElseThrow();
    assertEquals(List.of("arg1", "arg2"), withArgs.arguments().stream().map(McpSchema.PromptArgument::name).toList());
    assertEquals("the first argument", withArgs.arguments().get(0).description());
    McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest("test_prompt_with_arguments",
        Map.of("arg1", "x", "arg2", "y")));
    assertEquals("Prompt with arguments: arg1='x', arg2='y'", ((McpSchema.TextContent) prompt.messages().get(0).content()).text());
    McpSchema.GetPromptResult embedded = client.getPrompt(new McpSchema.GetPromptRequest(
        "test_prompt_with_embedded_resource", Map.of("resourceUri", "test://doc")));
    McpSchema.EmbeddedResource resource = assertInstanceOf(McpSchema.EmbeddedResource.class, embedded.messages().get(0).content());
    assertEquals("test://doc", resource.resource().uri());
    McpSchema.CompleteResult completion = client.completeCompletion(new McpSchema.CompleteRequest(
        new McpSchema.PromptReference("test_prompt_with_arguments"), new McpSchema.CompleteRequest.CompleteArgument("arg1", "par")));
    assertEquals(List.of("paris", "park", "party"), completion.completion().values());
  }

  @Test
  void toolsAskTheClientThroughItsHandlers() {
    McpSchema.CallToolResult sampled = client.callTool(new McpSchema.CallToolRequest("test_sampling", Map.of("prompt", "Capital?")));
    assertEquals("LLM response: Paris", ((McpSchema.TextContent) sampled.content().get(0)).text());
    McpSchema.CallToolResult all = client.callTool(new McpSchema.CallToolRequest("test_input_required_result_multiple_inputs", Map.of()));
    assertEquals("Paris Grace (1 roots)", ((McpSchema.TextContent) all.content().get(0)).text());
    McpSchema.CallToolResult rounds = client.callTool(new McpSchema.CallToolRequest("test_input_required_result_multi_round", Map.of()));
    assertTrue(((McpSchema.TextContent) rounds.content().get(0)).text().startsWith("Grace's favorite color is"));
    assertTrue(asked.contains("sampling: Capital?"), asked.toString());
    assertTrue(asked.contains("elicitation: Step 2: What is your favorite color?"), asked.toString());
  }

  @Test
  void progressAndLogsReachTheClient() throws Exception {
    client.setLoggingLevel(McpSchema.LoggingLevel.INFO);
    client.callTool(McpSchema.CallToolRequest.builder("test_tool_with_logging").arguments(Map.of()).build());
    client.callTool(McpSchema.CallToolRequest.builder("test_tool_with_progress").arguments(Map.of())
        .progressToken("p-7").build());
    for (int i = 0; i < 100 && (logs.size() < 3 || progress.size() < 3); i++) {
      Thread.sleep(20);
    }
    assertEquals(List.of("Tool execution started", "Tool processing data", "Tool execution completed"),
        logs.stream().map(l -> String.valueOf(l.data())).toList());
    assertEquals(List.of(0.0, 50.0, 100.0), progress.stream().map(McpSchema.ProgressNotification::progress).toList());
  }

  /** Icons, titles and annotations as the SDK parses them (2025-11-25). */
  @Test
  void iconsTitlesAndAnnotations() {
    McpSchema.Implementation info = client.getServerInfo();
    assertEquals("The conformance fixtures", info.description());
    assertEquals("https://modelcontextprotocol.io", info.websiteUrl());
    assertEquals("https://modelcontextprotocol.io/favicon.svg", info.icons().get(0).src());

    McpSchema.Tool simple = client.listTools().tools().stream()
        .filter(t -> t.name().equals("test_simple_text")).findFirst().orElseThrow();
    assertEquals("Simple text", simple.annotations().title());
    assertEquals(List.of("any"), simple.icons().get(0).sizes());
    McpSchema.Icon embedded = simple.icons().get(1);
    assertTrue(embedded.src().startsWith("data:image/png;base64,iVBORw0KGgo"), embedded.src());
    assertEquals("light", embedded.theme());

    McpSchema.Resource text = client.listResources().resources().stream()
        .filter(r -> r.uri().equals("test://static-text")).findFirst().orElseThrow();
    assertEquals(List.of(McpSchema.Role.USER), text.annotations().audience());
    assertEquals(0.7, text.annotations().priority());
    assertEquals(1, text.icons().size());

    McpSchema.Prompt prompt = client.listPrompts().prompts().stream()
        .filter(p -> p.name().equals("test_prompt_with_arguments")).findFirst().orElseThrow();
    assertEquals("First argument", prompt.arguments().get(0).title());

    McpSchema.CallToolResult link = client.callTool(new McpSchema.CallToolRequest("test_resource_link_details", Map.of()));
    McpSchema.ResourceLink l = assertInstanceOf(McpSchema.ResourceLink.class, link.content().get(0));
    assertEquals("Static text", l.title());
    assertEquals(28L, l.size());
    assertEquals("2025-01-12T15:00:58Z", l.annotations().lastModified());
    McpSchema.TextContent t = assertInstanceOf(McpSchema.TextContent.class, link.content().get(1));
    assertEquals(List.of(McpSchema.Role.ASSISTANT), t.annotations().audience());
  }
}
