package good.defaults;

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
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Listing}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Listing_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Listing.Priority> LISTING_PRIORITY_DECODER = Listing_McpFactory::decodeListing_Priority;

  private static final JsonNode DEFAULT_0 = Decode.json("20");

  private static final JsonNode DEFAULT_1 = Decode.json("[]");

  private static final JsonWriter<List<String>> LIST_TASKS_TOOL_RESULT_WRITER = Listing_McpFactory::writeListTasksToolResult;

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
    return newComponent(new Listing());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Listing.class));
  }

  /**
   * The descriptor file of {@link Listing}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Listing_McpFactory.class, "good.defaults.Listing", "bea88e70");
  }

  /**
   * The handlers of {@link Listing}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Listing instance) {
    return GeneratedComponent.builder(Listing.class)
        .tools(GeneratedTool.<Listing>list(descriptors(), instance, Listing_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Listing instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // list_tasks
        Optional<Listing.Priority> priority = Optional.ofNullable(Decode.<Listing.Priority>optionalProperty(args, "priority", problems, LISTING_PRIORITY_DECODER));
        int limit = Decode.<Integer>propertyOrDefault(args, "limit", problems, Decoders.INT, DEFAULT_0);
        List<String> tags = Decode.<List<String>>propertyOrDefault(args, "tags", problems, (n1, p1) -> Decode.list(n1, p1, Decoders.STRING), DEFAULT_1);
        problems.throwIfAny();
        return GeneratedTool.structured(instance.listTasks(priority, limit, tags), LIST_TASKS_TOOL_RESULT_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static void writeListTasksToolResult(JsonGenerator generator, List<String> value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Encoders.STRING);
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
}
