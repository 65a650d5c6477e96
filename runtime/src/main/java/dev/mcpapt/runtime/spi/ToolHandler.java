package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import java.util.concurrent.CompletionStage;

/** One generated tool: its descriptor, and the code that validates arguments and calls the method. */
public interface ToolHandler {
  /** The tool name, as in {@link #descriptor()}. */
  String name();

  /**
   * The {@code tools/list} entry generated for this tool (name, title, description, inputSchema,
   * outputSchema, annotations, _meta), as written to {@code META-INF/mcp/<class>.json}. Shared
   * and never modified.
   */
  ObjectNode descriptor();

  /**
   * Decodes and validates {@code arguments} (an object, possibly empty), calls the method and
   * wraps what it returns.
   *
   * @throws InvalidArgumentsException if the arguments break the input schema; every problem is
   *     listed with its path
   * @throws Exception whatever the method throws; the runtime turns it into a tool error
   */
  CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception;

  /** Whether the tool may run as a task: its descriptor's {@code execution.taskSupport}. */
  default TaskSupport taskSupport() {
    return TaskSupport.ofWireName(descriptor().path("execution").path("taskSupport").asText(""));
  }

  /**
   * Whether the method declared that it never blocks ({@code @Tool(nonBlocking = true)}): the
   * runtime may run it on the thread that read the request.
   */
  default boolean nonBlocking() {
    return false;
  }

  /** Whether the method starts its task itself ({@code @Tool(taskStartedByMethod = true)}). */
  default boolean taskStartedByMethod() {
    return false;
  }
}
