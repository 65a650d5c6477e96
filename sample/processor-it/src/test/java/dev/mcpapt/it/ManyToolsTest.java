package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated dispatch of {@link ManyTools}: 60 tools, more than one switch method holds, with
 * tools that answer later and tools that never block among them. Every call must reach its own
 * method, through whichever part of the switch holds it.
 */
class ManyToolsTest {
  private final McpComponent component = TaskToolsTest.factory(ManyTools.class).create();

  @Test
  void everyToolReachesItsOwnMethod() throws Exception {
    List<ToolHandler> tools = component.tools();
    assertEquals(60, tools.size());
    for (int i = 0; i < tools.size(); i++) {
      ToolHandler tool = tools.get(i);
      String prefix = i % 10 == 7 ? "later" : i % 10 == 3 ? "quick" : "tool";
      assertEquals(prefix + i, tool.name());
      String argument = prefix.equals("tool") ? "{\"X\": 1000}" : "{\"x\": 1000}";
      String text = TaskToolsTest.text(tool.call(TaskToolsTest.json(argument), new TestContext()).toCompletableFuture().get());
      assertEquals(String.valueOf(1000 + i), text, tool.name());
    }
  }

  @Test
  void onlyTheToolsDeclaredNonBlockingSaySo() {
    for (ToolHandler tool : component.tools()) {
      assertEquals(tool.name().startsWith("quick"), tool.nonBlocking(), tool.name());
    }
  }

  @Test
  void aDefaultAppliesToTheCapitalizedParameter() throws Exception {
    ToolHandler tool = TaskToolsTest.tool(component, "tool42");
    assertEquals("42", TaskToolsTest.text(tool.call(TaskToolsTest.json("{}"), new TestContext()).toCompletableFuture().get()));
  }
}
