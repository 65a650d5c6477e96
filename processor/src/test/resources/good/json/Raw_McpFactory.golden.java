package good.json;

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
 * The generated MCP handlers of {@link Raw}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Raw_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Raw_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Raw.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Raw());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Raw.class));
  }

  /**
   * The {@code raw} tool: {@link Raw#raw}.
   */
  private static ToolResult rawTool(Raw instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    JsonNode data = Decode.<JsonNode>property(args, "data", problems, Decode::any);
    problems.throwIfAny();
    return GeneratedTool.text(instance.raw(data));
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Raw_McpFactory.class, "good.json.Raw");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Raw instance) {
      this.tools = List.of(GeneratedTool.<Raw>of(Descriptors.FILE, "raw", instance, Raw_McpFactory::rawTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Raw.class;
    }
  }
}
