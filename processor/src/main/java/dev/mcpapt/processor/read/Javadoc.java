package dev.mcpapt.processor.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The parts of a doc comment that become descriptions: the main text and the {@code @param}
 * texts, with inline tags reduced to their text ({@code {@code x}} → {@code x}) and lines of a
 * paragraph joined.
 */
public record Javadoc(String text, Map<String, String> params) {
  private static final Javadoc EMPTY = new Javadoc("", Map.of());
  private static final Pattern INLINE = Pattern.compile("\\{@(?:code|literal|value)\\s+([^}]*)}");
  private static final Pattern LINK = Pattern.compile("\\{@(?:link|linkplain)\\s+([^}\\s]+)(?:\\s+([^}]*))?}");
  private static final Pattern PARAGRAPH_OPEN = Pattern.compile("(?i)<p>");
  private static final Pattern PARAGRAPH_CLOSE = Pattern.compile("(?i)</p>");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
  private static final Pattern TAG = Pattern.compile("(?m)^\\s*@(\\w+)\\s*");

  public static Javadoc of(Elements elements, Element element) {
    String doc = elements.getDocComment(element);
    return doc == null ? EMPTY : parse(doc);
  }

  static Javadoc parse(String doc) {
    Matcher tags = TAG.matcher(doc);
    int mainEnd = tags.find() ? tags.start() : doc.length();
    String text = clean(doc.substring(0, mainEnd));
    Map<String, String> params = new LinkedHashMap<>();
    tags.reset();
    int start = -1;
    String tag = null;
    while (true) {
      boolean found = tags.find();
      int end = found ? tags.start() : doc.length();
      if (tag != null && tag.equals("param")) {
        String body = doc.substring(start, end).strip();
        int space = indexOfWhitespace(body);
        String name = space < 0 ? body : body.substring(0, space);
        String desc = space < 0 ? "" : clean(body.substring(space));
        if (!name.startsWith("<")) {
          params.put(name, desc);
        }
      }
      if (!found) {
        break;
      }
      tag = tags.group(1);
      start = tags.end();
    }
    return new Javadoc(text, Map.copyOf(params));
  }

  /** The {@code @param} text for {@code name}, or empty. */
  public String param(String name) {
    return params.getOrDefault(name, "");
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String clean(String raw) {
    // Most descriptions are one plain sentence: the patterns only run where they can match.
    String s = raw;
    if (s.indexOf('{') >= 0) {
      s = INLINE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
      s = LINK.matcher(s).replaceAll(m -> {
        String label = m.group(2) != null ? m.group(2).strip() : m.group(1).replaceFirst("^.*#", "").replaceFirst("\\(.*$", "");
        return Matcher.quoteReplacement(label);
      });
    }
    if (s.indexOf('<') >= 0) {
      s = PARAGRAPH_CLOSE.matcher(PARAGRAPH_OPEN.matcher(s).replaceAll("\n\n")).replaceAll("");
    }
    s = s.strip();
    if (s.indexOf('\n') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : PARAGRAPH_BREAK.split(s)) {
      String joined = String.join(" ", LINE_BREAK.split(paragraph.strip()));
      if (!joined.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(joined);
      }
    }
    return out.toString();
  }
}
