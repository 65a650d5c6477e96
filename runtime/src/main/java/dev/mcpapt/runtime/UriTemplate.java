package dev.mcpapt.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 URI template, for matching URIs against it and expanding it.
 *
 * <p>Expressions of levels 1 to 3 are supported: simple {@code {var}}, reserved {@code {+var}},
 * fragment {@code {#var}}, label {@code {.var}}, path segments {@code {/var}}, path parameters
 * {@code {;var}}, query {@code {?a,b}} and query continuation {@code {&c}}, each with one or more
 * comma-separated variables. Level 4 modifiers (prefix {@code :n}, explode {@code *}) are
 * accepted; a matched exploded value is returned as its raw text.
 *
 * <p>Matching is the inverse of expansion: {@link #match} returns the decoded variable values
 * that expand back to the URI, or {@code null} when the URI cannot come from this template.
 * Simple variables never match across {@code /}, {@code ?} or {@code #}; reserved ones may.
 * Query variables may appear in any order and may be left out.
 *
 * <p>Instances are immutable and thread-safe; compile once and keep.
 */
public final class UriTemplate {
  private static final Pattern VARNAME = Pattern.compile("(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*");

  private final String template;
  private final List<Part> parts;
  private final List<String> variableNames;
  private final Pattern pattern;
  /** Per capturing group of {@link #pattern}: the expression it captures. */
  private final List<Expression> groups;

  private UriTemplate(String template, List<Part> parts) {
    this.template = template;
    this.parts = parts;
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder("^");
    List<Expression> groups = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        regex.append(Pattern.quote(literal.text));
      } else {
        Expression e = (Expression) part;
        for (VarSpec v : e.vars) {
          if (!names.contains(v.name)) {
            names.add(v.name);
          }
        }
        regex.append(e.regex());
        groups.add(e);
      }
    }
    regex.append('$');
    this.variableNames = Collections.unmodifiableList(names);
    this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
    this.groups = List.copyOf(groups);
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException if the template is malformed (unclosed brace, empty or
   *     invalid variable name, unknown operator), with the position of the problem
   */
  public static UriTemplate parse(String template) {
    Objects.requireNonNull(template, "template");
    List<Part> parts = new ArrayList<>();
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("unmatched '}' at index " + i + " in URI template \"" + template + "\"");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed '{' at index " + i + " in URI template \"" + template + "\"");
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(Expression.parse(template, i + 1, end));
      i = end + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return new UriTemplate(template, List.copyOf(parts));
  }

  /** The template text as given. */
  public String template() {
    return template;
  }

  /** The variable names, in order of first appearance. */
  public List<String> variableNames() {
    return variableNames;
  }

  /** Whether the template has no expressions at all (it is a plain URI). */
  public boolean isLiteral() {
    return variableNames.isEmpty();
  }

  /**
   * The decoded variable values if {@code uri} matches this template, or {@code null} if it
   * does not. Variables of an optional expression that the URI leaves out are absent from the
   * map.
   */
  public Map<String, String> match(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = pattern.matcher(new Budgeted(uri));
    try {
      if (!m.matches()) {
        return null;
      }
    } catch (Budgeted.Exhausted e) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      String captured = m.group(g + 1);
      if (captured != null && !groups.get(g).bind(captured, values)) {
        return null;
      }
    }
    return values;
  }

  /**
   * The URI as the matcher reads it, with a bound on how many characters it may read. Adjacent
   * expressions ({@code {a}{b}{c}}) make the regex backtrack polynomially in the length of a URI
   * that does not match, and the URI comes from a client: past the bound it counts as no match.
   */
  private static final class Budgeted implements CharSequence {
    /** Thrown when the budget is spent; no stack trace, it is control flow. */
    static final class Exhausted extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exhausted() {
        super(null, null, false, false);
      }
    }

    private final String text;
    private long budget;

    Budgeted(String text) {
      this.text = text;
      this.budget = 100_000L + 64L * text.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget < 0) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Expands the template with {@code values}; a variable without a value is left out, as RFC 6570 says. */
  public String expand(Map<String, ?> values) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        out.append(literal.text);
      } else {
        ((Expression) part).expand(values, out);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return template;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UriTemplate other && other.template.equals(template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }

  private sealed interface Part permits Literal, Expression {}

  private record Literal(String text) implements Part {}

  private record VarSpec(String name, int prefix, boolean explode) {}

  private record Expression(char op, List<VarSpec> vars) implements Part {
    static Expression parse(String template, int start, int end) {
      if (start == end) {
        throw new IllegalArgumentException("empty expression at index " + (start - 1) + " in URI template \"" + template + "\"");
      }
      char first = template.charAt(start);
      char op = 0;
      int i = start;
      if ("+#./;?&".indexOf(first) >= 0) {
        op = first;
        i++;
      } else if ("=,!@|".indexOf(first) >= 0) {
        throw new IllegalArgumentException(
            "reserved operator '" + first + "' at index " + start + " in URI template \"" + template + "\"");
      }
      List<VarSpec> vars = new ArrayList<>();
      for (String spec : template.substring(i, end).split(",", -1)) {
        String name = spec;
        int prefix = 0;
        boolean explode = false;
        if (name.endsWith("*")) {
          explode = true;
          name = name.substring(0, name.length() - 1);
        } else {
          int colon = name.indexOf(':');
          if (colon >= 0) {
            String digits = name.substring(colon + 1);
            if (!digits.matches("[1-9][0-9]{0,3}")) {
              throw new IllegalArgumentException(
                  "invalid prefix \"" + digits + "\" in expression {" + template.substring(start, end) + "} of URI template \"" + template + "\"");
            }
            prefix = Integer.parseInt(digits);
            name = name.substring(0, colon);
          }
        }
        if (!VARNAME.matcher(name).matches()) {
          throw new IllegalArgumentException(
              "invalid variable name \"" + name + "\" in expression {" + template.substring(start, end) + "} of URI template \"" + template + "\"");
        }
        vars.add(new VarSpec(name, prefix, explode));
      }
      return new Expression(op, List.copyOf(vars));
    }

    private boolean allowsReserved() {
      return op == '+' || op == '#';
    }

    private String prefix() {
      return switch (op) {
        case 0, '+' -> "";
        default -> String.valueOf(op);
      };
    }

    private String separator() {
      return switch (op) {
        case 0, '+', '#' -> ",";
        case '?', '&' -> "&";
        default -> String.valueOf(op);
      };
    }

    /** A regex with exactly one capturing group for the whole expression (optional when it may expand to nothing). */
    String regex() {
      String valueChars = allowsReserved() ? "[^#]" : "[^/?#&]";
      if (op == '#') {
        valueChars = ".";
      }
      return switch (op) {
        case 0, '+' -> "(" + valueChars + "*?)";
        case '#' -> "(?:#(.*?))?";
        case '.' -> "(?:\\.(" + "[^/?#]*?" + "))?";
        case '/' -> "(?:/(" + (vars.size() > 1 || vars.get(0).explode ? "[^?#]*?" : "[^/?#]*?") + "))?";
        case ';' -> "(?:;([^/?#]*?))?";
        case '?' -> "(?:\\?([^#]*?))?";
        case '&' -> "(?:&([^#]*?))?";
        default -> throw new IllegalStateException("operator " + op);
      };
    }

    /** Binds the captured text to variables; false if it cannot be this expression's expansion. */
    boolean bind(String captured, Map<String, String> values) {
      if (op == '?' || op == '&' || op == ';') {
        String sep = op == ';' ? ";" : "&";
        for (String pair : captured.split(Pattern.quote(sep), -1)) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String name = decode(eq < 0 ? pair : pair.substring(0, eq));
          String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
          for (VarSpec v : vars) {
            if (v.name.equals(name) && !values.containsKey(name)) {
              values.put(name, value);
            }
          }
        }
        return true;
      }
      if (vars.size() == 1) {
        VarSpec v = vars.get(0);
        if (captured.isEmpty() && op == 0) {
          return false;
        }
        values.put(v.name, v.explode ? captured : decode(captured));
        return true;
      }
      String[] pieces = captured.split(Pattern.quote(separator()), -1);
      if (pieces.length > vars.size()) {
        return false;
      }
      for (int i = 0; i < pieces.length; i++) {
        values.put(vars.get(i).name, decode(pieces[i]));
      }
      return true;
    }

    void expand(Map<String, ?> values, StringBuilder out) {
      boolean first = true;
      for (VarSpec v : vars) {
        Object raw = values.get(v.name);
        if (raw == null) {
          continue;
        }
        String value = String.valueOf(raw);
        if (v.prefix > 0 && value.codePointCount(0, value.length()) > v.prefix) {
          value = value.substring(0, value.offsetByCodePoints(0, v.prefix));
        }
        out.append(first ? prefix() : separator());
        first = false;
        if (op == ';') {
          out.append(v.name);
          if (!value.isEmpty()) {
            out.append('=');
          }
        } else if (op == '?' || op == '&') {
          out.append(v.name).append('=');
        }
        out.append(encode(value, allowsReserved()));
      }
    }
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static final String UNRESERVED = "-._~";
  private static final String RESERVED = ":/?#[]@!$&'()*+,;=";

  private static String encode(String value, boolean allowReserved) {
    StringBuilder out = new StringBuilder(value.length());
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      char c = (char) b;
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (b < 0x80 && UNRESERVED.indexOf(c) >= 0)
          || (allowReserved && b < 0x80 && RESERVED.indexOf(c) >= 0)
          || (allowReserved && c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
      if (keep) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
