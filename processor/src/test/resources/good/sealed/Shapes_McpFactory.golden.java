package good.sealed;

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
 * The generated MCP handlers of {@link Shapes}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Shapes_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Shapes.Shape> SHAPES_SHAPE_DECODER = Shapes_McpFactory::decodeShapes_Shape;

  private static final JsonWriter<Shapes.Shape> SHAPES_SHAPE_WRITER = Shapes_McpFactory::writeShapes_Shape;

  private static final Set<String> SHAPES_CIRCLE_PROPERTIES = Set.of("radius");

  private static final Set<String> SHAPES_SQUARE_PROPERTIES = Set.of("side");

  private static final Set<String> SHAPES_SHAPE_PROPERTIES_CIRCLE = Set.of("radius", "type");

  private static final Set<String> SHAPES_SHAPE_PROPERTIES_SQUARE = Set.of("side", "type");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Shapes_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Shapes.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Shapes());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Shapes.class));
  }

  /**
   * The descriptor file of {@link Shapes}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Shapes_McpFactory.class, "good.sealed.Shapes", "a3d7ade4");
  }

  /**
   * The handlers of {@link Shapes}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Shapes instance) {
    return GeneratedComponent.builder(Shapes.class)
        .tools(GeneratedTool.<Shapes>list(descriptors(), instance, Shapes_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Shapes instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // shape
        Shapes.Shape shape = Decode.<Shapes.Shape>property(args, "shape", problems, SHAPES_SHAPE_DECODER);
        problems.throwIfAny();
        return GeneratedTool.structured(instance.shape(shape), SHAPES_SHAPE_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static Shapes.Circle decodeShapes_Circle(JsonNode node, Problems problems) {
    if (!Decode.object(node, SHAPES_CIRCLE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double radius = Decode.doubleProperty(node, "radius", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Shapes.Circle(radius);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeShapes_Circle(JsonGenerator generator, Shapes.Circle value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("radius");
    generator.writeNumber(value.radius());
    generator.writeEndObject();
  }

  private static Shapes.Square decodeShapes_Square(JsonNode node, Problems problems) {
    if (!Decode.object(node, SHAPES_SQUARE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double side = Decode.doubleProperty(node, "side", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Shapes.Square(side);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeShapes_Square(JsonGenerator generator, Shapes.Square value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("side");
    generator.writeNumber(value.side());
    generator.writeEndObject();
  }

  private static Shapes.Shape decodeShapes_Shape(JsonNode node, Problems problems) {
    String tag = Decode.discriminator(node, "type", "Circle, square", problems);
    if (tag == null) {
      return null;
    }
    switch (tag) {
      case "Circle":
        return decodeShapes_Shape_Circle(node, problems);
      case "square":
        return decodeShapes_Shape_Square(node, problems);
      default:
        problems.enter("type");
        Decode.notOneOf(node.get("type"), "Circle, square", problems);
        problems.exit();
        return null;
    }
  }

  private static Shapes.Circle decodeShapes_Shape_Circle(JsonNode node, Problems problems) {
    if (!Decode.object(node, SHAPES_SHAPE_PROPERTIES_CIRCLE, problems)) {
      return null;
    }
    int count = problems.count();
    double radius = Decode.doubleProperty(node, "radius", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Shapes.Circle(radius);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static Shapes.Square decodeShapes_Shape_Square(JsonNode node, Problems problems) {
    if (!Decode.object(node, SHAPES_SHAPE_PROPERTIES_SQUARE, problems)) {
      return null;
    }
    int count = problems.count();
    double side = Decode.doubleProperty(node, "side", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Shapes.Square(side);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeShapes_Shape(JsonGenerator generator, Shapes.Shape value) throws
      IOException {
    if (value instanceof Shapes.Circle) {
      writeShapes_Shape_Circle(generator, (Shapes.Circle) value);
    } else if (value instanceof Shapes.Square) {
      writeShapes_Shape_Square(generator, (Shapes.Square) value);
    } else {
      throw new IllegalStateException("not a permitted subtype: " + value.getClass());
    }
  }

  private static void writeShapes_Shape_Circle(JsonGenerator generator, Shapes.Circle value) throws
      IOException {
    generator.writeStartObject();
    generator.writeStringField("type", "Circle");
    generator.writeFieldName("radius");
    generator.writeNumber(value.radius());
    generator.writeEndObject();
  }

  private static void writeShapes_Shape_Square(JsonGenerator generator, Shapes.Square value) throws
      IOException {
    generator.writeStartObject();
    generator.writeStringField("type", "square");
    generator.writeFieldName("side");
    generator.writeNumber(value.side());
    generator.writeEndObject();
  }
}
