package dev.mcpapt.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code --icon SRC[;MIME[;SIZES[;THEME]]]} of the launcher: an icon of the server itself, checked
 * by the same rules as {@code @Icon} on a tool. SRC is an {@code https:} URL or a {@code data:}
 * image URI (which may hold {@code ;} itself: the optional parts are recognised from the end);
 * SIZES is {@code any} or {@code WxH}, several separated by commas; THEME is {@code light} or
 * {@code dark}.
 */
final class IconOption {
  private static final Pattern IMAGE_TYPE = Pattern.compile("image/[a-z0-9][a-z0-9.+-]*");
  private static final Pattern SIZES =
      Pattern.compile("(any|[1-9][0-9]{0,4}x[1-9][0-9]{0,4})(,(any|[1-9][0-9]{0,4}x[1-9][0-9]{0,4}))*");

  private IconOption() {}

  /**
   * The icon {@code spec} describes.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static Icon parse(String spec) {
    List<String> parts = new ArrayList<>(Arrays.asList(spec.split(";", -1)));
    String theme = null;
    List<String> sizes = List.of();
    String mimeType = null;
    if (parts.size() > 1 && (last(parts).equals("light") || last(parts).equals("dark"))) {
      theme = parts.remove(parts.size() - 1);
    }
    if (parts.size() > 1 && SIZES.matcher(last(parts)).matches()) {
      sizes = List.of(parts.remove(parts.size() - 1).split(","));
    }
    if (parts.size() > 1 && last(parts).startsWith("image/")) {
      mimeType = parts.remove(parts.size() - 1);
      if (!IMAGE_TYPE.matcher(mimeType).matches()) {
        throw new IllegalArgumentException("\"" + mimeType + "\" is not an image type such as image/png");
      }
    }
    String src = String.join(";", parts);
    String problem = srcProblem(src);
    if (problem != null) {
      throw new IllegalArgumentException(problem + " (write SRC[;MIME[;SIZES[;THEME]]], e.g."
          + " https://example.com/icon.png;image/png;48x48)");
    }
    return new Icon(src, mimeType, sizes, theme);
  }

  private static String last(List<String> parts) {
    return parts.get(parts.size() - 1);
  }

  private static String srcProblem(String src) {
    if (src.isEmpty()) {
      return "the icon has no source";
    }
    if (src.regionMatches(true, 0, "data:", 0, 5)) {
      int comma = src.indexOf(',');
      if (comma < 0) {
        return "the data: URI has no comma before its data";
      }
      String header = src.substring(5, comma).toLowerCase(Locale.ROOT);
      if (!IMAGE_TYPE.matcher(header.split(";", 2)[0]).matches()) {
        return "the data: URI's type is not an image type";
      }
      if (header.endsWith(";base64")) {
        try {
          Base64.getDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException e) {
          return "the data: URI's base64 does not decode";
        }
      }
      return null;
    }
    URI uri;
    try {
      uri = new URI(src);
    } catch (URISyntaxException e) {
      return "\"" + src + "\" is not a URI: " + e.getReason();
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return "\"" + src + "\" must be an https: URL or a data: URI";
    }
    if (uri.getHost() == null) {
      return "\"" + src + "\" has no host";
    }
    return null;
  }
}
