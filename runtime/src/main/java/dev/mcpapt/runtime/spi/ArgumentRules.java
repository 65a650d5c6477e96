package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The checks of rules that tie a tool's arguments together ({@code @AtLeastOneOf},
 * {@code @RequiredWhen}), called by generated handlers after the arguments were read, with the
 * same meaning as the {@code allOf}/{@code anyOf} and {@code if}/{@code then}/{@code else} of the
 * input schema. An argument given as {@code null} counts as not given (its schema admits no null).
 */
public final class ArgumentRules {
  private ArgumentRules() {}

  /** Records a problem unless {@code args} gives at least one of {@code names}. */
  public static void atLeastOneOf(JsonNode args, List<String> names, Problems problems) {
    for (String name : names) {
      if (given(args, name)) {
        return;
      }
    }
    problems.add("", "at least one of " + String.join(", ", names) + " is required");
  }

  /**
   * When argument {@code param} equals {@code value}, records a problem for each of
   * {@code require} not given; otherwise (another value, or not given), for each of
   * {@code otherwise} not given.
   */
  public static void requiredWhen(JsonNode args, String param, JsonNode value, List<String> require,
      List<String> otherwise, Problems problems) {
    boolean matches = given(args, param) && same(args.get(param), value);
    List<String> needed = matches ? require : otherwise;
    for (String name : needed) {
      if (!given(args, name)) {
        problems.enter(name);
        problems.fail("is required " + (matches ? "when " : "unless ") + param + " is " + value);
        problems.exit();
      }
    }
  }

  private static boolean given(JsonNode args, String name) {
    return args != null && !Decode.isAbsentOrNull(args.get(name));
  }

  /** JSON Schema's {@code const}: numbers compare by value ({@code 1} equals {@code 1.0}). */
  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
