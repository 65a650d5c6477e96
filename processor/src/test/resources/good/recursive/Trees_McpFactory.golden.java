package good.recursive;

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
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Trees}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Trees_McpFactory implements McpComponentFactory {
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
    return new Component(new Trees());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Trees.class));
  }

  /**
   * The {@code tree} tool: {@link Trees#tree}.
   */
  private static ToolResult treeTool(Trees instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Trees.Node root = Decode.<Trees.Node>property(args, "root", problems, Trees_McpFactory::decodeTrees_Node);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.tree(root), Trees_McpFactory::writeTrees_Node);
  }

  private static Trees.Node decodeTrees_Node(JsonNode node, Problems problems) {
    if (!Decode.object(node, Trees_McpFactory.TREES_NODE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    String name = Decode.stringProperty(node, "name", problems);
    List<Trees.Node> children = Decode.<Trees.Node>listProperty(node, "children", problems, Trees_McpFactory::decodeTrees_Node);
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
      Encode.collection(generator, children, Trees_McpFactory::writeTrees_Node);
    }
    generator.writeEndObject();
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Trees_McpFactory.class, "good.recursive.Trees");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Trees instance) {
      this.tools = List.of(GeneratedTool.<Trees>of(Descriptors.FILE, "tree", instance, Trees_McpFactory::treeTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Trees.class;
    }
  }
}
