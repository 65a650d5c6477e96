package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.WireTranscript;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP Java SDK client drives {@code Main --stdio} over each legacy revision; the
 * recorded wire is validated against that revision's schema.
 */
class JavaSdkClientTest {
  @TempDir Path dir;

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
  @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
  void listsCallsAndReportsErrors(String revision) throws Exception {
    SpecSchemas.require();
    Path in = dir.resolve("client.jsonl");
    Path out = dir.resolve("server.jsonl");
    List<String> command = Launch.recordedCommand(in, out);
    ServerParameters params = ServerParameters.builder(command.get(0)).args(command.subList(1, command.size())).build();
    List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    try (McpSyncClient client = McpClient.sync(new PinnedTransport(params, revision))
        .requestTimeout(Duration.ofSeconds(30))
        .progressConsumer(progress::add)
        .jsonSchemaValidator(new OutputSchemaValidator())
        .build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertEquals(revision, init.protocolVersion());
      assertNotNull(init.capabilities().tools());

      List<String> names = new ArrayList<>();
      client.listTools().tools().forEach(t -> names.add(t.name()));
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(null);
      assertEquals(sorted, names);
      assertTrue(names.containsAll(List.of("add", "divide", "explode", "greet", "work", "await", "signal")), names.toString());

      McpSchema.CallToolResult sum = client.callTool(new McpSchema.CallToolRequest("add", Map.of("a", 2, "b", 40)));
      assertFalse(Boolean.TRUE.equals(sum.isError()));
      assertEquals("{\"sum\":42}", ((McpSchema.TextContent) sum.content().get(0)).text());
      if (revision.compareTo("2025-06-18") >= 0) {
        assertEquals(Map.of("sum", 42), sum.structuredContent());
      } else {
        assertNull(sum.structuredContent(), "no structuredContent before 2025-06-18");
      }

      McpSchema.CallToolResult greet = client.callTool(new McpSchema.CallToolRequest("greet", Map.of("name", "Ada")));
      assertTrue(((McpSchema.TextContent) greet.content().get(0)).text().contains("Hello, Ada!"));

      McpSchema.CallToolResult zero = client.callTool(new McpSchema.CallToolRequest("divide", Map.of("dividend", 1, "divisor", 0)));
      assertTrue(zero.isError());
      assertEquals("Cannot divide 1 by zero", ((McpSchema.TextContent) zero.content().get(0)).text());

      McpSchema.CallToolResult invalid = client.callTool(new McpSchema.CallToolRequest("divide", Map.of("dividend", "one")));
      assertTrue(invalid.isError());
      String problems = ((McpSchema.TextContent) invalid.content().get(0)).text();
      assertTrue(problems.contains("dividend") && problems.contains("divisor"), problems);

      McpSchema.CallToolResult exploded = client.callTool(new McpSchema.CallToolRequest("explode", Map.of("reason", "kaboom")));
      assertTrue(exploded.isError());
      String text = ((McpSchema.TextContent) exploded.content().get(0)).text();
      assertTrue(text.contains("kaboom"), text);
      assertFalse(text.contains("at dev.mcpapt"), "no stack trace: " + text);

      McpError unknown = assertThrows(McpError.class,
          () -> client.callTool(new McpSchema.CallToolRequest("nope", Map.of())));
      assertEquals(-32602, unknown.getJsonRpcError().code());

      CompletableFuture<McpSchema.CallToolResult> awaiting = CompletableFuture.supplyAsync(
          () -> client.callTool(new McpSchema.CallToolRequest("await", Map.of("key", "java-" + revision))));
      McpSchema.CallToolResult signalled = client.callTool(new McpSchema.CallToolRequest("signal", Map.of("key", "java-" + revision)));
      assertEquals("signalled java-" + revision, ((McpSchema.TextContent) signalled.content().get(0)).text());
      McpSchema.CallToolResult released = awaiting.get(30, TimeUnit.SECONDS);
      assertTrue(((McpSchema.TextContent) released.content().get(0)).text().contains("released"));

      McpSchema.CallToolResult worked = client.callTool(McpSchema.CallToolRequest.builder("work")
          .arguments(Map.of("key", "p-" + revision, "millis", 5))
          .meta(Map.of("progressToken", "tok-" + revision))
          .build());
      assertTrue(((McpSchema.TextContent) worked.content().get(0)).text().contains("worked 5 ms"));
      // The SDK hands notifications to the consumer asynchronously: wait until it has seen one.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (progress.stream().noneMatch(p -> ("tok-" + revision).equals(p.progressToken())) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(progress.stream().anyMatch(p -> ("tok-" + revision).equals(p.progressToken())), progress.toString());

      client.ping();
    }
    Launch.assertProgressBeforeResponse(in, out);
    List<String> problems = WireTranscript.validate(in, out);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
