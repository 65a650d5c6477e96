package good.async;

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
    return new Component(new Failing());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Failing.class));
  }

  /**
   * The {@code fail} tool: {@link Failing#fail}.
   */
  private static CompletionStage<ToolResult> failTool(Failing instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    String message = Decode.stringProperty(args, "message", problems);
    problems.throwIfAny();
    return instance.fail(message).thenApply(result -> GeneratedTool.empty());
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Failing_McpFactory.class, "good.async.Failing");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Failing instance) {
      this.tools = List.of(GeneratedTool.<Failing>async(Descriptors.FILE, "fail", instance, Failing_McpFactory::failTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Failing.class;
    }
  }
}
