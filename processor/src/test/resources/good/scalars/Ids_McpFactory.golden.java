package good.scalars;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Ids}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Ids_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Ids_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Ids.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Ids());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Ids.class));
  }

  /**
   * The descriptor file of {@link Ids}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Ids_McpFactory.class, "good.scalars.Ids", "6a55d66a");
  }

  /**
   * The handlers of {@link Ids}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Ids instance) {
    return GeneratedComponent.builder(Ids.class)
        .tools(GeneratedTool.<Ids>list(descriptors(), instance, Ids_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Ids instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // ids
        UUID id = Decode.<UUID>property(args, "id", problems, Decoders.UUID);
        URI link = Decode.<URI>optionalProperty(args, "link", problems, Decoders.URI);
        BigDecimal amount = Decode.<BigDecimal>optionalProperty(args, "amount", problems, Decoders.BIG_DECIMAL);
        BigInteger big = Decode.<BigInteger>optionalProperty(args, "big", problems, Decoders.BIG_INTEGER);
        Character initial = Decode.<Character>optionalProperty(args, "initial", problems, Decoders.CHAR);
        Short small = Decode.<Short>optionalProperty(args, "small", problems, Decoders.SHORT);
        Byte tiny = Decode.<Byte>optionalProperty(args, "tiny", problems, Decoders.BYTE);
        Float ratio = Decode.<Float>optionalProperty(args, "ratio", problems, Decoders.FLOAT);
        Long boxed = Decode.<Long>optionalProperty(args, "boxed", problems, Decoders.LONG);
        problems.throwIfAny();
        return GeneratedTool.text(instance.ids(id, link, amount, big, initial, small, tiny, ratio, boxed));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }
}
