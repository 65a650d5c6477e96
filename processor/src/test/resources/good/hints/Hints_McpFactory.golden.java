package good.hints;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Hints}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Hints_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Hints_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Hints.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Hints());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Hints.class));
  }

  /**
   * The {@code add_task} tool: {@link Hints#addTask}.
   */
  private static ToolResult addTaskTool(Hints instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    String title = Decode.stringProperty(args, "title", problems);
    problems.throwIfAny();
    return GeneratedTool.text(instance.addTask(title));
  }

  /**
   * The {@code tasks.count} tool: {@link Hints#count}.
   */
  private static ToolResult countTool(Hints instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    problems.throwIfAny();
    return GeneratedTool.text(instance.count());
  }

  /**
   * The {@code clear} tool: {@link Hints#clear}.
   */
  private static ToolResult clearTool(Hints instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    problems.throwIfAny();
    instance.clear();
    return GeneratedTool.empty();
  }

  /**
   * The {@code greet} tool: {@link Hints#greet}.
   */
  private static ToolResult greetTool(Hints instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    String name = Decode.stringProperty(args, "name", problems);
    problems.throwIfAny();
    return GeneratedTool.text(Hints.greet(name));
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Hints_McpFactory.class, "good.hints.Hints");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Hints instance) {
      this.tools = List.of(
          GeneratedTool.<Hints>of(Descriptors.FILE, "add_task", instance, Hints_McpFactory::addTaskTool),
          GeneratedTool.nonBlocking(GeneratedTool.<Hints>of(Descriptors.FILE, "tasks.count", instance, Hints_McpFactory::countTool)),
          GeneratedTool.<Hints>of(Descriptors.FILE, "clear", instance, Hints_McpFactory::clearTool),
          GeneratedTool.<Hints>of(Descriptors.FILE, "greet", instance, Hints_McpFactory::greetTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Hints.class;
    }
  }
}
