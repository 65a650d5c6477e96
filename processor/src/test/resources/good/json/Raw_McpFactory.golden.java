package good.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.Decoders;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
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
    return newComponent(new Raw());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Raw.class));
  }

  /**
   * The descriptor file of {@link Raw}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Raw_McpFactory.class, "good.json.Raw", "873c57a2");
  }

  /**
   * The handlers of {@link Raw}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Raw instance) {
    return GeneratedComponent.builder(Raw.class)
        .tools(GeneratedTool.<Raw>list(descriptors(), instance, Raw_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Raw instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // raw
        JsonNode data = Decode.<JsonNode>property(args, "data", problems, Decoders.ANY);
        problems.throwIfAny();
        return GeneratedTool.text(instance.raw(data));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }
}
