package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.PromptMessage;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@link Content} blocks as each revision defines them. Kinds a revision lacks are written
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
