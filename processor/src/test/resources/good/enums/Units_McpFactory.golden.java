package good.enums;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.JsonWriter;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ValueDecoder;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Units}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Units_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Units.Unit> UNITS_UNIT_DECODER = Units_McpFactory::decodeUnits_Unit;

  private static final JsonNode DEFAULT_0 = Decode.json("\"metric\"");

  private static final JsonWriter<Units.Unit> UNITS_UNIT_WRITER = Units_McpFactory::writeUnits_Unit;

  private static final JsonWriter<List<Units.Unit>> UNITS_TOOL_RESULT_WRITER = Units_McpFactory::writeUnitsToolResult;

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
    return newComponent(new Units());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Units.class));
  }

  /**
   * The descriptor file of {@link Units}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Units_McpFactory.class, "good.enums.Units", "14476594");
  }

  /**
   * The handlers of {@link Units}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Units instance) {
    return GeneratedComponent.builder(Units.class)
        .tools(GeneratedTool.<Units>list(descriptors(), instance, Units_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Units instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // preferred
        problems.throwIfAny();
        Units.Unit result = instance.preferred();
        return ToolResult.text(result == null ? "null" : textOfUnits_Unit(result));
      }
      case 1: { // units
        Units.Unit unit = Decode.<Units.Unit>property(args, "unit", problems, UNITS_UNIT_DECODER);
        Units.Unit fallback = Decode.<Units.Unit>propertyOrDefault(args, "fallback", problems, UNITS_UNIT_DECODER, DEFAULT_0);
        problems.throwIfAny();
        return GeneratedTool.structured(instance.units(unit, fallback), UNITS_TOOL_RESULT_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
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
    Encode.collection(generator, value, UNITS_UNIT_WRITER);
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
}
