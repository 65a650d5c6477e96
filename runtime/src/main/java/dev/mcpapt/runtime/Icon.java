package dev.mcpapt.runtime;

import java.util.List;
import java.util.Objects;

/**
 * An icon a client may show for a tool, resource, prompt, resource link or the server itself
 * (revision 2025-11-25 and later; left out before).
 *
 * @param src an {@code https:} URL or a {@code data:} URI
 * @param mimeType the image type, or null to let the client tell from {@code src}
 * @param sizes {@code WxH} sizes (e.g. {@code 48x48}) or {@code any}; empty for any size
 * @param theme {@code "light"} or {@code "dark"} (the background the icon suits), or null for any
 */
public record Icon(String src, String mimeType, List<String> sizes, String theme) {
  public Icon {
    Objects.requireNonNull(src, "src");
    sizes = sizes == null ? List.of() : List.copyOf(sizes);
    if (theme != null && !theme.equals("light") && !theme.equals("dark")) {
      throw new IllegalArgumentException("an icon's theme is \"light\" or \"dark\", got \"" + theme + "\"");
    }
  }

  /** An icon of any size and theme. */
  public static Icon of(String src, String mimeType) {
    return new Icon(src, mimeType, List.of(), null);
  }
}
