package good.defaults;

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
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Listing}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Listing_McpFactory implements McpComponentFactory {
  private static final JsonNode DEFAULT_0 = Decode.json("20");

  private static final JsonNode DEFAULT_1 = Decode.json("[]");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Listing_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Listing.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Listing());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Listing.class));
  }

  /**
   * The {@code list_tasks} tool: {@link Listing#listTasks}.
   */
  private static ToolResult listTasksTool(Listing instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Optional<Listing.Priority> priority = Optional.ofNullable(Decode.<Listing.Priority>optionalProperty(args, "priority", problems, Listing_McpFactory::decodeListing_Priority));
    int limit = Decode.<Integer>propertyOrDefault(args, "limit", problems, Decode::intBox, Listing_McpFactory.DEFAULT_0);
    List<String> tags = Decode.<List<String>>propertyOrDefault(args, "tags", problems, (n1, p1) -> Decode.list(n1, p1, Decode::string), Listing_McpFactory.DEFAULT_1);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.listTasks(priority, limit, tags), Listing_McpFactory::writeListTasksToolResult);
  }

  private static void writeListTasksToolResult(JsonGenerator generator, List<String> value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Encode::string);
    generator.writeEndObject();
  }

  private static Listing.Priority decodeListing_Priority(JsonNode node, Problems problems) {
    String text = Decode.enumName(node, "LOW, NORMAL, HIGH", problems);
    if (text == null) {
      return null;
    }
    switch (text) {
      case "LOW":
        return Listing.Priority.LOW;
      case "NORMAL":
        return Listing.Priority.NORMAL;
      case "HIGH":
        return Listing.Priority.HIGH;
      default:
        Decode.notOneOf(node, "LOW, NORMAL, HIGH", problems);
        return null;
    }
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Listing_McpFactory.class, "good.defaults.Listing");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Listing instance) {
      this.tools = List.of(GeneratedTool.<Listing>of(Descriptors.FILE, "list_tasks", instance, Listing_McpFactory::listTasksTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Listing.class;
    }
  }
}
