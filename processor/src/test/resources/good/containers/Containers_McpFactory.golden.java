package good.containers;

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
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Containers}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Containers_McpFactory implements McpComponentFactory {
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
    return new Component(new Containers());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Containers.class));
  }

  /**
   * The {@code counts} tool: {@link Containers#counts}.
   */
  private static ToolResult countsTool(Containers instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Set<String> names = Decode.<Set<String>>property(args, "names", problems, (n1, p1) -> Decode.set(n1, p1, Decode::string));
    int[] numbers = Decode.<int[]>property(args, "numbers", problems, (n1, p1) -> Decode.intArray(n1, p1));
    String[] words = Decode.<String[]>property(args, "words", problems, (n1, p1) -> Decode.toArray(Decode.list(n1, p1, Decode::string), String[]::new));
    Map<String, List<Containers.Point>> groups = Decode.<Map<String, List<Containers.Point>>>property(args, "groups", problems, (n1, p1) -> Decode.map(n1, p1, (n2, p2) -> Decode.list(n2, p2, Containers_McpFactory::decodeContainers_Point)));
    problems.throwIfAny();
    return GeneratedTool.structured(instance.counts(names, numbers, words, groups), Containers_McpFactory::writeCountsToolResult);
  }

  /**
   * The {@code distinct} tool: {@link Containers#distinct}.
   */
  private static ToolResult distinctTool(Containers instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Set<Double> values = Decode.<Set<Double>>property(args, "values", problems, (n1, p1) -> Decode.set(n1, p1, Decode::doubleBox));
    problems.throwIfAny();
    return GeneratedTool.text(instance.distinct(values));
  }

  /**
   * The {@code echo} tool: {@link Containers#echo}.
   */
  private static ToolResult echoTool(Containers instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    List<String> words = Decode.<List<String>>property(args, "words", problems, (n1, p1) -> Decode.list(n1, p1, (n2, p2) -> Decode.isAbsentOrNull(n2) ? null : Decode.string(n2, p2)));
    problems.throwIfAny();
    return GeneratedTool.structured(instance.echo(words), Containers_McpFactory::writeEchoToolResult);
  }

  private static void writeCountsToolResult(JsonGenerator generator, Map<String, Integer> value)
      throws IOException {
    Encode.map(generator, value, Encode::integer);
  }

  private static void writeEchoToolResult(JsonGenerator generator, List<String> value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Encode::string);
    generator.writeEndObject();
  }

  private static Containers.Point decodeContainers_Point(JsonNode node, Problems problems) {
    if (!Decode.object(node, Containers_McpFactory.CONTAINERS_POINT_PROPERTIES, problems)) {
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

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Containers_McpFactory.class, "good.containers.Containers");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Containers instance) {
      this.tools = List.of(
          GeneratedTool.<Containers>of(Descriptors.FILE, "counts", instance, Containers_McpFactory::countsTool),
          GeneratedTool.<Containers>of(Descriptors.FILE, "distinct", instance, Containers_McpFactory::distinctTool),
          GeneratedTool.<Containers>of(Descriptors.FILE, "echo", instance, Containers_McpFactory::echoTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Containers.class;
    }
  }
}
