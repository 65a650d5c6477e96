package dev.mcpapt.processor.read;

import java.net.URI;
import java.net.URISyntaxException;

/** The syntax of a widget URI, {@code ui://<host>/<path>} without query or fragment. */
public final class UiUri {
  private UiUri() {}

  /** What is wrong with {@code uri} as a widget URI, or null. */
  public static String problem(String uri) {
    if (!uri.startsWith("ui://")) {
      return "it must start with ui://";
    }
    try {
      URI parsed = new URI(uri);
      if (parsed.getRawAuthority() == null || parsed.getRawAuthority().isEmpty()) {
        return "it needs a name after ui://";
      }
      if (parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
        return "it must not have a query or fragment";
      }
    } catch (URISyntaxException e) {
      return e.getReason();
    }
    return null;
  }
}
