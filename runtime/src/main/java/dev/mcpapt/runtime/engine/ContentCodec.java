package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@link Content} blocks to and from their MCP JSON form, the one place that knows it. Blocks are
 * written as each revision defines them: kinds a revision lacks are written as the closest thing
 * it has (audio before 2025-03-26 and resource links before 2025-06-18 become text that names
 * them).
 */
public final class ContentCodec {
  private ContentCodec() {}

  /** Writes one content block for {@code revision}. */
  public static void write(JsonGenerator g, Content content, Revision revision) throws IOException {
    g.writeStartObject();
    if (content instanceof Content.Text) {
      writeText(g, ((Content.Text) content).text());
    } else if (content instanceof Content.Image) {
      Content.Image i = (Content.Image) content;
      g.writeStringField("type", "image");
      g.writeStringField("data", i.data());
      g.writeStringField("mimeType", i.mimeType());
    } else if (content instanceof Content.Audio) {
      Content.Audio a = (Content.Audio) content;
      if (revision.hasAudio()) {
        g.writeStringField("type", "audio");
        g.writeStringField("data", a.data());
        g.writeStringField("mimeType", a.mimeType());
      } else {
        writeText(g, "[audio content of type " + a.mimeType() + " omitted: revision " + revision + " has no audio]");
      }
    } else if (content instanceof Content.ResourceLink) {
      Content.ResourceLink l = (Content.ResourceLink) content;
      if (revision.hasResourceLinks()) {
        g.writeStringField("type", "resource_link");
        g.writeStringField("uri", l.uri());
        g.writeStringField("name", l.name());
        if (l.description() != null) {
          g.writeStringField("description", l.description());
        }
        if (l.mimeType() != null) {
          g.writeStringField("mimeType", l.mimeType());
        }
      } else {
        writeText(g, "Resource " + l.name() + ": " + l.uri()
            + (l.description() == null ? "" : " (" + l.description() + ")"));
      }
    } else if (content instanceof Content.EmbeddedResource) {
      Content.EmbeddedResource e = (Content.EmbeddedResource) content;
      g.writeStringField("type", "resource");
      g.writeObjectFieldStart("resource");
      g.writeStringField("uri", e.uri());
      if (e.mimeType() != null) {
        g.writeStringField("mimeType", e.mimeType());
      }
      if (e.text() != null) {
        g.writeStringField("text", e.text());
      } else {
        g.writeStringField("blob", e.blob());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("unknown content " + content);
    }
    g.writeEndObject();
  }

  /** The JSON of one content block as the latest revision writes it (for messages built as trees). */
  public static ObjectNode toJson(Content content) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(Json.encode(g -> write(g, content, Revision.latest())));
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

  private static void writeText(JsonGenerator g, String text) throws IOException {
    g.writeStringField("type", "text");
    g.writeStringField("text", text);
  }
}
