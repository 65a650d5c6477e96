package good.records;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Lines}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Lines_McpFactory implements McpComponentFactory {
  private static final Set<String> LINES_POINT_PROPERTIES = Set.of("x", "y");

  private static final Set<String> LINES_LINE_PROPERTIES = Set.of("from", "to");

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
    return new Component(new Lines());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Lines.class));
  }

  /**
   * The {@code draw} tool: {@link Lines#draw}.
   */
  private static ToolResult drawTool(Lines instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Lines.Line line = Decode.<Lines.Line>property(args, "line", problems, Lines_McpFactory::decodeLines_Line);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.draw(line), Lines_McpFactory::writeLines_Line);
  }

  private static Lines.Point decodeLines_Point(JsonNode node, Problems problems) {
    if (!Decode.object(node, Lines_McpFactory.LINES_POINT_PROPERTIES, problems)) {
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
    if (!Decode.object(node, Lines_McpFactory.LINES_LINE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    Lines.Point from = Decode.<Lines.Point>property(node, "from", problems, Lines_McpFactory::decodeLines_Point);
    Lines.Point to = Decode.<Lines.Point>property(node, "to", problems, Lines_McpFactory::decodeLines_Point);
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

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Lines_McpFactory.class, "good.records.Lines");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Lines instance) {
      this.tools = List.of(GeneratedTool.<Lines>of(Descriptors.FILE, "draw", instance, Lines_McpFactory::drawTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Lines.class;
    }
  }
}
