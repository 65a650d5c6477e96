package dev.mcpapt.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RFC 6570 syntax the runtime's {@code UriTemplate} accepts, checked at compile time: the
 * variable names of a template, or what is wrong with it. (The processor does not load runtime
 * classes, so the grammar is restated here; both sides are tested against the same cases.)
 */
public final class UriTemplateSyntax {
  private static final Pattern VARNAME =
      Pattern.compile("(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*");

  /** The variables of a template, in order of first appearance, or the first problem. */
  public record Parsed(List<String> variables, String problem) {}

  private UriTemplateSyntax() {}

  public static Parsed parse(String template) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '}') {
        return problem("unmatched '}' at index " + i);
      }
      if (c != '{') {
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      if (end < 0) {
        return problem("unclosed '{' at index " + i);
      }
      String body = template.substring(i + 1, end);
      if (body.isEmpty()) {
        return problem("empty expression at index " + i);
      }
      char first = body.charAt(0);
      if ("+#./;?&".indexOf(first) >= 0) {
        body = body.substring(1);
      } else if ("=,!@|".indexOf(first) >= 0) {
        return problem("reserved operator '" + first + "' at index " + (i + 1));
      }
      for (String spec : body.split(",", -1)) {
        String name = spec;
        if (name.endsWith("*")) {
          name = name.substring(0, name.length() - 1);
        } else if (name.indexOf(':') >= 0) {
          String digits = name.substring(name.indexOf(':') + 1);
          if (!digits.matches("[1-9][0-9]{0,3}")) {
            return problem("invalid prefix \"" + digits + "\" in {" + template.substring(i + 1, end) + "}");
          }
          name = name.substring(0, name.indexOf(':'));
        }
        if (!VARNAME.matcher(name).matches()) {
          return problem("invalid variable name \"" + name + "\" in {" + template.substring(i + 1, end) + "}");
        }
        names.add(name);
      }
      i = end + 1;
    }
    return new Parsed(List.copyOf(new ArrayList<>(names)), null);
  }

  private static Parsed problem(String problem) {
    return new Parsed(List.of(), problem);
  }
}
