package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP Inspector's command-line mode ({@code @modelcontextprotocol/inspector --cli}), the
 * quickest check a newcomer runs, starting the TaskManager over stdio as the README shows and
 * listing and calling its tools. Each run starts a fresh server on the same database, so the last
 * call also shows that what an earlier one added was kept.
 */
class InspectorCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theInspectorListsAndCallsTheTools() throws Exception {
    JsonNode list = inspect(0, "--method", "tools/list");
    List<String> names = new ArrayList<>();
    list.path("tools").forEach(t -> names.add(t.path("name").asText()));
    assertTrue(
        names.containsAll(List.of("show_tasks", "add_task", "complete_task", "delete_task", "rename_task", "clear_completed")),
        names.toString());
    JsonNode add = list.path("tools").path(names.indexOf("add_task"));
    assertEquals("Add a task", add.path("title").asText(), add.toString());
    assertEquals("string", add.path("inputSchema").path("properties").path("title").path("type").asText(), add.toString());

    JsonNode added = inspect(0, "--method", "tools/call", "--tool-name", "add_task", "--tool-arg", "title=Water the plants");
    assertFalse(added.path("isError").asBoolean(), added.toString());
    String text = added.path("content").path(0).path("text").asText();
    assertTrue(text.startsWith("Added task 1: ") && text.contains("Water the plants"), text);
    assertEquals("Water the plants", added.path("structuredContent").path("title").asText(), added.toString());

    // The CLI exits 5 when the tool answers isError, and still prints the result.
    JsonNode refused = inspect(5, "--method", "tools/call", "--tool-name", "complete_task", "--tool-arg", "task_id=99");
    assertTrue(refused.path("isError").asBoolean(), refused.toString());
    assertTrue(refused.path("content").path(0).path("text").asText().startsWith("There is no task 99;"), refused.toString());

    JsonNode shown = inspect(0, "--method", "tools/call", "--tool-name", "show_tasks");
    assertFalse(shown.path("isError").asBoolean(), shown.toString());
    assertTrue(shown.toString().contains("Water the plants"), shown.toString());
  }

  /**
   * Runs the Inspector's CLI with {@code options}, the TaskManager over stdio after {@code --} as
   * its target, checks that it exits with {@code exitCode}, and returns the JSON it prints.
   */
  private JsonNode inspect(int exitCode, String... options) throws Exception {
    Path inspector = TaskManagerProcess.root().resolve("runtime/src/test/node/node_modules/@modelcontextprotocol/inspector");
    assertTrue(Files.isDirectory(inspector), "run `npm ci` in runtime/src/test/node first (.ci/setup.sh does)");
    String launcher = JSON.readTree(inspector.resolve("package.json").toFile()).path("bin").path("mcp-inspector").asText();
    List<String> command = new ArrayList<>(List.of(TaskManagerProcess.node(), inspector.resolve(launcher).toString(), "--cli"));
    command.addAll(List.of(options));
    command.add("--");
    command.addAll(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", TaskManagerProcess.applicationClassPath(),
        TaskManagerMain.class.getName(),
        "--stdio", "--db", dir.resolve("tasks.db").toString()));
    Path err = dir.resolve("inspector.log");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the Inspector did not finish");
    assertEquals(exitCode, p.exitValue(), () -> "Inspector exited " + p.exitValue() + "\n" + out + "\n" + read(err));
    // On a tool error the result is followed by an error summary on its own line.
    return JSON.readerFor(JsonNode.class).<JsonNode>readValues(out).next();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
