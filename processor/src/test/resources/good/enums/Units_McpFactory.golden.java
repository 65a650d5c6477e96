package good.enums;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Units}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Units_McpFactory implements McpComponentFactory {
  private static final JsonNode DEFAULT_0 = Decode.json("\"metric\"");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Units_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Units.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Units());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Units.class));
  }

  /**
   * The {@code preferred} tool: {@link Units#preferred}.
   */
  private static ToolResult preferredTool(Units instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    problems.throwIfAny();
    Units.Unit result = instance.preferred();
    return ToolResult.text(result == null ? "null" : textOfUnits_Unit(result));
  }

  /**
   * The {@code units} tool: {@link Units#units}.
   */
  private static ToolResult unitsTool(Units instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Units.Unit unit = Decode.<Units.Unit>property(args, "unit", problems, Units_McpFactory::decodeUnits_Unit);
    Units.Unit fallback = Decode.<Units.Unit>propertyOrDefault(args, "fallback", problems, Units_McpFactory::decodeUnits_Unit, Units_McpFactory.DEFAULT_0);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.units(unit, fallback), Units_McpFactory::writeUnitsToolResult);
  }

  private static String textOfUnits_Unit(Units.Unit value) {
    switch (value) {
      case METRIC:
        return "metric";
      case IMPERIAL:
        return "imperial";
      default:
        throw new IllegalStateException(value.name());
    }
  }

  private static void writeUnitsToolResult(JsonGenerator generator, List<Units.Unit> value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Units_McpFactory::writeUnits_Unit);
    generator.writeEndObject();
  }

  private static Units.Unit decodeUnits_Unit(JsonNode node, Problems problems) {
    String text = Decode.enumName(node, "metric, imperial", problems);
    if (text == null) {
      return null;
    }
    switch (text) {
      case "metric":
        return Units.Unit.METRIC;
      case "imperial":
        return Units.Unit.IMPERIAL;
      default:
        Decode.notOneOf(node, "metric, imperial", problems);
        return null;
    }
  }

  private static void writeUnits_Unit(JsonGenerator generator, Units.Unit value) throws
      IOException {
    switch (value) {
      case METRIC:
        generator.writeString("metric");
        break;
      case IMPERIAL:
        generator.writeString("imperial");
        break;
      default:
        throw new IllegalStateException(value.name());
    }
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Units_McpFactory.class, "good.enums.Units");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Units instance) {
      this.tools = List.of(
          GeneratedTool.<Units>of(Descriptors.FILE, "preferred", instance, Units_McpFactory::preferredTool),
          GeneratedTool.<Units>of(Descriptors.FILE, "units", instance, Units_McpFactory::unitsTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Units.class;
    }
  }
}
