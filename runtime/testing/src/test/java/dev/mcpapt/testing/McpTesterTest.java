package dev.mcpapt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tester against a real server, on both eras and both ways of reaching it. */
class McpTesterTest {
  @RegisterExtension
  static McpTesterExtension mcp = McpTesterExtension.of(() -> McpServer.builder().tools(new Shop()).build())
      .answering((method, params) -> JsonNodeFactory.instance.objectNode().put("action", "accept")
          .set("content", JsonNodeFactory.instance.objectNode().put("name", "Ada")));

  @Test
  void structuredResultsAndTheirSchema(McpTester mcp) {
    mcp.call("with_tax", Map.of("net", 100))
        .assertOk()
        .assertStructured("/gross", 120)
        .assertStructured("/net", 100)
        .assertMatchesOutputSchema();
  }

  @Test
  void toolErrorsAndArgumentProblems(McpTester mcp) {
    mcp.call("with_tax", "{\"net\":-1}").assertToolError("A price cannot be negative");
    mcp.call("with_tax", "{\"net\":\"ten\"}").assertToolError("net");
  }

  @Test
  void aFailedAssertionSaysWhatWasThere(McpTester mcp) {
    AssertionError e = assertThrows(AssertionError.class, () -> mcp.call("with_tax", "{\"net\":100}").assertStructured("/gross", 121));
    assertTrue(e.getMessage().contains("expected 121, got 120"), e.getMessage());
    AssertionError none = assertThrows(AssertionError.class, () -> mcp.tool("no_such_tool"));
    assertTrue(none.getMessage().contains("with_tax"), none.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-25", "2026-07-28"})
  void progressAndLogs(String revision, McpTester mcp) {
    mcp.revision(revision).logLevel("info");
    mcp.call("count_to_three", "{}").assertOk().assertText("done").assertProgressCount(3).assertLogged("info", "counted 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-25", "2026-07-28"})
  void questionsAreAnsweredByTheTest(String revision, McpTester mcp) {
    ToolCall call = mcp.revision(revision).call("greet_user", "{}").assertOk().assertText("Hello, Ada");
    // 2026-07-28 asks by ending the request (a multi round-trip); earlier revisions by a request of their own
    assertEquals(revision.equals(McpTester.LATEST) ? 2 : 1, call.rounds());
  }

  @Test
  void widgetMeta(McpTester mcp) {
    mcp.call("basket", "{}").assertOk().assertText("One item").assertMeta("/items", 1).assertStructured("/gross", 120);
  }

  @Test
  void resourcesAndPrompts(McpTester mcp) {
    assertEquals("9 to 5", mcp.read("shop://hours").assertNoError().result().path("contents").path(0).path("text").asText());
    assertEquals("Describe tea in one sentence.", mcp.prompt("describe", Map.of("product", "tea")).assertNoError()
        .result().path("messages").path(0).path("content").path("text").asText());
    mcp.read("shop://nothing").assertError(-32602);
  }

  @Test
  void withoutAnAnswerTheTestIsToldWhatWasAsked() {
    try (McpTester bare = McpTester.of(McpServer.builder().tools(new Shop()).build()).revision("2025-11-25")) {
      bare.call("greet_user", "{}").assertToolError("elicitation");
    }
  }

  @Test
  void overHttp() throws Exception {
    McpServer server = McpServer.builder().tools(new Shop()).build();
    McpHttpServer http = McpHttpServer.start(server, HttpOptions.builder().port(0).build());
    try (McpTester t = McpTester.http("http://127.0.0.1:" + http.port() + "/mcp")) {
      t.call("with_tax", Map.of("net", 50)).assertOk().assertStructured("/gross", 60).assertMatchesOutputSchema();
      t.call("count_to_three", "{}").assertOk().assertProgressCount(3);
      assertEquals("with_tax", t.tool("with_tax").path("name").asText());
    } finally {
      http.close();
      server.close();
    }
  }
}
