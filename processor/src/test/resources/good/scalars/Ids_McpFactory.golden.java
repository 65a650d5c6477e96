package good.scalars;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
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
    return new Component(new Ids());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Ids.class));
  }

  /**
   * The {@code ids} tool: {@link Ids#ids}.
   */
  private static ToolResult idsTool(Ids instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    UUID id = Decode.<UUID>property(args, "id", problems, Decode::uuid);
    URI link = Decode.<URI>optionalProperty(args, "link", problems, Decode::uri);
    BigDecimal amount = Decode.<BigDecimal>optionalProperty(args, "amount", problems, Decode::bigDecimal);
    BigInteger big = Decode.<BigInteger>optionalProperty(args, "big", problems, Decode::bigInteger);
    Character initial = Decode.<Character>optionalProperty(args, "initial", problems, Decode::charBox);
    Short small = Decode.<Short>optionalProperty(args, "small", problems, Decode::shortBox);
    Byte tiny = Decode.<Byte>optionalProperty(args, "tiny", problems, Decode::byteBox);
    Float ratio = Decode.<Float>optionalProperty(args, "ratio", problems, Decode::floatBox);
    Long boxed = Decode.<Long>optionalProperty(args, "boxed", problems, Decode::longBox);
    problems.throwIfAny();
    return GeneratedTool.text(instance.ids(id, link, amount, big, initial, small, tiny, ratio, boxed));
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Ids_McpFactory.class, "good.scalars.Ids");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Ids instance) {
      this.tools = List.of(GeneratedTool.<Ids>of(Descriptors.FILE, "ids", instance, Ids_McpFactory::idsTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Ids.class;
    }
  }
}
