package dev.mcpapt.it;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link TaskTools}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class TaskTools_McpFactory implements McpComponentFactory {
  private static final JsonNode DEFAULT_0 = Decode.json("[]");

  private static final JsonNode DEFAULT_1 = Decode.json("20");

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
    return new Component(cast(instance, TaskTools.class));
  }

  /**
   * The {@code add_task} tool: {@link TaskTools#addTask}.
   */
  private static ToolResult addTaskTool(TaskTools instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    String title = Decode.stringProperty(args, "title", problems);
    Optional<TaskTools.Priority> priority = Optional.ofNullable(Decode.<TaskTools.Priority>optionalProperty(args, "priority", problems, TaskTools_McpFactory::decodeTaskTools_Priority));
    List<String> tags = Decode.<List<String>>propertyOrDefault(args, "tags", problems, (n1, p1) -> Decode.list(n1, p1, Decode::string), TaskTools_McpFactory.DEFAULT_0);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.addTask(title, priority, tags), TaskTools_McpFactory::writeTaskTools_TaskView);
  }

  /**
   * The {@code complete_task} tool: {@link TaskTools#completeTask}.
   */
  private static ToolResult completeTaskTool(TaskTools instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    long taskId = Decode.longProperty(args, "taskId", problems);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.completeTask(taskId), TaskTools_McpFactory::writeTaskTools_TaskView);
  }

  /**
   * The {@code list_tasks} tool: {@link TaskTools#listTasks}.
   */
  private static ToolResult listTasksTool(TaskTools instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Optional<TaskTools.Priority> priority = Optional.ofNullable(Decode.<TaskTools.Priority>optionalProperty(args, "priority", problems, TaskTools_McpFactory::decodeTaskTools_Priority));
    int limit = Decode.<Integer>propertyOrDefault(args, "limit", problems, Decode::intBox, TaskTools_McpFactory.DEFAULT_1);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.listTasks(priority, limit), TaskTools_McpFactory::writeListTasksToolResult);
  }

  /**
   * The {@code find_task} tool: {@link TaskTools#findTask}.
   */
  private static ToolResult findTaskTool(TaskTools instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    long taskId = Decode.longProperty(args, "taskId", problems);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.findTask(taskId), TaskTools_McpFactory::writeTaskTools_TaskView);
  }

  /**
   * The {@code tasks.count} tool: {@link TaskTools#count}.
   */
  private static ToolResult countTool(TaskTools instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    problems.throwIfAny();
    return GeneratedTool.text(instance.count());
  }

  /**
   * The {@code clear} tool: {@link TaskTools#clear}.
   */
  private static CompletionStage<ToolResult> clearTool(TaskTools instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    problems.throwIfAny();
    return instance.clear(context);
  }

  /**
   * The {@code greet} tool: {@link TaskTools#greet}.
   */
  private static ToolResult greetTool(TaskTools instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    String name = Decode.stringProperty(args, "name", problems);
    problems.throwIfAny();
    return GeneratedTool.text(TaskTools.greet(name));
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
      this.tools = List.of(
          GeneratedTool.<TaskTools>of(Descriptors.FILE, "add_task", instance, TaskTools_McpFactory::addTaskTool),
          GeneratedTool.<TaskTools>of(Descriptors.FILE, "complete_task", instance, TaskTools_McpFactory::completeTaskTool),
          GeneratedTool.<TaskTools>of(Descriptors.FILE, "list_tasks", instance, TaskTools_McpFactory::listTasksTool),
          GeneratedTool.<TaskTools>of(Descriptors.FILE, "find_task", instance, TaskTools_McpFactory::findTaskTool),
          GeneratedTool.nonBlocking(GeneratedTool.<TaskTools>of(Descriptors.FILE, "tasks.count", instance, TaskTools_McpFactory::countTool)),
          GeneratedTool.<TaskTools>async(Descriptors.FILE, "clear", instance, TaskTools_McpFactory::clearTool),
          GeneratedTool.<TaskTools>of(Descriptors.FILE, "greet", instance, TaskTools_McpFactory::greetTool));
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
}
