package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mcpapt.runtime.json.JsonTrees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Readers that generated decoders call: each checks one JSON value against the rule its schema
 * states, records a problem with the current path if it breaks it, and returns the Java value.
 *
 * <p>Every reader treats a {@code null} node as an absent value and records
 * {@code "is required"}; callers check {@link #isAbsent} first for optional values. Readers
 * never throw for bad input and use no reflection.
 */
public final class Decode {
  private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");
  private static final Pattern LOCAL_TIME = Pattern.compile("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");
  private static final Pattern DECIMAL = Pattern.compile("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$");
  private static final Pattern INTEGER = Pattern.compile("^-?(0|[1-9][0-9]*)$");
  private static final String OUT_OF_RANGE = "larger in magnitude than a 64-bit floating-point number can hold";

  private Decode() {}

  // ---------------------------------------------------------------- structure

  /** Whether a value is absent: no such property. */
  public static boolean isAbsent(JsonNode node) {
    return node == null || node.isMissingNode();
  }

  /** Whether a value is absent or JSON {@code null}. */
  public static boolean isAbsentOrNull(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull();
  }

  /**
   * Checks the top-level {@code arguments} of a call: absent or null counts as {@code {}}; anything
   * else must be an object with only {@code known} properties.
   *
   * @return the arguments object
   * @throws InvalidArgumentsException if {@code arguments} is not an object (nothing more can be read)
   */
  public static JsonNode arguments(JsonNode arguments, Set<String> known, Problems problems)
      throws InvalidArgumentsException {
    if (arguments == null || arguments.isNull() || arguments.isMissingNode()) {
      return EMPTY;
    }
    if (!object(arguments, known, problems)) {
      problems.throwIfAny();
    }
    return arguments;
  }

  /**
   * Checks that {@code node} is an object whose properties are all in {@code known}, recording one
   * problem per unknown property.
   *
   * @return whether {@code node} is an object (its properties can be read)
   */
  public static boolean object(JsonNode node, Set<String> known, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return false;
    }
    if (!node.isObject()) {
      problems.fail("expected object, got " + describe(node));
      return false;
    }
    if (node.size() > 0) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          problems.enter(name);
          problems.fail(known.isEmpty()
              ? "unknown property (this takes no properties)"
              : "unknown property (expected " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
          problems.exit();
        }
      }
    }
    return true;
  }

  /** Reads property {@code name} of {@code object} with {@code decoder}, under the property's path. */
  public static <T> T property(JsonNode object, String name, Problems problems, ValueDecoder<T> decoder) {
    problems.enter(name);
    T value = decoder.decode(object.get(name), problems);
    problems.exit();
    return value;
  }

  /** Like {@link #property}, but an absent or null property gives {@code null}. */
  public static <T> T optionalProperty(JsonNode object, String name, Problems problems, ValueDecoder<T> decoder) {
    JsonNode node = object.get(name);
    if (isAbsentOrNull(node)) {
      return null;
    }
    problems.enter(name);
    T value = decoder.decode(node, problems);
    problems.exit();
    return value;
  }

  /** Like {@link #property}, but an absent property is decoded from {@code defaultValue}. */
  public static <T> T propertyOrDefault(
      JsonNode object, String name, Problems problems, ValueDecoder<T> decoder, JsonNode defaultValue) {
    JsonNode node = object.get(name);
    problems.enter(name);
    T value = decoder.decode(isAbsent(node) ? defaultValue : node, problems);
    problems.exit();
    return value;
  }

  // Shortcuts for the most common shapes: non-generic (or with one exact method reference), so the
  // generated code that calls them is quick to compile.

  public static String stringProperty(JsonNode object, String name, Problems problems) {
    problems.enter(name);
    String value = string(object.get(name), problems);
    problems.exit();
    return value;
  }

  /** A required list property whose elements {@code element} decodes. */
  public static <T> List<T> listProperty(JsonNode object, String name, Problems problems, ValueDecoder<T> element) {
    problems.enter(name);
    List<T> value = list(object.get(name), problems, element);
    problems.exit();
    return value;
  }

  public static int intProperty(JsonNode object, String name, Problems problems) {
    problems.enter(name);
    int value = intValue(object.get(name), problems);
    problems.exit();
    return value;
  }

  public static long longProperty(JsonNode object, String name, Problems problems) {
    problems.enter(name);
    long value = longValue(object.get(name), problems);
    problems.exit();
    return value;
  }

  public static double doubleProperty(JsonNode object, String name, Problems problems) {
    problems.enter(name);
    double value = doubleValue(object.get(name), problems);
    problems.exit();
    return value;
  }

  public static boolean booleanProperty(JsonNode object, String name, Problems problems) {
    problems.enter(name);
    boolean value = booleanValue(object.get(name), problems);
    problems.exit();
    return value;
  }

  /** Parses JSON text the processor checked at compile time, e.g. a {@code @Param} default. */
  public static JsonNode json(String text) {
    try {
      return JsonTrees.parse(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("invalid JSON: " + text, e);
    }
  }

  // ---------------------------------------------------------------- numbers

  public static int intValue(JsonNode node, Problems problems) {
    return (int) integral(node, Integer.MIN_VALUE, Integer.MAX_VALUE, problems);
  }

  public static Integer intBox(JsonNode node, Problems problems) {
    return intValue(node, problems);
  }

  public static long longValue(JsonNode node, Problems problems) {
    return integral(node, Long.MIN_VALUE, Long.MAX_VALUE, problems);
  }

  public static Long longBox(JsonNode node, Problems problems) {
    return longValue(node, problems);
  }

  public static short shortValue(JsonNode node, Problems problems) {
    return (short) integral(node, Short.MIN_VALUE, Short.MAX_VALUE, problems);
  }

  public static Short shortBox(JsonNode node, Problems problems) {
    return shortValue(node, problems);
  }

  public static byte byteValue(JsonNode node, Problems problems) {
    return (byte) integral(node, Byte.MIN_VALUE, Byte.MAX_VALUE, problems);
  }

  public static Byte byteBox(JsonNode node, Problems problems) {
    return byteValue(node, problems);
  }

  public static double doubleValue(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return 0;
    }
    if (!node.isNumber()) {
      problems.fail("expected number, got " + describe(node));
      return 0;
    }
    if (outOfRange(node)) {
      problems.fail("is out of range: " + OUT_OF_RANGE);
      return 0;
    }
    return node.doubleValue();
  }

  /**
   * Whether a number is too large for a double: the parser reads {@code 1e400} as infinity, which
   * no JSON number means.
   */
  private static boolean outOfRange(JsonNode node) {
    return (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue());
  }

  public static Double doubleBox(JsonNode node, Problems problems) {
    return doubleValue(node, problems);
  }

  public static float floatValue(JsonNode node, Problems problems) {
    double d = doubleValue(node, problems);
    if (Math.abs(d) > Float.MAX_VALUE) {
      problems.fail("is out of range: at most " + Float.MAX_VALUE + " in magnitude");
      return 0;
    }
    return (float) d;
  }

  public static Float floatBox(JsonNode node, Problems problems) {
    return floatValue(node, problems);
  }

  public static BigInteger bigInteger(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    if (node.isTextual() && INTEGER.matcher(node.textValue()).matches()) {
      return new BigInteger(node.textValue());
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (outOfRange(node)) {
      problems.fail("is out of range: " + OUT_OF_RANGE + " (send a very large number as a string)");
      return null;
    }
    if (node.isNumber() && isWhole(node)) {
      return node.decimalValue().toBigIntegerExact();
    }
    problems.fail("expected integer (number or string), got " + describe(node));
    return null;
  }

  public static BigDecimal bigDecimal(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    if (node.isTextual() && DECIMAL.matcher(node.textValue()).matches()) {
      return new BigDecimal(node.textValue());
    }
    if (outOfRange(node)) {
      problems.fail("is out of range: " + OUT_OF_RANGE + " (send a very large number as a string)");
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    problems.fail("expected decimal number (number or string), got " + describe(node));
    return null;
  }

  private static long integral(JsonNode node, long min, long max, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return 0;
    }
    if (outOfRange(node)) {
      problems.fail("is out of range: must be between " + min + " and " + max);
      return 0;
    }
    if (!node.isNumber() || !(node.isIntegralNumber() || isWhole(node))) {
      problems.fail("expected integer, got " + describe(node));
      return 0;
    }
    BigInteger value = node.isIntegralNumber() ? node.bigIntegerValue() : node.decimalValue().toBigIntegerExact();
    if (value.compareTo(min == Long.MIN_VALUE ? LONG_MIN : BigInteger.valueOf(min)) < 0) {
      problems.fail("must be at least " + min + ", got " + node.asText());
      return 0;
    }
    if (value.compareTo(max == Long.MAX_VALUE ? LONG_MAX : BigInteger.valueOf(max)) > 0) {
      problems.fail("must be at most " + max + ", got " + node.asText());
      return 0;
    }
    return value.longValue();
  }

  private static boolean isWhole(JsonNode node) {
    if (node.isDouble() || node.isFloat()) {
      double d = node.doubleValue();
      return !Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d);
    }
    if (node.isBigDecimal()) {
      BigDecimal d = node.decimalValue();
      return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }
    return node.isIntegralNumber();
  }

  // ---------------------------------------------------------------- other scalars

  public static boolean booleanValue(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return false;
    }
    if (!node.isBoolean()) {
      problems.fail("expected boolean, got " + describe(node));
      return false;
    }
    return node.booleanValue();
  }

  public static Boolean booleanBox(JsonNode node, Problems problems) {
    return booleanValue(node, problems);
  }

  public static String string(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    if (!node.isTextual()) {
      problems.fail("expected string, got " + describe(node));
      return null;
    }
    String text = node.textValue();
    int bad = unpairedSurrogate(text);
    if (bad >= 0) {
      // It could not be stored or sent on as UTF-8 (it would turn into '?'): refuse it instead.
      problems.fail("is not valid Unicode text: an unpaired surrogate " + String.format("\\u%04x", (int) text.charAt(bad))
          + " at character " + bad + " (escape a character outside the BMP as a \\uD8xx\\uDCxx pair)");
      return null;
    }
    return text;
  }

  /** The index of the first surrogate that is not half of a pair, or -1. */
  static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  public static char charValue(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return 0;
    }
    if (s.length() != 1) {
      problems.fail("expected a single character, got " + describe(node));
      return 0;
    }
    return s.charAt(0);
  }

  public static Character charBox(JsonNode node, Problems problems) {
    return charValue(node, problems);
  }

  public static UUID uuid(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    if (s.length() == 36) {
      try {
        return UUID.fromString(s);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    problems.fail("expected UUID, got " + describe(node));
    return null;
  }

  public static URI uri(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    try {
      URI uri = new URI(s);
      if (uri.isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.fail("expected absolute URI, got " + describe(node));
    return null;
  }

  public static LocalDate localDate(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problems.fail("expected date (YYYY-MM-DD), got " + describe(node));
      return null;
    }
  }

  public static LocalDateTime localDateTime(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    try {
      if (LOCAL_DATE_TIME.matcher(s).matches()) {
        return LocalDateTime.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.fail("expected local date-time (YYYY-MM-DDTHH:MM:SS), got " + describe(node));
    return null;
  }

  public static LocalTime localTime(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    try {
      if (LOCAL_TIME.matcher(s).matches()) {
        return LocalTime.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.fail("expected time (HH:MM:SS), got " + describe(node));
    return null;
  }

  public static OffsetDateTime offsetDateTime(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      problems.fail("expected date-time with offset (RFC 3339), got " + describe(node));
      return null;
    }
  }

  public static ZonedDateTime zonedDateTime(JsonNode node, Problems problems) {
    OffsetDateTime odt = offsetDateTime(node, problems);
    return odt == null ? null : odt.toZonedDateTime();
  }

  public static Instant instant(JsonNode node, Problems problems) {
    OffsetDateTime odt = offsetDateTime(node, problems);
    return odt == null ? null : odt.toInstant();
  }

  public static Duration duration(JsonNode node, Problems problems) {
    String s = string(node, problems);
    if (s == null) {
      return null;
    }
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      problems.fail("expected ISO 8601 duration (e.g. PT15M), got " + describe(node));
      return null;
    }
  }

  /** Any JSON value, as is (the opt-in for untyped data). */
  public static JsonNode any(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    return node;
  }

  /**
   * Reads the text of an enum constant; the generated decoder maps it to the constant.
   *
   * @return the text, or null after recording a problem
   */
  public static String enumName(JsonNode node, String expected, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    if (!node.isTextual()) {
      problems.fail("must be one of " + expected + ", got " + describe(node));
      return null;
    }
    return node.textValue();
  }

  /** Records that an enum's text is not one of its constants. */
  public static void notOneOf(JsonNode node, String expected, Problems problems) {
    problems.fail("must be one of " + expected + ", got " + describe(node));
  }

  /**
   * Reads the discriminator of a sealed type's object.
   *
   * @return its value, or null after recording a problem
   */
  public static String discriminator(JsonNode node, String property, String expected, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    if (!node.isObject()) {
      problems.fail("expected object, got " + describe(node));
      return null;
    }
    JsonNode tag = node.get(property);
    problems.enter(property);
    String value = null;
    if (tag == null) {
      problems.fail("is required (one of " + expected + ")");
    } else if (!tag.isTextual()) {
      problems.fail("must be one of " + expected + ", got " + describe(tag));
    } else {
      value = tag.textValue();
    }
    problems.exit();
    return value;
  }

  // ---------------------------------------------------------------- containers

  public static <T> List<T> list(JsonNode node, Problems problems, ValueDecoder<T> element) {
    if (!array(node, problems)) {
      return null;
    }
    List<T> list = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      problems.enterIndex(i);
      list.add(element.decode(node.get(i), problems));
      problems.exit();
    }
    return Collections.unmodifiableList(list);
  }

  /** A set: the JSON array's items must be unique ({@code uniqueItems}). */
  public static <T> Set<T> set(JsonNode node, Problems problems, ValueDecoder<T> element) {
    if (!array(node, problems)) {
      return null;
    }
    Set<T> set = new LinkedHashSet<>();
    Set<Object> seen = node.size() > 1 ? new HashSet<>() : null;
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      problems.enterIndex(i);
      // JSON Schema compares numbers by value (1 and 1.0 are the same item); JsonNode.equals does not.
      Object key = item.isNumber() ? item.decimalValue().stripTrailingZeros() : item;
      if (seen != null && !seen.add(key)) {
        problems.fail("duplicate item (items must be unique)");
      } else {
        set.add(element.decode(item, problems));
      }
      problems.exit();
    }
    return Collections.unmodifiableSet(set);
  }

  public static <V> Map<String, V> map(JsonNode node, Problems problems, ValueDecoder<V> value) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return null;
    }
    if (!node.isObject()) {
      problems.fail("expected object, got " + describe(node));
      return null;
    }
    Map<String, V> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      problems.enter(field.getKey());
      map.put(field.getKey(), value.decode(field.getValue(), problems));
      problems.exit();
    }
    return Collections.unmodifiableMap(map);
  }

  public static int[] intArray(JsonNode node, Problems problems) {
    if (!array(node, problems)) {
      return null;
    }
    int[] values = new int[node.size()];
    for (int i = 0; i < values.length; i++) {
      problems.enterIndex(i);
      values[i] = intValue(node.get(i), problems);
      problems.exit();
    }
    return values;
  }

  public static long[] longArray(JsonNode node, Problems problems) {
    if (!array(node, problems)) {
      return null;
    }
    long[] values = new long[node.size()];
    for (int i = 0; i < values.length; i++) {
      problems.enterIndex(i);
      values[i] = longValue(node.get(i), problems);
      problems.exit();
    }
    return values;
  }

  public static double[] doubleArray(JsonNode node, Problems problems) {
    if (!array(node, problems)) {
      return null;
    }
    double[] values = new double[node.size()];
    for (int i = 0; i < values.length; i++) {
      problems.enterIndex(i);
      values[i] = doubleValue(node.get(i), problems);
      problems.exit();
    }
    return values;
  }

  public static boolean[] booleanArray(JsonNode node, Problems problems) {
    if (!array(node, problems)) {
      return null;
    }
    boolean[] values = new boolean[node.size()];
    for (int i = 0; i < values.length; i++) {
      problems.enterIndex(i);
      values[i] = booleanValue(node.get(i), problems);
      problems.exit();
    }
    return values;
  }

  private static boolean array(JsonNode node, Problems problems) {
    if (node == null || node.isMissingNode()) {
      problems.fail("is required");
      return false;
    }
    if (!node.isArray()) {
      problems.fail("expected array, got " + describe(node));
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- constraints (Bean Validation keywords)

  /** The items of a decoded list as an array, or null if the list is null. */
  public static <T> T[] toArray(List<T> list, java.util.function.IntFunction<T[]> array) {
    return list == null ? null : list.toArray(array.apply(list.size()));
  }

  /** {@code minLength}/{@code maxLength}, counted in code points as JSON Schema does. */
  public static String length(String value, int min, int max, Problems problems) {
    if (value != null) {
      int n = value.codePointCount(0, value.length());
      if (n < min) {
        problems.fail(min == 1 ? "must not be empty" : "must be at least " + min + " characters long");
      } else if (n > max) {
        problems.fail("must be at most " + max + " characters long");
      }
    }
    return value;
  }

  public static String notBlank(String value, Problems problems) {
    if (value != null && value.isBlank()) {
      problems.fail("must not be blank");
    }
    return value;
  }

  /** {@code pattern}; {@code regex} is anchored, as Bean Validation's {@code @Pattern} matches whole strings. */
  public static String pattern(String value, Pattern regex, Problems problems) {
    if (value != null && !regex.matcher(value).find()) {
      problems.fail("must match " + regex.pattern());
    }
    return value;
  }

  public static String email(String value, Problems problems) {
    if (value != null) {
      int at = value.lastIndexOf('@');
      if (at <= 0 || at == value.length() - 1 || value.indexOf(' ') >= 0) {
        problems.fail("must be an email address");
      }
    }
    return value;
  }

  public static <C extends java.util.Collection<?>> C size(C value, int min, int max, Problems problems) {
    if (value != null) {
      itemCount(value.size(), min, max, problems);
    }
    return value;
  }

  /**
   * {@code minItems}/{@code maxItems} of a JSON array that becomes a Java array, checked on the
   * node before decoding (Java arrays, primitive or not, share no type to check afterwards).
   * Anything that is not an array is left for the decoder to report.
   */
  public static JsonNode items(JsonNode node, int min, int max, Problems problems) {
    if (node != null && node.isArray()) {
      itemCount(node.size(), min, max, problems);
    }
    return node;
  }

  private static void itemCount(int size, int min, int max, Problems problems) {
    if (size < min) {
      problems.fail(min == 1 ? "must not be empty" : "must have at least " + min + " items");
    } else if (size > max) {
      problems.fail("must have at most " + max + " items");
    }
  }

  public static <M extends Map<?, ?>> M size(M value, int min, int max, Problems problems) {
    if (value != null) {
      if (value.size() < min) {
        problems.fail(min == 1 ? "must not be empty" : "must have at least " + min + " entries");
      } else if (value.size() > max) {
        problems.fail("must have at most " + max + " entries");
      }
    }
    return value;
  }

  /** {@code minimum}/{@code maximum} (or the exclusive forms) of a number, as decimals for exactness. */
  public static <N extends Number> N range(
      N value, BigDecimal min, boolean minExclusive, BigDecimal max, boolean maxExclusive, Problems problems) {
    if (value == null) {
      return null;
    }
    BigDecimal v = value instanceof BigDecimal ? (BigDecimal) value
        : value instanceof BigInteger ? new BigDecimal((BigInteger) value)
        : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue())
        : BigDecimal.valueOf(value.longValue());
    if (min != null) {
      int c = v.compareTo(min);
      if (minExclusive ? c <= 0 : c < 0) {
        problems.fail((minExclusive ? "must be greater than " : "must be at least ") + min.toPlainString());
        return value;
      }
    }
    if (max != null) {
      int c = v.compareTo(max);
      if (maxExclusive ? c >= 0 : c > 0) {
        problems.fail((maxExclusive ? "must be less than " : "must be at most ") + max.toPlainString());
      }
    }
    return value;
  }

  /**
   * Records that a user type rejected its values (its constructor threw
   * {@link IllegalArgumentException}, e.g. from a record's compact constructor), at the current path.
   *
   * @return null, for the caller to return
   */
  public static <T> T rejected(IllegalArgumentException e, Problems problems) {
    problems.fail(e.getMessage() == null || e.getMessage().isBlank() ? "is invalid" : e.getMessage());
    return null;
  }

  // ---------------------------------------------------------------- messages

  /** A short description of a JSON value for messages: {@code "abc"}, {@code 12}, {@code an object}. */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (text.length() > 40) {
        text = text.substring(0, 37) + "...";
      }
      return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
    if (outOfRange(node)) {
      return "a number out of range (" + OUT_OF_RANGE + ")";
    }
    return node.toString();
  }
}
