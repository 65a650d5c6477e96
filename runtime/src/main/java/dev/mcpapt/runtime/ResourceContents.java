package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The contents of one resource as {@code resources/read} returns them: {@code text} or base64
 * {@code blob}, exactly one of them, with optional {@code _meta} (widgets put {@code _meta.ui}
 * here).
 */
public record ResourceContents(String uri, String mimeType, String text, String blob, ObjectNode meta) {
  public ResourceContents {
    Objects.requireNonNull(uri, "uri");
    if ((text == null) == (blob == null)) {
      throw new IllegalArgumentException("exactly one of text and blob must be set");
    }
  }

  public static ResourceContents text(String uri, String mimeType, String text) {
    return new ResourceContents(uri, mimeType, text, null, null);
  }

  public static ResourceContents blob(String uri, String mimeType, byte[] bytes) {
    return new ResourceContents(uri, mimeType, null, java.util.Base64.getEncoder().encodeToString(bytes), null);
  }
}
