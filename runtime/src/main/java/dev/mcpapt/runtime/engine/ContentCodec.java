package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.PromptMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Content} blocks to and from their MCP JSON form, the one place that knows it. Blocks are
 * written as each revision defines them. Kinds a revision lacks are written
 * as the closest thing it has: audio before 2025-03-26 and resource links before 2025-06-18
 * become text that names them. Fields a revision lacks are left out: {@code lastModified} and the
 * resource link's {@code title}, {@code size}, {@code _meta} before 2025-06-18, {@code icons}
 * before 2025-11-25.
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
        writeLink(g, l, revision);
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
    } else if (content instanceof Content.ToolUse) {
      Content.ToolUse u = (Content.ToolUse) content;
      g.writeStringField("type", "tool_use");
      g.writeStringField("id", u.id());
      g.writeStringField("name", u.name());
      g.writeFieldName("input");
      g.writeTree(u.input());
    } else if (content instanceof Content.ToolUseResult) {
      Content.ToolUseResult r = (Content.ToolUseResult) content;
      g.writeStringField("type", "tool_result");
      g.writeStringField("toolUseId", r.toolUseId());
      g.writeArrayFieldStart("content");
      for (Content c : r.content()) {
        write(g, c, revision);
      }
      g.writeEndArray();
      if (r.structuredContent() != null) {
        g.writeFieldName("structuredContent");
        g.writeTree(r.structuredContent());
      }
      if (r.isError()) {
        g.writeBooleanField("isError", true);
      }
    } else {
      throw new IllegalArgumentException("unknown content " + content);
    }
    if (content.annotations() != null) {
      writeAnnotations(g, content.annotations(), revision);
    }
    g.writeEndObject();
  }

  private static void writeLink(JsonGenerator g, Content.ResourceLink l, Revision revision) throws IOException {
    g.writeStringField("type", "resource_link");
    g.writeStringField("uri", l.uri());
    g.writeStringField("name", l.name());
    if (l.title() != null) {
      g.writeStringField("title", l.title());
    }
    if (l.description() != null) {
      g.writeStringField("description", l.description());
    }
    if (l.mimeType() != null) {
      g.writeStringField("mimeType", l.mimeType());
    }
    if (l.size() != null) {
      g.writeNumberField("size", l.size());
    }
    if (revision.hasIcons() && !l.icons().isEmpty()) {
      writeIcons(g, l.icons());
    }
    if (l.meta() != null) {
      g.writeFieldName("_meta");
      g.writeTree(l.meta());
    }
  }

  /** The JSON of one content block for {@code revision} (for messages built as trees). */
  public static ObjectNode toJson(Content content, Revision revision) {
    try {
      return (ObjectNode) Json.readTree(Json.encode(g -> write(g, content, revision)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of one content block as the latest revision writes it. */
  public static ObjectNode toJson(Content content) {
    return toJson(content, Revision.latest());
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
  private static Content.Annotations annotations(JsonNode node) {
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

  /** Writes {@code "icons": [...]}. */
  public static void writeIcons(JsonGenerator g, List<Icon> icons) throws IOException {
    g.writeArrayFieldStart("icons");
    for (Icon icon : icons) {
      g.writeStartObject();
      g.writeStringField("src", icon.src());
      if (icon.mimeType() != null) {
        g.writeStringField("mimeType", icon.mimeType());
      }
      if (!icon.sizes().isEmpty()) {
        g.writeArrayFieldStart("sizes");
        for (String s : icon.sizes()) {
          g.writeString(s);
        }
        g.writeEndArray();
      }
      if (icon.theme() != null) {
        g.writeStringField("theme", icon.theme());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes {@code "annotations": {...}} for {@code revision}, or nothing when it would be empty. */
  public static void writeAnnotations(JsonGenerator g, Content.Annotations a, Revision revision) throws IOException {
    boolean lastModified = a.lastModified() != null && revision.atLeast(Revision.V2025_06_18);
    if (a.audience().isEmpty() && a.priority() == null && !lastModified) {
      return;
    }
    g.writeObjectFieldStart("annotations");
    if (!a.audience().isEmpty()) {
      g.writeArrayFieldStart("audience");
      for (PromptMessage.Role role : a.audience()) {
        g.writeString(role.wireName());
      }
      g.writeEndArray();
    }
    if (a.priority() != null) {
      g.writeNumberField("priority", a.priority());
    }
    if (lastModified) {
      g.writeStringField("lastModified", a.lastModified().toString());
    }
    g.writeEndObject();
  }

  private static void writeText(JsonGenerator g, String text) throws IOException {
    g.writeStringField("type", "text");
    g.writeStringField("text", text);
  }
}
