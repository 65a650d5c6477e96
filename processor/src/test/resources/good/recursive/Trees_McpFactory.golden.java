package good.recursive;

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
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Trees}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Trees_McpFactory implements McpComponentFactory {
  private static final ValueDecoder<Trees.Node> TREES_NODE_DECODER = Trees_McpFactory::decodeTrees_Node;

  private static final JsonWriter<Trees.Node> TREES_NODE_WRITER = Trees_McpFactory::writeTrees_Node;

  private static final Set<String> TREES_NODE_PROPERTIES = Set.of("children", "name");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Trees_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Trees.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Trees());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Trees.class));
  }

  /**
   * The descriptor file of {@link Trees}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Trees_McpFactory.class, "good.recursive.Trees", "289465b6");
  }

  /**
   * The handlers of {@link Trees}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Trees instance) {
    return GeneratedComponent.builder(Trees.class)
        .tools(GeneratedTool.<Trees>list(descriptors(), instance, Trees_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Trees instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // tree
        Trees.Node root = Decode.<Trees.Node>property(args, "root", problems, TREES_NODE_DECODER);
        problems.throwIfAny();
        return GeneratedTool.structured(instance.tree(root), TREES_NODE_WRITER);
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static Trees.Node decodeTrees_Node(JsonNode node, Problems problems) {
    if (!Decode.object(node, TREES_NODE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    String name = Decode.stringProperty(node, "name", problems);
    List<Trees.Node> children = Decode.<Trees.Node>listProperty(node, "children", problems, TREES_NODE_DECODER);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Trees.Node(name, children);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeTrees_Node(JsonGenerator generator, Trees.Node value) throws
      IOException {
    generator.writeStartObject();
    String name = value.name();
    if (name != null) {
      generator.writeFieldName("name");
      generator.writeString(name);
    }
    List<Trees.Node> children = value.children();
    if (children != null) {
      generator.writeFieldName("children");
      Encode.collection(generator, children, TREES_NODE_WRITER);
    }
    generator.writeEndObject();
  }
}
