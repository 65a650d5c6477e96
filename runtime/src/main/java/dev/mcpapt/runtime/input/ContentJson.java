package dev.mcpapt.runtime.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.engine.ContentCodec;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.engine.Revision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** {@link Content} blocks to and from their MCP JSON form. */
public final class ContentJson {
  private ContentJson() {}

  /** The JSON of one content block, as the newest revision writes it. */
  public static ObjectNode write(Content content) {
    return write(content, Revision.latest());
  }

  /** The JSON of one content block for {@code revision}. */
  public static ObjectNode write(Content content, Revision revision) {
    try (TokenBuffer buffer = new TokenBuffer(Json.mapper(), false)) {
      ContentCodec.write(buffer, content, revision);
      return (ObjectNode) Json.mapper().readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    Content content = switch (type) {
      case "text" -> new Content.Text(required(node, "text"));
      case "image" -> new Content.Image(required(node, "data"), required(node, "mimeType"));
      case "audio" -> new Content.Audio(required(node, "data"), required(node, "mimeType"));
      case "resource_link" -> new Content.ResourceLink(required(node, "uri"), required(node, "name"),
          optional(node, "description"), optional(node, "mimeType")).withTitle(optional(node, "title"));
      case "resource" -> {
        JsonNode r = node.path("resource");
        String text = optional(r, "text");
        String blob = optional(r, "blob");
        if ((text == null) == (blob == null)) {
          throw new IllegalArgumentException("an embedded resource needs exactly one of \"text\" and \"blob\"");
        }
        yield new Content.EmbeddedResource(required(r, "uri"), optional(r, "mimeType"), text, blob);
      }
      case "tool_use" -> {
        JsonNode input = node.get("input");
        if (input == null || !input.isObject()) {
          throw new IllegalArgumentException("a tool_use block needs an \"input\" object");
        }
        yield new Content.ToolUse(required(node, "id"), required(node, "name"), (ObjectNode) input);
      }
      case "tool_result" -> {
        JsonNode blocks = node.get("content");
        if (blocks == null || !blocks.isArray()) {
          throw new IllegalArgumentException("a tool_result block needs a \"content\" array");
        }
        List<Content> inner = new ArrayList<>();
        for (JsonNode b : blocks) {
          inner.add(read(b));
        }
        JsonNode structured = node.get("structuredContent");
        yield new Content.ToolUseResult(required(node, "toolUseId"), inner,
            structured != null && structured.isObject() ? (ObjectNode) structured : null,
            node.path("isError").asBoolean(false));
      }
      default -> throw new IllegalArgumentException("unknown content type \"" + type + "\"");
    };
    Content.Annotations annotations = annotations(node.get("annotations"));
    return annotations == null ? content : content.withAnnotations(annotations);
  }

  /** The annotations in {@code node}; null when absent or saying nothing. Unknown roles and bad values are skipped. */
  static Content.Annotations annotations(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    List<PromptMessage.Role> audience = new ArrayList<>();
    for (JsonNode r : node.path("audience")) {
      if ("user".equals(r.asText())) {
        audience.add(PromptMessage.Role.USER);
      } else if ("assistant".equals(r.asText())) {
        audience.add(PromptMessage.Role.ASSISTANT);
      }
    }
    JsonNode p = node.get("priority");
    Double priority = p != null && p.isNumber() && p.asDouble() >= 0 && p.asDouble() <= 1 ? p.asDouble() : null;
    Instant lastModified = null;
    try {
      lastModified = node.hasNonNull("lastModified") ? Instant.parse(node.get("lastModified").asText()) : null;
    } catch (DateTimeParseException e) {
      // an unreadable time says nothing
    }
    Content.Annotations a = new Content.Annotations(audience, priority, lastModified);
    return a.isEmpty() ? null : a;
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
