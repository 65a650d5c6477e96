package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with malformed JSON in the client's terms. The parser's own messages name
 * its classes and switches ("enable {@code JsonReadFeature...}"), which mean nothing to a client,
 * so they are recognized and rewritten here, never passed on.
 */
final class ParseErrors {
  private static final Pattern CHAR = Pattern.compile("^Unexpected character \\('(.*)' \\(code (\\d+)\\)\\)", Pattern.DOTALL);
  private static final Pattern CTRL = Pattern.compile("code (\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'", Pattern.DOTALL);
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape .*\\(code (\\d+)\\)");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
  private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private ParseErrors() {}

  /** What is wrong, and where ("... at line 1, column 9"), without the parser's vocabulary. */
  static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return limit(m);
    }
    return what(e, m) + where(e.getLocation());
  }

  private static String what(JsonProcessingException e, String m) {
    if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
      return "the message ends before its JSON is complete";
    }
    Matcher t = TOKEN.matcher(m);
    if (m.startsWith("Non-standard token") && t.find()) {
      return "'" + printable(t.group(1)) + "' is not a number in JSON (JSON has no NaN or Infinity)";
    }
    if (m.contains("plus sign")) {
      return "a number may not start with '+'";
    }
    if (m.startsWith("Invalid numeric value") || m.contains("in numeric value")) {
      return "malformed number";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "a string holds an unescaped control character " + control(m) + " (write it as an escape, e.g. \\n)";
    }
    if (m.startsWith("Illegal character")) {
      return "control character " + control(m) + " outside a string";
    }
    Matcher esc = ESCAPE.matcher(m);
    if (esc.find()) {
      return "a string holds an invalid escape \\" + quoted(Integer.parseInt(esc.group(1)));
    }
    if (m.contains("hex-digit for character escape")) {
      return "a string holds an invalid \\u escape (it needs four hex digits)";
    }
    if (m.startsWith("Invalid UTF-8") || m.contains("UTF-8") || m.contains("surrogate")) {
      return "the message is not valid UTF-8";
    }
    if (m.startsWith("Unrecognized token") && t.find()) {
      return "unexpected word '" + printable(t.group(1)) + "' (expected a string, a number, an object, an array, true, false or null)";
    }
    if (m.startsWith("Trailing token")) {
      return "more text after the end of the JSON value (send one JSON value per message)";
    }
    Matcher close = CLOSE.matcher(m);
    if (close.find()) {
      return "unexpected '" + close.group(1) + "' (brackets do not match)";
    }
    Matcher c = CHAR.matcher(m);
    if (c.find()) {
      String ch = quoted(Integer.parseInt(c.group(2)));
      if (m.contains("comment")) {
        return "comments are not allowed in JSON";
      }
      if (m.contains("colon")) {
        return "expected ':' after a property name, got " + ch;
      }
      if (m.contains("field name")) {
        return "expected a property name in double quotes, got " + ch;
      }
      if (m.contains("comma to separate")) {
        return "expected ',' between entries, got " + ch;
      }
      if (m.contains("expected a value") || m.contains("expected a valid value")) {
        return "expected a value, got " + ch;
      }
      return "unexpected character " + ch;
    }
    return "malformed JSON";
  }

  /** A limit of the parser: nesting, number length, string length, document size. */
  private static String limit(String m) {
    Matcher n = LIMIT.matcher(m);
    String max = n.find() ? n.group(2) : null;
    if (m.startsWith("Document nesting depth")) {
      return "the message nests deeper than " + Json.MAX_NESTING_DEPTH + " levels";
    }
    if (m.startsWith("Number value length")) {
      return "a number is too long" + (max == null ? "" : " (more than " + max + " digits)");
    }
    if (m.startsWith("String value length")) {
      return "a string is too long" + (max == null ? "" : " (more than " + max + " characters)");
    }
    if (m.startsWith("Name length")) {
      return "a property name is too long" + (max == null ? "" : " (more than " + max + " characters)");
    }
    return "the message is too large";
  }

  private static String where(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String control(String m) {
    Matcher c = CTRL.matcher(m);
    return c.find() ? String.format("U+%04X", Integer.parseInt(c.group(1))) : "";
  }

  /** A character as a client can read it: 'x', or U+0007 for one that cannot be shown. */
  private static String quoted(int code) {
    return code > 0x20 && code < 0x7f ? "'" + (char) code + "'" : String.format("U+%04X", code);
  }

  /** At most 40 characters, printable ASCII only. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 40; i++) {
      char ch = s.charAt(i);
      b.append(ch >= 0x20 && ch < 0x7f && ch != '\'' ? ch : '?');
    }
    return s.length() > 40 ? b + "..." : b.toString();
  }
}
