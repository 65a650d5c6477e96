package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Coverage-guided fuzzing of the TaskManager's generated decoders, through its tools on a scratch
 * SQLite database: any JSON as the arguments of any tool. A call runs, or is refused with
 * {@link InvalidArgumentsException} or a {@link ToolException} the user can act on, never with
 * internals; and the text the model reads stays one line per task, with no raw control or
 * bidirectional characters from a title.
 */
class TaskToolsFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TaskStore STORE;
  private static final List<ToolHandler> TOOLS;

  static {
    try {
      var dir = Files.createTempDirectory("taskmanager-fuzz");
      dir.toFile().deleteOnExit();
      STORE = TaskStore.open(dir.resolve("tasks.db").toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    TOOLS = TaskToolsTest.factory().create(new TaskTools(STORE)).tools();
  }

  @FuzzTest(maxDuration = "5m")
  void anyArgumentsToAnyTool(FuzzedDataProvider data) throws Exception {
    ToolHandler tool = TOOLS.get(data.consumeInt(0, TOOLS.size() - 1));
    String input = data.consumeRemainingAsString();
    JsonNode arguments;
    try {
      arguments = JSON.readTree(input);
    } catch (IOException e) {
      return; // not JSON: the request parser's part, fuzzed in the runtime
    }
    try {
      String said = TaskToolsTest.text(call(tool, arguments));
      assertSafeForModel(said);
      if (!tool.name().equals("show_tasks")) {
        assertFalse(said.contains("\n"), "one line: " + said);
      }
    } catch (InvalidArgumentsException e) {
      assertFalse(e.problems().isEmpty(), "refused without a reason");
      e.problems().forEach(p -> assertUserTerms(p, input));
    } catch (ToolException e) {
      assertUserTerms(e.getMessage(), input);
    }
    int tasks = STORE.list(TaskStore.LOCAL_OWNER).size();
    String list = TaskToolsTest.text(call(TOOLS.get(0), null));
    assertSafeForModel(list);
    int lines = list.split("\n", -1).length;
    assertEquals(tasks == 0 ? 1 : 1 + Math.min(tasks, TaskTools.MAX_LISTED_FOR_MODEL) + (tasks > TaskTools.MAX_LISTED_FOR_MODEL ? 1 : 0),
        lines, "a title made a line of its own: " + list);
  }

  /** What the user reads names no exception, class or package, unless the input itself did. */
  private static void assertUserTerms(String message, String input) {
    for (String internal : List.of("Exception", "java.", "dev.mcpapt", "jackson", "\tat ")) {
      assertTrue(!message.contains(internal) || input.contains(internal), "internals in: " + message);
    }
  }

  private static ToolResult call(ToolHandler tool, JsonNode arguments) throws Exception {
    try {
      return tool.call(arguments, new TaskToolsTest.TestContext()).toCompletableFuture().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** No control character but the list's own line breaks, no bidirectional control, no lone surrogate. */
  private static void assertSafeForModel(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
      boolean unsafe = Character.isISOControl(c) || bidi || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c);
      assertTrue(c == '\n' || !unsafe, "U+" + Integer.toHexString(c) + " reaches the model: " + text);
    }
  }
}
