package dev.mcpapt.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds a {@link JsonNode} tree from a {@link JsonParser} and writes one to a
 * {@link JsonGenerator}, node by node. The result is the tree an {@code ObjectMapper} would build
 * with its defaults (ints, longs and big integers by size, floating point as double, a repeated
 * property keeps its first position and its last value), without data binding's machinery.
 */
public final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** For {@link #parse}: Jackson's default limits, no codec. */
  private static final JsonFactory PLAIN = new JsonFactory();

  private JsonTrees() {}

  /** Parses JSON text known to be well-formed (written by the processor or the runtime). */
  public static JsonNode parse(String text) throws IOException {
    try (JsonParser p = PLAIN.createParser(text)) {
      return requireDocument(p);
    }
  }

  /** Parses a JSON document from a stream with Jackson's default limits. */
  public static JsonNode parse(InputStream in) throws IOException {
    try (JsonParser p = PLAIN.createParser(in)) {
      return requireDocument(p);
    }
  }

  private static JsonNode requireDocument(JsonParser p) throws IOException {
    JsonNode n = readDocument(p);
    if (n == null) {
      throw new JsonParseException(p, "Unexpected end-of-input: no JSON value");
    }
    return n;
  }

  /** Reads one whole JSON document: a single value, nothing after it. */
  public static JsonNode readDocument(JsonFactory factory, byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser p = factory.createParser(bytes, offset, length)) {
      return readDocument(p);
    }
  }

  /** Reads one whole JSON document from a stream: a single value, nothing after it. */
  public static JsonNode readDocument(JsonFactory factory, InputStream in) throws IOException {
    try (JsonParser p = factory.createParser(in)) {
      return readDocument(p);
    }
  }

  /**
   * Reads the one value of a fresh parser, or returns {@code null} if there is none (only
   * whitespace); anything after the value is a {@link JsonParseException} ("Trailing token").
   */
  public static JsonNode readDocument(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return null;
    }
    JsonNode value = readValue(p);
    JsonToken after = p.nextToken();
    if (after != null) {
      throw new JsonParseException(p, "Trailing token (of type " + after + ") found after value");
    }
    return value;
  }

  /** Reads the value the parser's current token starts; leaves the parser on its last token. */
  public static JsonNode readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new JsonParseException(p, "Unexpected end-of-input: expected a value");
    }
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          p.nextToken();
          o.replace(name, readValue(p));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(readValue(p));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        switch (p.getNumberType()) {
          case BIG_DECIMAL:
            return NODES.numberNode(p.getDecimalValue());
          case FLOAT:
            return NODES.numberNode(p.getFloatValue());
          default:
            return NODES.numberNode(p.getDoubleValue());
        }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        return NODES.pojoNode(p.getEmbeddedObject());
      default:
        // END_OBJECT, END_ARRAY or FIELD_NAME where a value belongs: the parser never yields these
        // for well-formed input, and rejects malformed input before.
        throw new JsonParseException(p, "Unexpected token " + t + ": expected a value");
    }
  }

  /** Writes {@code node} as its JSON value. */
  public static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
        return;
      case ARRAY:
        g.writeStartArray();
        for (int i = 0, n = node.size(); i < n; i++) {
          write(g, node.get(i));
        }
        g.writeEndArray();
        return;
      case STRING:
        g.writeString(node.textValue());
        return;
      case NUMBER:
        writeNumber(g, node);
        return;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        return;
      case BINARY:
        g.writeBinary(node.binaryValue());
        return;
      case POJO:
        // An arbitrary object inside a tree: the generator's codec writes it.
        g.writeObject(((POJONode) node).getPojo());
        return;
      case NULL:
      case MISSING:
      default:
        g.writeNull();
    }
  }

  private static void writeNumber(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.numberType()) {
      case INT:
        g.writeNumber(n.intValue());
        return;
      case LONG:
        g.writeNumber(n.longValue());
        return;
      case BIG_INTEGER:
        g.writeNumber(n.bigIntegerValue());
        return;
      case FLOAT:
        g.writeNumber(n.floatValue());
        return;
      case BIG_DECIMAL:
        g.writeNumber(n.decimalValue());
        return;
      case DOUBLE:
      default:
        g.writeNumber(n.doubleValue());
    }
  }
}
