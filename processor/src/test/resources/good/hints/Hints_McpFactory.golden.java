package good.hints;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.GeneratedComponent;
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
    return newComponent(new Hints());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Hints.class));
  }

  /**
   * The descriptor file of {@link Hints}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Hints_McpFactory.class, "good.hints.Hints", "803bacf7");
  }

  /**
   * The handlers of {@link Hints}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Hints instance) {
    List<ToolHandler> tools = GeneratedTool.<Hints>tools(descriptors(), instance)
        .answering(Hints_McpFactory::callTools)
        .nonBlocking("tasks.count")
        .list();
    return GeneratedComponent.builder(Hints.class)
        .tools(tools)
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Hints instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // add_task
        String title = Decode.stringProperty(args, "title", problems);
        problems.throwIfAny();
        return GeneratedTool.text(instance.addTask(title));
      }
      case 1: { // tasks.count
        problems.throwIfAny();
        return GeneratedTool.text(instance.count());
      }
      case 2: { // clear
        problems.throwIfAny();
        instance.clear();
        return GeneratedTool.empty();
      }
      case 3: { // greet
        String name = Decode.stringProperty(args, "name", problems);
        problems.throwIfAny();
        return GeneratedTool.text(Hints.greet(name));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }
}
