package dev.mcpapt.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.ResolvedType;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The codec of the runtime's parsers and generators: trees ({@code readTree}, {@code writeTree},
 * a {@code JsonNode} given to {@code writeObject}) are read and written by {@link JsonTrees};
 * anything else (binding to a class, writing an arbitrary object) goes to an {@code ObjectMapper}
 * made on first such use.
 */
public final class TreeCodec extends ObjectCodec {
  private final JsonFactory factory;
  private final Supplier<ObjectCodec> binder;

  /**
   * @param factory the factory this codec is set on
   * @param binder the mapper for what trees cannot do, made when first needed (typed as a codec
   *     so that loading this class does not load the mapper's)
   */
  public TreeCodec(JsonFactory factory, Supplier<ObjectCodec> binder) {
    this.factory = factory;
    this.binder = binder;
  }

  private ObjectCodec binder() {
    return binder.get();
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends TreeNode> T readTree(JsonParser p) throws IOException {
    if (p.currentToken() == null && p.nextToken() == null) {
      return null;
    }
    return (T) JsonTrees.readValue(p);
  }

  @Override
  public void writeTree(JsonGenerator g, TreeNode tree) throws IOException {
    if (tree instanceof JsonNode) {
      JsonTrees.write(g, (JsonNode) tree);
    } else if (tree == null) {
      g.writeNull();
    } else {
      binder().writeTree(g, tree);
    }
  }

  @Override
  public void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof JsonNode) {
      JsonTrees.write(g, (JsonNode) value);
    } else {
      binder().writeValue(g, value);
    }
  }

  @Override
  public TreeNode createObjectNode() {
    return JsonNodeFactory.instance.objectNode();
  }

  @Override
  public TreeNode createArrayNode() {
    return JsonNodeFactory.instance.arrayNode();
  }

  @Override
  public TreeNode missingNode() {
    return MissingNode.getInstance();
  }

  @Override
  public TreeNode nullNode() {
    return NullNode.getInstance();
  }

  @Override
  public JsonParser treeAsTokens(TreeNode n) {
    return new TreeTraversingParser((JsonNode) n, this);
  }

  @Override
  public <T> T readValue(JsonParser p, Class<T> valueType) throws IOException {
    return binder().readValue(p, valueType);
  }

  @Override
  public <T> T readValue(JsonParser p, TypeReference<T> valueTypeRef) throws IOException {
    return binder().readValue(p, valueTypeRef);
  }

  @Override
  public <T> T readValue(JsonParser p, ResolvedType valueType) throws IOException {
    return binder().readValue(p, valueType);
  }

  @Override
  public <T> Iterator<T> readValues(JsonParser p, Class<T> valueType) throws IOException {
    return binder().readValues(p, valueType);
  }

  @Override
  public <T> Iterator<T> readValues(JsonParser p, TypeReference<T> valueTypeRef) throws IOException {
    return binder().readValues(p, valueTypeRef);
  }

  @Override
  public <T> Iterator<T> readValues(JsonParser p, ResolvedType valueType) throws IOException {
    return binder().readValues(p, valueType);
  }

  @Override
  public <T> T treeToValue(TreeNode n, Class<T> valueType) throws JsonProcessingException {
    return binder().treeToValue(n, valueType);
  }

  @Override
  public JsonFactory getFactory() {
    return factory;
  }

  @Override
  @Deprecated
  public JsonFactory getJsonFactory() {
    return factory;
  }
}
