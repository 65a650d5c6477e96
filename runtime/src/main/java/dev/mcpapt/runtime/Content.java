package dev.mcpapt.runtime;

import java.util.Objects;

/** One content block of a tool result or prompt message. */
public sealed interface Content
    permits Content.Text, Content.Image, Content.Audio, Content.ResourceLink, Content.EmbeddedResource {

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

  /** Plain text. */
  record Text(String text) implements Content {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** An image, base64-encoded. */
  record Image(String data, String mimeType) implements Content {
    public Image {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(mimeType, "mimeType");
    }
  }

  /** Audio, base64-encoded. */
  record Audio(String data, String mimeType) implements Content {
    public Audio {
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(mimeType, "mimeType");
    }
  }

  /** A link to a resource the client may read. */
  record ResourceLink(String uri, String name, String description, String mimeType) implements Content {
    public ResourceLink {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(name, "name");
    }
  }

  /** A resource's contents inline: {@code text} or base64 {@code blob}, exactly one of them. */
  record EmbeddedResource(String uri, String mimeType, String text, String blob) implements Content {
    public EmbeddedResource {
      Objects.requireNonNull(uri, "uri");
      if ((text == null) == (blob == null)) {
        throw new IllegalArgumentException("exactly one of text and blob must be set");
      }
    }
  }
}
