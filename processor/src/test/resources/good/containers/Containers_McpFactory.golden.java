package good.containers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.Decoders;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.Encoders;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.JsonWriter;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ValueDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Containers}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Containers_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Containers.Point> CONTAINERS_POINT_DECODER = Containers_McpFactory::decodeContainers_Point;

  private static final JsonWriter<Map<String, Integer>> COUNTS_TOOL_RESULT_WRITER = Containers_McpFactory::writeCountsToolResult;

  private static final JsonWriter<List<String>> ECHO_TOOL_RESULT_WRITER = Containers_McpFactory::writeEchoToolResult;

  private static final Set<String> CONTAINERS_POINT_PROPERTIES = Set.of("x", "y");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Containers_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Containers.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Containers());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Containers.class));
  }

  /**
   * The descriptor file of {@link Containers}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Containers_McpFactory.class, "good.containers.Containers", "fe1791dc");
  }

  /**
   * The handlers of {@link Containers}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Containers instance) {
    return GeneratedComponent.builder(Containers.class)
        .tools(GeneratedTool.<Containers>list(descriptors(), instance, Containers_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Containers instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    switch (tool) {
      case 0: { // counts
        Set<String> names = Decode.<Set<String>>property(args, "names", problems, (n1, p1) -> Decode.set(n1, p1, Decoders.STRING));
        int[] numbers = Decode.<int[]>property(args, "numbers", problems, (n1, p1) -> Decode.intArray(n1, p1));
        String[] words = Decode.<String[]>property(args, "words", problems, (n1, p1) -> Decode.toArray(Decode.list(n1, p1, Decoders.STRING), String[]::new));
        Map<String, List<Containers.Point>> groups = Decode.<Map<String, List<Containers.Point>>>property(args, "groups", problems, (n1, p1) -> Decode.map(n1, p1, (n2, p2) -> Decode.list(n2, p2, CONTAINERS_POINT_DECODER)));
        problems.throwIfAny();
        return GeneratedTool.structured(instance.counts(names, numbers, words, groups), COUNTS_TOOL_RESULT_WRITER);
      }
      case 1: { // distinct
        Set<Double> values = Decode.<Set<Double>>property(args, "values", problems, (n1, p1) -> Decode.set(n1, p1, Decoders.DOUBLE));
        problems.throwIfAny();
        return GeneratedTool.text(instance.distinct(values));
      }
      case 2: { // echo
        List<String> words = Decode.<List<String>>property(args, "words", problems, (n1, p1) -> Decode.list(n1, p1, (n2, p2) -> Decode.isAbsentOrNull(n2) ? null : Decode.string(n2, p2)));
        problems.throwIfAny();
        return GeneratedTool.structured(instance.echo(words), ECHO_TOOL_RESULT_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static void writeCountsToolResult(JsonGenerator generator, Map<String, Integer> value)
      throws IOException {
    Encode.map(generator, value, Encoders.INT);
  }

  private static void writeEchoToolResult(JsonGenerator generator, List<String> value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Encoders.STRING);
    generator.writeEndObject();
  }

  private static Containers.Point decodeContainers_Point(JsonNode node, Problems problems) {
    if (!Decode.object(node, CONTAINERS_POINT_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    int x = Decode.intProperty(node, "x", problems);
    int y = Decode.intProperty(node, "y", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Containers.Point(x, y);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }
}
