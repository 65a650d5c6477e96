package good.async;

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
 * The generated MCP handlers of {@link Failing}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Failing_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Failing_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Failing.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Failing());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Failing.class));
  }

  /**
   * The descriptor file of {@link Failing}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Failing_McpFactory.class, "good.async.Failing", "b21375b1");
  }

  /**
   * The handlers of {@link Failing}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Failing instance) {
    List<ToolHandler> tools = GeneratedTool.<Failing>tools(descriptors(), instance)
        .answeringLater(Failing_McpFactory::callToolsLater, "fail")
        .list();
    return GeneratedComponent.builder(Failing.class)
        .tools(tools)
        .build();
  }

  /**
   * The tools that answer later, by their position in the descriptor file.
   */
  private static CompletionStage<ToolResult> callToolsLater(int tool, Failing instance,
      JsonNode args, Problems problems, McpContext context) throws Exception {
    switch (tool) {
      case 0: { // fail
        String message = Decode.stringProperty(args, "message", problems);
        problems.throwIfAny();
        return instance.fail(message).thenApply(result -> GeneratedTool.empty());
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }
}
