package dev.mcpapt.runtime.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;

/** {@link Content} blocks to and from their MCP JSON form. */
public final class ContentJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ContentJson() {}

  /** The JSON of one content block. */
  public static ObjectNode write(Content content) {
    ObjectNode node = JSON.objectNode();
    if (content instanceof Content.Text t) {
      node.put("type", "text").put("text", t.text());
    } else if (content instanceof Content.Image i) {
      node.put("type", "image").put("data", i.data()).put("mimeType", i.mimeType());
    } else if (content instanceof Content.Audio a) {
      node.put("type", "audio").put("data", a.data()).put("mimeType", a.mimeType());
    } else if (content instanceof Content.ResourceLink l) {
      node.put("type", "resource_link").put("uri", l.uri()).put("name", l.name());
      if (l.description() != null) {
        node.put("description", l.description());
      }
      if (l.mimeType() != null) {
        node.put("mimeType", l.mimeType());
      }
    } else if (content instanceof Content.EmbeddedResource r) {
      node.put("type", "resource");
      ObjectNode res = node.putObject("resource");
      res.put("uri", r.uri());
      if (r.mimeType() != null) {
        res.put("mimeType", r.mimeType());
      }
      if (r.text() != null) {
        res.put("text", r.text());
      } else {
        res.put("blob", r.blob());
      }
    }
    return node;
  }

  /**
   * Reads one content block.
   *
   * @throws IllegalArgumentException naming what is wrong, if it is not one
   */
  public static Content read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a content block must be an object");
    }
    String type = node.path("type").asText("");
    return switch (type) {
      case "text" -> new Content.Text(required(node, "text"));
      case "image" -> new Content.Image(required(node, "data"), required(node, "mimeType"));
      case "audio" -> new Content.Audio(required(node, "data"), required(node, "mimeType"));
      case "resource_link" -> new Content.ResourceLink(
          required(node, "uri"), required(node, "name"), optional(node, "description"), optional(node, "mimeType"));
      case "resource" -> {
        JsonNode r = node.path("resource");
        String text = optional(r, "text");
        String blob = optional(r, "blob");
        if ((text == null) == (blob == null)) {
          throw new IllegalArgumentException("an embedded resource needs exactly one of \"text\" and \"blob\"");
        }
        yield new Content.EmbeddedResource(required(r, "uri"), optional(r, "mimeType"), text, blob);
      }
      default -> throw new IllegalArgumentException("unknown content type \"" + type + "\"");
    };
  }

  private static String required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("content block needs a \"" + field + "\" string");
    }
    return v.textValue();
  }

  private static String optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.textValue() : null;
  }
}
