package good.context;

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
    return new Component(new Cleanup());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Cleanup.class));
  }

  /**
   * The {@code clear} tool: {@link Cleanup#clear}.
   */
  private static CompletionStage<ToolResult> clearTool(Cleanup instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    problems.throwIfAny();
    return instance.clear(context);
  }

  /**
   * The {@code complete_task} tool: {@link Cleanup#completeTask}.
   */
  private static ToolResult completeTaskTool(Cleanup instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    long taskId = Decode.longProperty(args, "taskId", problems);
    problems.throwIfAny();
    return GeneratedTool.text(instance.completeTask(taskId));
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Cleanup_McpFactory.class, "good.context.Cleanup");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Cleanup instance) {
      this.tools = List.of(
          GeneratedTool.<Cleanup>async(Descriptors.FILE, "clear", instance, Cleanup_McpFactory::clearTool),
          GeneratedTool.<Cleanup>of(Descriptors.FILE, "complete_task", instance, Cleanup_McpFactory::completeTaskTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Cleanup.class;
    }
  }
}
