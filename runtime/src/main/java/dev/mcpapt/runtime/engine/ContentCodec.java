package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mcpapt.runtime.Content;
import java.io.IOException;

/**
 * Writes {@link Content} blocks as each revision defines them. Kinds a revision lacks are written
 * as the closest thing it has: audio before 2025-03-26 and resource links before 2025-06-18
 * become text that names them.
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

  private static void writeText(JsonGenerator g, String text) throws IOException {
    g.writeStringField("type", "text");
    g.writeStringField("text", text);
  }
}
