package good.records;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.JsonWriter;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ValueDecoder;
import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Lines}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Lines_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Lines.Line> LINES_LINE_DECODER = Lines_McpFactory::decodeLines_Line;

  private static final JsonWriter<Lines.Line> LINES_LINE_WRITER = Lines_McpFactory::writeLines_Line;

  private static final Set<String> LINES_POINT_PROPERTIES = Set.of("x", "y");

  private static final Set<String> LINES_LINE_PROPERTIES = Set.of("from", "to");

  private static final ValueDecoder<Lines.Point> LINES_POINT_DECODER = Lines_McpFactory::decodeLines_Point;

  /**
   * Called by {@code ServiceLoader}.
   */
  public Lines_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Lines.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Lines());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Lines.class));
  }

  /**
   * The descriptor file of {@link Lines}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Lines_McpFactory.class, "good.records.Lines", "22f88b12");
  }

  /**
   * The handlers of {@link Lines}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Lines instance) {
    return GeneratedComponent.builder(Lines.class)
        .tools(GeneratedTool.<Lines>list(descriptors(), instance, Lines_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Lines instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // draw
        Lines.Line line = Decode.<Lines.Line>property(args, "line", problems, LINES_LINE_DECODER);
        problems.throwIfAny();
        return GeneratedTool.structured(instance.draw(line), LINES_LINE_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static Lines.Point decodeLines_Point(JsonNode node, Problems problems) {
    if (!Decode.object(node, LINES_POINT_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    int x = Decode.intProperty(node, "x", problems);
    int y = Decode.intProperty(node, "y", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Lines.Point(x, y);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeLines_Point(JsonGenerator generator, Lines.Point value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("x");
    generator.writeNumber(value.x());
    generator.writeFieldName("y");
    generator.writeNumber(value.y());
    generator.writeEndObject();
  }

  private static Lines.Line decodeLines_Line(JsonNode node, Problems problems) {
    if (!Decode.object(node, LINES_LINE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    Lines.Point from = Decode.<Lines.Point>property(node, "from", problems, LINES_POINT_DECODER);
    Lines.Point to = Decode.<Lines.Point>property(node, "to", problems, LINES_POINT_DECODER);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Lines.Line(from, to);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeLines_Line(JsonGenerator generator, Lines.Line value) throws
      IOException {
    generator.writeStartObject();
    Lines.Point from = value.from();
    if (from != null) {
      generator.writeFieldName("from");
      writeLines_Point(generator, from);
    }
    Lines.Point to = value.to();
    if (to != null) {
      generator.writeFieldName("to");
      writeLines_Point(generator, to);
    }
    generator.writeEndObject();
  }
}
