package dev.mcpapt.runtime;

import java.util.Objects;

/** One content block of a tool result or prompt message. */
public sealed interface Content
    permits Content.Text, Content.Image, Content.Audio, Content.ResourceLink, Content.EmbeddedResource {

  static Text text(String text) {
    return new Text(text);
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
