package dev.mcpapt.it;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link TaskTools}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class TaskTools_McpFactory implements McpComponentFactory {
  private static final Set<String> ADD_TASK_TOOL_ARGUMENTS = Set.of("priority", "tags", "title");

  private static final JsonNode DEFAULT_0 = Decode.json("[]");

  private static final Set<String> COMPLETE_TASK_TOOL_ARGUMENTS = Set.of("taskId");

  private static final Set<String> LIST_TASKS_TOOL_ARGUMENTS = Set.of("limit", "priority");

  private static final JsonNode DEFAULT_1 = Decode.json("20");

  private static final Set<String> FIND_TASK_TOOL_ARGUMENTS = Set.of("taskId");

  private static final Set<String> COUNT_TOOL_ARGUMENTS = Set.of();

  private static final Set<String> CLEAR_TOOL_ARGUMENTS = Set.of();

  private static final Set<String> GREET_TOOL_ARGUMENTS = Set.of("name");

  /**
   * Called by {@code ServiceLoader}.
   */
  public TaskTools_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return TaskTools.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new TaskTools());
  }

  @Override
  public McpComponent create(Object instance) {
    if (!(instance instanceof TaskTools)) {
      throw new IllegalArgumentException("expected a dev.mcpapt.it.TaskTools, got " + (instance == null ? null : instance.getClass().getName()));
    }
    return new Component((TaskTools) instance);
  }

  private static void writeListTasksToolResult(JsonGenerator generator,
      List<TaskTools.TaskView> value) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, TaskTools_McpFactory::writeTaskTools_TaskView);
    generator.writeEndObject();
  }

  private static TaskTools.Priority decodeTaskTools_Priority(JsonNode node, Problems problems) {
    String text = Decode.enumName(node, "LOW, NORMAL, HIGH", problems);
    if (text == null) {
      return null;
    }
    switch (text) {
      case "LOW":
        return TaskTools.Priority.LOW;
      case "NORMAL":
        return TaskTools.Priority.NORMAL;
      case "HIGH":
        return TaskTools.Priority.HIGH;
      default:
        Decode.notOneOf(node, "LOW, NORMAL, HIGH", problems);
        return null;
    }
  }

  private static void writeTaskTools_Priority(JsonGenerator generator, TaskTools.Priority value)
      throws IOException {
    generator.writeString(value.name());
  }

  private static void writeTaskTools_TaskView(JsonGenerator generator, TaskTools.TaskView value)
      throws IOException {
    generator.writeStartObject();
    generator.writeFieldName("id");
    generator.writeNumber(value.id());
    String title = value.title();
    if (title != null) {
      generator.writeFieldName("title");
      generator.writeString(title);
    }
    generator.writeFieldName("done");
    generator.writeBoolean(value.done());
    TaskTools.Priority priority = value.priority();
    if (priority != null) {
      generator.writeFieldName("priority");
      writeTaskTools_Priority(generator, priority);
    }
    List<String> tags = value.tags();
    if (tags != null) {
      generator.writeFieldName("tags");
      Encode.collection(generator, tags, Encode::string);
    }
    generator.writeEndObject();
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(TaskTools_McpFactory.class, "dev.mcpapt.it.TaskTools");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(TaskTools instance) {
      this.tools = List.of(new AddTaskTool(instance), new CompleteTaskTool(instance),
          new ListTasksTool(instance), new FindTaskTool(instance), new CountTool(instance),
          new ClearTool(instance), new GreetTool());
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return TaskTools.class;
    }
  }

  /**
   * The {@code add_task} tool: {@link TaskTools#addTask}.
   */
  private static final class AddTaskTool implements ToolHandler {
    private final ObjectNode descriptor;

    private final TaskTools instance;

    AddTaskTool(TaskTools instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.tool("add_task");
    }

    @Override
    public String name() {
      return "add_task";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      JsonNode args = Decode.arguments(arguments, TaskTools_McpFactory.ADD_TASK_TOOL_ARGUMENTS, problems);
      String title = Decode.property(args, "title", problems, Decode::string);
      Optional<TaskTools.Priority> priority = Optional.ofNullable(Decode.optionalProperty(args, "priority", problems, TaskTools_McpFactory::decodeTaskTools_Priority));
      List<String> tags = Decode.propertyOrDefault(args, "tags", problems, (n1, p1) -> Decode.list(n1, p1, Decode::string), TaskTools_McpFactory.DEFAULT_0);
      problems.throwIfAny();
      TaskTools.TaskView result = instance.addTask(title, priority, tags);
      return CompletableFuture.completedFuture(result == null
          ? ToolResult.error("The tool returned no value.")
          : ToolResult.structured(result, TaskTools_McpFactory::writeTaskTools_TaskView));
    }
  }

  /**
   * The {@code complete_task} tool: {@link TaskTools#completeTask}.
   */
  private static final class CompleteTaskTool implements ToolHandler {
    private final ObjectNode descriptor;

    private final TaskTools instance;

    CompleteTaskTool(TaskTools instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.tool("complete_task");
    }

    @Override
    public String name() {
      return "complete_task";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      JsonNode args = Decode.arguments(arguments, TaskTools_McpFactory.COMPLETE_TASK_TOOL_ARGUMENTS, problems);
      long taskId = Decode.longProperty(args, "taskId", problems);
      problems.throwIfAny();
      TaskTools.TaskView result = instance.completeTask(taskId);
      return CompletableFuture.completedFuture(result == null
          ? ToolResult.error("The tool returned no value.")
          : ToolResult.structured(result, TaskTools_McpFactory::writeTaskTools_TaskView));
    }
  }

  /**
   * The {@code list_tasks} tool: {@link TaskTools#listTasks}.
   */
  private static final class ListTasksTool implements ToolHandler {
    private final ObjectNode descriptor;

    private final TaskTools instance;

    ListTasksTool(TaskTools instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.tool("list_tasks");
    }

    @Override
    public String name() {
      return "list_tasks";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      JsonNode args = Decode.arguments(arguments, TaskTools_McpFactory.LIST_TASKS_TOOL_ARGUMENTS, problems);
      Optional<TaskTools.Priority> priority = Optional.ofNullable(Decode.optionalProperty(args, "priority", problems, TaskTools_McpFactory::decodeTaskTools_Priority));
      int limit = Decode.propertyOrDefault(args, "limit", problems, Decode::intBox, TaskTools_McpFactory.DEFAULT_1);
      problems.throwIfAny();
      List<TaskTools.TaskView> result = instance.listTasks(priority, limit);
      return CompletableFuture.completedFuture(result == null
          ? ToolResult.error("The tool returned no value.")
          : ToolResult.structured(result, TaskTools_McpFactory::writeListTasksToolResult));
    }
  }

  /**
   * The {@code find_task} tool: {@link TaskTools#findTask}.
   */
  private static final class FindTaskTool implements ToolHandler {
    private final ObjectNode descriptor;

    private final TaskTools instance;

    FindTaskTool(TaskTools instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.tool("find_task");
    }

    @Override
    public String name() {
      return "find_task";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      JsonNode args = Decode.arguments(arguments, TaskTools_McpFactory.FIND_TASK_TOOL_ARGUMENTS, problems);
      long taskId = Decode.longProperty(args, "taskId", problems);
      problems.throwIfAny();
      TaskTools.TaskView result = instance.findTask(taskId);
      return CompletableFuture.completedFuture(result == null
          ? ToolResult.error("The tool returned no value.")
          : ToolResult.structured(result, TaskTools_McpFactory::writeTaskTools_TaskView));
    }
  }

  /**
   * The {@code tasks.count} tool: {@link TaskTools#count}.
   */
  private static final class CountTool implements ToolHandler {
    private final ObjectNode descriptor;

    private final TaskTools instance;

    CountTool(TaskTools instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.tool("tasks.count");
    }

    @Override
    public String name() {
      return "tasks.count";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      Decode.arguments(arguments, TaskTools_McpFactory.COUNT_TOOL_ARGUMENTS, problems);
      problems.throwIfAny();
      int result = instance.count();
      return CompletableFuture.completedFuture(ToolResult.text(String.valueOf(result)));
    }
  }

  /**
   * The {@code clear} tool: {@link TaskTools#clear}.
   */
  private static final class ClearTool implements ToolHandler {
    private final ObjectNode descriptor;

    private final TaskTools instance;

    ClearTool(TaskTools instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.tool("clear");
    }

    @Override
    public String name() {
      return "clear";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      Decode.arguments(arguments, TaskTools_McpFactory.CLEAR_TOOL_ARGUMENTS, problems);
      problems.throwIfAny();
      return instance.clear(context).thenApply(result -> result);
    }
  }

  /**
   * The {@code greet} tool: {@link TaskTools#greet}.
   */
  private static final class GreetTool implements ToolHandler {
    private final ObjectNode descriptor;

    GreetTool() {
      this.descriptor = Descriptors.FILE.tool("greet");
    }

    @Override
    public String name() {
      return "greet";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws
        Exception {
      Problems problems = new Problems();
      JsonNode args = Decode.arguments(arguments, TaskTools_McpFactory.GREET_TOOL_ARGUMENTS, problems);
      String name = Decode.property(args, "name", problems, Decode::string);
      problems.throwIfAny();
      String result = TaskTools.greet(name);
      return CompletableFuture.completedFuture(ToolResult.text(String.valueOf(result)));
    }
  }
}
