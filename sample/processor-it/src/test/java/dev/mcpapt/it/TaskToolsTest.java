package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the dispatchers generated for {@link TaskTools}, found the way the runtime finds them. */
class TaskToolsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  McpComponent component;

  static McpComponentFactory factory(Class<?> type) {
    for (McpComponentFactory f : ServiceLoader.load(McpComponentFactory.class)) {
      if (f.type() == type) {
        return f;
      }
    }
    throw new AssertionError("no factory registered for " + type);
  }

  static ToolHandler tool(McpComponent component, String name) {
    return component.tools().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no tool " + name));
  }

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  static JsonNode structured(ToolResult result) throws Exception {
    assertTrue(result.hasStructuredContent());
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      result.structuredWriter().write(g, result.structuredValue());
    }
    return JSON.readTree(out.toString());
  }

  static String text(ToolResult result) {
    return ((Content.Text) result.content().get(0)).text();
  }

  ToolResult call(String tool, String arguments) throws Exception {
    try {
      return tool(component, tool).call(json(arguments), new TestContext()).toCompletableFuture().get();
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  @BeforeEach
  void setUp() {
    McpComponentFactory f = factory(TaskTools.class);
    assertTrue(f.canCreateDefault());
    component = f.create();
  }

  @Test
  void toolsAreListedInDeclarationOrderWithTheirDescriptors() {
    List<String> names = component.tools().stream().map(ToolHandler::name).toList();
    assertEquals(List.of("add_task", "complete_task", "list_tasks", "find_task", "tasks.count", "clear", "greet"), names);
    for (ToolHandler t : component.tools()) {
      assertEquals(t.name(), t.descriptor().get("name").asText());
    }
  }

  @Test
  void descriptorFileIsOnTheClassPath() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/mcp/dev.mcpapt.it.TaskTools.json")) {
      assertNotNull(in);
      JsonNode file = JSON.readTree(in);
      assertEquals(7, file.get("tools").size());
      JsonNode complete = file.get("tools").get(1);
      assertEquals("Toggle a task's completion status.", complete.get("description").asText());
      assertEquals("the task to toggle", complete.at("/inputSchema/properties/taskId/description").asText());
      assertTrue(complete.at("/_meta/openai~1widgetAccessible").asBoolean());
      assertEquals(json("[\"taskId\"]"), complete.at("/inputSchema/required"));
    }
  }

  @Test
  void recordsRoundTripAndStructuredResultsUseGeneratedWriters() throws Exception {
    ToolResult added = call("add_task", "{\"title\":\"Write docs\",\"priority\":\"HIGH\",\"tags\":[\"a\",\"b\"]}");
    assertEquals(json("{\"id\":1,\"title\":\"Write docs\",\"done\":false,\"priority\":\"HIGH\",\"tags\":[\"a\",\"b\"]}"),
        structured(added));
    ToolResult done = call("complete_task", "{\"taskId\":1}");
    assertTrue(structured(done).get("done").asBoolean());
    ToolResult list = call("list_tasks", "{}");
    assertEquals(1, structured(list).get("items").size());
    assertEquals("1", text(call("tasks.count", "{}")));
  }

  @Test
  void onlyAToolDeclaredNonBlockingSaysSo() {
    assertTrue(tool(component, "tasks.count").nonBlocking());
    assertFalse(tool(component, "find_task").nonBlocking());
    assertFalse(tool(component, "clear").nonBlocking());
  }

  @Test
  void invalidArgumentsReportEveryProblemWithItsPath() throws Exception {
    InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
        () -> call("complete_task", "{\"taskId\":\"abc\"}"));
    assertEquals(List.of("taskId: expected integer, got \"abc\""), e.problems());

    e = assertThrows(InvalidArgumentsException.class,
        () -> call("add_task", "{\"priority\":\"URGENT\",\"tags\":[\"ok\",3],\"extra\":1}"));
    assertEquals(List.of(
        "extra: unknown property (expected priority, tags, title)",
        "title: is required",
        "priority: must be one of LOW, NORMAL, HIGH, got \"URGENT\"",
        "tags[1]: expected string, got 3"), e.problems());
  }

  @Test
  void defaultsAndOptionalsApplyWhenAbsent() throws Exception {
    call("add_task", "{\"title\":\"a\"}");
    JsonNode task = structured(call("list_tasks", "{\"limit\":5}")).get("items").get(0);
    assertEquals("NORMAL", task.get("priority").asText());
    assertEquals(0, task.get("tags").size());
  }

  @Test
  void toolResultsPassThroughAndContextIsInjected() throws Exception {
    call("add_task", "{\"title\":\"a\"}");
    TestContext context = new TestContext();
    ToolResult r = tool(component, "clear").call(json("{}"), context).toCompletableFuture().get();
    assertEquals("Removed 1 tasks", text(r));
    assertFalse(r.hasStructuredContent());
    assertEquals(List.of("progress 1.0/1.0 cleared"), context.events);
    assertFalse(tool(component, "clear").descriptor().has("outputSchema"));
    assertFalse(tool(component, "clear").descriptor().at("/inputSchema/properties").has("context"));
  }

  @Test
  void aNullResultOfAStructuredToolIsAToolError() throws Exception {
    ToolResult r = call("find_task", "{\"taskId\": 42}");
    assertTrue(r.isError());
    assertFalse(r.hasStructuredContent());
    assertEquals("The tool returned no value.", text(r));
  }

  @Test
  void onlyHintsWrittenInTheSourceAreEmittedAndParamDescriptionsWin() throws Exception {
    // the title is mirrored into annotations.title, where 2025-03-26 clients read it
    assertEquals(json("{\"title\": \"Add task\", \"idempotentHint\": false}"),
        tool(component, "add_task").descriptor().get("annotations"));
    assertEquals("Add task", tool(component, "add_task").descriptor().get("title").asText());
    assertEquals(json("{\"destructiveHint\": true}"), tool(component, "clear").descriptor().get("annotations"));
    assertFalse(tool(component, "complete_task").descriptor().has("annotations"));
    assertEquals("the name to greet",
        tool(component, "greet").descriptor().at("/inputSchema/properties/name/description").asText());
  }

  @Test
  void staticToolsAndTextResults() throws Exception {
    assertEquals("Hello, Ada!", text(call("greet", "{\"name\":\"Ada\"}")));
    assertFalse(tool(component, "greet").descriptor().has("outputSchema"));
  }

  @Test
  void exceptionsFromTheMethodPropagate() {
    assertThrows(ToolException.class, () -> call("complete_task", "{\"taskId\":99}"));
  }

  @Test
  void noArgumentToolsHaveEmptyProperties() throws Exception {
    assertEquals(json("{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}"),
        tool(component, "tasks.count").descriptor().get("inputSchema"));
    InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class, () -> call("tasks.count", "{\"x\":1}"));
    assertEquals(List.of("x: unknown property (this takes no properties)"), e.problems());
  }

  @Test
  void anInstanceCanBeSupplied() throws Exception {
    TaskTools mine = new TaskTools();
    mine.addTask("from DI", java.util.Optional.empty(), List.of());
    McpComponent c = factory(TaskTools.class).create(mine);
    ToolResult r = tool(c, "tasks.count").call(json("{}"), new TestContext()).toCompletableFuture().get();
    assertEquals("1", text(r));
    assertThrows(IllegalArgumentException.class, () -> factory(TaskTools.class).create("not a TaskTools"));
  }
}
