package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One content block of a tool result or prompt message. */
public sealed interface Content
    permits Content.Text, Content.Image, Content.Audio, Content.ResourceLink, Content.EmbeddedResource,
        Content.ToolUse, Content.ToolUseResult {

  static Text text(String text) {
    return new Text(text);
  }

  /**
   * {@code value} (text a user or client supplied, e.g. a title) made safe to place inside text
   * the model reads: control characters (ESC, line breaks, ...), bidirectional overrides and
   * isolates (U+202E, ...), line and paragraph separators and unpaired surrogates are replaced
   * by their escape (a backslash, {@code u} and four hex digits), so such a value cannot start a
   * new line, recolour a terminal, or reorder what surrounds it. Everything else is kept as is.
   */
  static String escapeControls(String value) {
    StringBuilder b = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
      boolean escape = !pair && (Character.isISOControl(c) || Character.isSurrogate(c)
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
          || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029);
      if (escape && b == null) {
        b = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (b != null) {
        if (escape) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
          if (pair) {
            b.append(value.charAt(++i));
          }
        }
      } else if (pair) {
        i++;
      }
    }
    return b == null ? value : b.toString();
  }

  /** The same content with {@code annotations} (who it is for, how important, when it changed). */
  Content withAnnotations(Annotations annotations);

  /** The annotations of this content, or null. */
  Annotations annotations();

  /**
   * Hints for the client about a content block or resource: who it is meant for, how important
   * it is, and when it last changed. {@code lastModified} is sent from revision 2025-06-18 on.
   *
   * @param audience who the data is for ({@code user}, {@code assistant}); empty for unsaid
   * @param priority from 0 (entirely optional) to 1 (effectively required), or null
   * @param lastModified when the data last changed, or null
   */
  record Annotations(List<PromptMessage.Role> audience, Double priority, Instant lastModified) {
    public Annotations {
      audience = audience == null ? List.of() : List.copyOf(audience);
      if (priority != null && !(priority >= 0 && priority <= 1)) {
        throw new IllegalArgumentException("priority must be within [0, 1], got " + priority);
      }
    }

    /** Annotations naming only the audience. */
    public static Annotations forAudience(PromptMessage.Role... roles) {
      return new Annotations(List.of(roles), null, null);
    }

    /** Annotations giving only the priority. */
    public static Annotations ofPriority(double priority) {
      return new Annotations(List.of(), priority, null);
    }

    /** Annotations giving only the time of the last change. */
    public static Annotations modifiedAt(Instant lastModified) {
      return new Annotations(List.of(), null, Objects.requireNonNull(lastModified, "lastModified"));
    }

    /** These annotations with {@code priority}. */
    public Annotations withPriority(double priority) {
      return new Annotations(audience, priority, lastModified);
    }

    /** These annotations with {@code lastModified}. */
    public Annotations withLastModified(Instant lastModified) {
      return new Annotations(audience, priority, lastModified);
    }

    /** Whether nothing is said. */
    public boolean isEmpty() {
      return audience.isEmpty() && priority == null && lastModified == null;
    }
  }

  /** Plain text. */
  record Text(String text, Annotations annotations) implements Content {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    public Text(String text) {
      this(text, null);
    }

    @Override
    public Text withAnnotations(Annotations annotations) {
      return new Text(text, annotations);
    }
  }

  /** An image, base64-encoded. */
  record Image(String data, String mimeType, Annotations annotations) implements Content {
    public Image {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(mimeType, "mimeType");
    }

    public Image(String data, String mimeType) {
      this(data, mimeType, null);
    }

    @Override
    public Image withAnnotations(Annotations annotations) {
      return new Image(data, mimeType, annotations);
    }
  }

  /** Audio, base64-encoded. */
  record Audio(String data, String mimeType, Annotations annotations) implements Content {
    public Audio {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(mimeType, "mimeType");
    }

    public Audio(String data, String mimeType) {
      this(data, mimeType, null);
    }

    @Override
    public Audio withAnnotations(Annotations annotations) {
      return new Audio(data, mimeType, annotations);
    }
  }

  /**
   * A link to a resource the client may read (revision 2025-06-18 on; text naming it before).
   * {@code icons} are sent from 2025-11-25 on.
   *
   * @param size the size of the resource in bytes, or null
   * @param meta the link's {@code _meta}, or null
   */
  record ResourceLink(String uri, String name, String title, String description, String mimeType, Long size,
      List<Icon> icons, Annotations annotations, ObjectNode meta) implements Content {
    public ResourceLink {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(name, "name");
      icons = icons == null ? List.of() : List.copyOf(icons);
      if (size != null && size < 0) {
        throw new IllegalArgumentException("size must not be negative, got " + size);
      }
    }

    public ResourceLink(String uri, String name, String description, String mimeType) {
      this(uri, name, null, description, mimeType, null, List.of(), null, null);
    }

    @Override
    public ResourceLink withAnnotations(Annotations annotations) {
      return new ResourceLink(uri, name, title, description, mimeType, size, icons, annotations, meta);
    }

    public ResourceLink withTitle(String title) {
      return new ResourceLink(uri, name, title, description, mimeType, size, icons, annotations, meta);
    }

    public ResourceLink withSize(long size) {
      return new ResourceLink(uri, name, title, description, mimeType, size, icons, annotations, meta);
    }

    public ResourceLink withIcons(List<Icon> icons) {
      return new ResourceLink(uri, name, title, description, mimeType, size, icons, annotations, meta);
    }

    public ResourceLink withMeta(ObjectNode meta) {
      return new ResourceLink(uri, name, title, description, mimeType, size, icons, annotations, meta);
    }
  }

  /** A resource's contents inline: {@code text} or base64 {@code blob}, exactly one of them. */
  record EmbeddedResource(String uri, String mimeType, String text, String blob, Annotations annotations)
      implements Content {
    public EmbeddedResource {
      Objects.requireNonNull(uri, "uri");
      if ((text == null) == (blob == null)) {
        throw new IllegalArgumentException("exactly one of text and blob must be set");
      }
    }

    public EmbeddedResource(String uri, String mimeType, String text, String blob) {
      this(uri, mimeType, text, blob, null);
    }

    @Override
    public EmbeddedResource withAnnotations(Annotations annotations) {
      return new EmbeddedResource(uri, mimeType, text, blob, annotations);
    }
  }

  /**
   * A model's request to call a tool, in a sampling message (revision 2025-11-25 on). Only
   * {@link SamplingRequest} messages and {@link SamplingResult} carry it.
   *
   * @param id the id the matching {@link ToolUseResult} names
   * @param input the arguments, an object
   */
  record ToolUse(String id, String name, ObjectNode input) implements Content {
    public ToolUse {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(input, "input");
    }

    @Override
    public Annotations annotations() {
      return null;
    }

    @Override
    public Content withAnnotations(Annotations annotations) {
      throw new UnsupportedOperationException("tool_use content has no annotations");
    }
  }

  /**
   * The outcome of a {@link ToolUse}, sent back to the model in a user message of a sampling
   * request (revision 2025-11-25 on).
   *
   * @param content text, image, audio, resource links or embedded resources
   * @param structuredContent a structured result object, or null
   */
  record ToolUseResult(String toolUseId, List<Content> content, ObjectNode structuredContent, boolean isError)
      implements Content {
    public ToolUseResult {
      Objects.requireNonNull(toolUseId, "toolUseId");
      content = List.copyOf(content);
      for (Content c : content) {
        if (c.isSamplingOnly()) {
          throw new IllegalArgumentException("a tool_result holds text, image, audio or resource content");
        }
      }
    }

    /** A successful result of text. */
    public static ToolUseResult text(String toolUseId, String text) {
      return new ToolUseResult(toolUseId, List.of(Content.text(text)), null, false);
    }

    @Override
    public Annotations annotations() {
      return null;
    }

    @Override
    public Content withAnnotations(Annotations annotations) {
      throw new UnsupportedOperationException("tool_result content has no annotations");
    }
  }

  /** Whether this block belongs only in sampling messages ({@code tool_use}, {@code tool_result}). */
  default boolean isSamplingOnly() {
    return this instanceof ToolUse || this instanceof ToolUseResult;
  }
}
