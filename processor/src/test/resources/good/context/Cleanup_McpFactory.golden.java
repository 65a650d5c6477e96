package good.context;

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
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Cleanup}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Cleanup_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Cleanup_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Cleanup.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Cleanup());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Cleanup.class));
  }

  /**
   * The descriptor file of {@link Cleanup}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Cleanup_McpFactory.class, "good.context.Cleanup", "d738ce39");
  }

  /**
   * The handlers of {@link Cleanup}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Cleanup instance) {
    List<ToolHandler> tools = GeneratedTool.<Cleanup>tools(descriptors(), instance)
        .answering(Cleanup_McpFactory::callTools)
        .answeringLater(Cleanup_McpFactory::callToolsLater, "clear")
        .list();
    return GeneratedComponent.builder(Cleanup.class)
        .tools(tools)
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Cleanup instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 1: { // complete_task
        long taskId = Decode.longProperty(args, "taskId", problems);
        problems.throwIfAny();
        return GeneratedTool.text(instance.completeTask(taskId));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  /**
   * The tools that answer later, by their position in the descriptor file.
   */
  private static CompletionStage<ToolResult> callToolsLater(int tool, Cleanup instance,
      JsonNode args, Problems problems, McpContext context) throws Exception {
    switch (tool) {
      case 0: { // clear
        problems.throwIfAny();
        return instance.clear(context);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }
}
