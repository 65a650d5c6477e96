package dev.mcpapt.runtime.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The widget bridge: one small script ({@code dev/mcpapt/widget/mcp-widget.js} in this jar) that
 * gives widget code one API, the global {@code McpWidget}, over ChatGPT's {@code window.openai}
 * and the MCP Apps postMessage protocol.
 *
 * <p>The processor inlines it into every {@code @OutputTemplate} widget at compile time, so
 * nothing is fetched at run time (widget sandboxes usually forbid it). This class is for code
 * that builds widget documents itself, such as a development host.
 */
public final class WidgetBridge {
  /** Class-path location of the script. */
  public static final String RESOURCE = "dev/mcpapt/widget/mcp-widget.js";

  /** Class-path location of its TypeScript declarations. */
  public static final String TYPES_RESOURCE = "dev/mcpapt/widget/mcp-widget.d.ts";

  /** The first characters of the script; a document that contains them already has the bridge. */
  public static final String MARKER = "/*! mcp-apt widget bridge";

  private static volatile String source;

  private WidgetBridge() {}

  /** The script's source text. */
  public static String source() {
    String s = source;
    if (s == null) {
      s = read(RESOURCE);
      source = s;
    }
    return s;
  }

  /**
   * {@code html} with the bridge inlined right after its {@code <meta charset>}, unless it already
   * contains it. A document without one gets {@code <meta charset="utf-8">} first, at the top of
   * {@code <head>} (or after the doctype if it has no {@code <head>}): browsers look for the
   * charset in the first 1,024 bytes only, and the bridge alone is longer than that.
   */
  public static String inline(String html) {
    if (html.contains(MARKER)) {
      return html;
    }
    String script = "<script>\n" + source().replace("</script", "<\\/script") + "\n</script>\n";
    String lower = html.toLowerCase(Locale.ROOT);
    int charset = charsetMetaEnd(lower);
    if (charset >= 0) {
      return html.substring(0, charset) + "\n" + script + html.substring(charset);
    }
    script = "<meta charset=\"utf-8\">\n" + script;
    int head = lower.indexOf("<head");
    if (head >= 0) {
      int end = lower.indexOf('>', head);
      if (end >= 0) {
        return html.substring(0, end + 1) + "\n" + script + html.substring(end + 1);
      }
    }
    int doctype = lower.startsWith("<!doctype") ? lower.indexOf('>') + 1 : 0;
    return html.substring(0, doctype) + script + html.substring(doctype);
  }

  /** Where the first {@code <meta>} tag that declares a charset ends (after its '>'), or -1. */
  private static int charsetMetaEnd(String lower) {
    for (int at = lower.indexOf("<meta"); at >= 0; at = lower.indexOf("<meta", at + 5)) {
      int end = lower.indexOf('>', at);
      if (end < 0) {
        return -1;
      }
      if (lower.substring(at, end).contains("charset")) {
        return end + 1;
      }
    }
    return -1;
  }

  private static String read(String resource) {
    // Through the class, not its loader: on the module path a loader finds a resource of a named
    // module only in a package that module opens.
    try (InputStream in = WidgetBridge.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
