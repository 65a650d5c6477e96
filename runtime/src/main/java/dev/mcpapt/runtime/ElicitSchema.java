package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The form an elicitation asks the user to fill in: a flat object of primitive properties, as the
 * MCP elicitation schema allows (strings, numbers, integers, booleans, single- and multi-select
 * enums). Build one with {@link #builder()}:
 *
 * <pre>{@code
 * ElicitSchema form = ElicitSchema.builder()
 *     .required("name", ElicitSchema.string().title("Your name").defaultValue("John Doe"))
 *     .optional("age", ElicitSchema.integer().minimum(0).defaultValue(30))
 *     .optional("plan", ElicitSchema.choice("free", "pro").titles("Free", "Pro"))
 *     .build();
 * }</pre>
 *
 * <p>Everything is checked as it is built (a default outside the enum, a minimum above the
 * maximum, a duplicate property), so a malformed form fails in the tool author's test, not in the
 * client.
 */
public final class ElicitSchema {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ObjectNode json;
  private final List<String> names;

  private ElicitSchema(ObjectNode json, List<String> names) {
    this.json = json;
    this.names = names;
  }

  /** A new, empty form. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A form from a JSON Schema written by hand. It must be an object schema whose properties are
   * primitive (the client decides how to render it); it is copied.
   */
  public static ElicitSchema of(ObjectNode requestedSchema) {
    Objects.requireNonNull(requestedSchema, "requestedSchema");
    if (!"object".equals(requestedSchema.path("type").asText())) {
      throw new IllegalArgumentException("an elicitation schema must have \"type\": \"object\"");
    }
    List<String> names = new ArrayList<>();
    requestedSchema.path("properties").fieldNames().forEachRemaining(names::add);
    return new ElicitSchema(requestedSchema.deepCopy(), List.copyOf(names));
  }

  /** The {@code requestedSchema} JSON; a fresh copy each call. */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  /** The property names, in order. */
  public List<String> propertyNames() {
    return names;
  }

  /** A text property. */
  public static StringProperty string() {
    return new StringProperty();
  }

  /** A whole-number property. */
  public static NumberProperty integer() {
    return new NumberProperty("integer");
  }

  /** A number property. */
  public static NumberProperty number() {
    return new NumberProperty("number");
  }

  /** A yes/no property. */
  public static BooleanProperty bool() {
    return new BooleanProperty();
  }

  /** A single choice among {@code values} (add {@link ChoiceProperty#titles} to label them). */
  public static ChoiceProperty choice(String... values) {
    return new ChoiceProperty(List.of(values), false);
  }

  /** Any number of choices among {@code values} (add {@link ChoiceProperty#titles} to label them). */
  public static ChoiceProperty multiChoice(String... values) {
    return new ChoiceProperty(List.of(values), true);
  }

  /** Builds an {@link ElicitSchema}. */
  public static final class Builder {
    private final Map<String, Property<?>> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    private Builder() {}

    /** Adds a property the user must fill in. */
    public Builder required(String name, Property<?> property) {
      add(name, property);
      required.add(name);
      return this;
    }

    /** Adds a property the user may leave empty. */
    public Builder optional(String name, Property<?> property) {
      add(name, property);
      return this;
    }

    private void add(String name, Property<?> property) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(property, "property");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a property name must not be empty");
      }
      if (properties.putIfAbsent(name, property) != null) {
        throw new IllegalArgumentException("duplicate property \"" + name + "\"");
      }
    }

    public ElicitSchema build() {
      ObjectNode schema = JSON.objectNode();
      schema.put("type", "object");
      ObjectNode props = schema.putObject("properties");
      properties.forEach((name, p) -> props.set(name, p.toJson()));
      if (!required.isEmpty()) {
        ArrayNode req = schema.putArray("required");
        required.forEach(req::add);
      }
      return new ElicitSchema(schema, List.copyOf(properties.keySet()));
    }
  }

  /** One property of a form; the subclasses add what their type allows. */
  public abstract static sealed class Property<P extends Property<P>>
      permits StringProperty, NumberProperty, BooleanProperty, ChoiceProperty {
    String title;
    String description;

    Property() {}

    @SuppressWarnings("unchecked")
    P self() {
      return (P) this;
    }

    /** A short label for the field. */
    public P title(String title) {
      this.title = title;
      return self();
    }

    /** A longer explanation of the field. */
    public P description(String description) {
      this.description = description;
      return self();
    }

    abstract ObjectNode toJson();

    ObjectNode base(String type) {
      ObjectNode node = JSON.objectNode();
      node.put("type", type);
      if (title != null) {
        node.put("title", title);
      }
      if (description != null) {
        node.put("description", description);
      }
      return node;
    }
  }

  /** A text field. */
  public static final class StringProperty extends Property<StringProperty> {
    private Integer minLength;
    private Integer maxLength;
    private String format;
    private String defaultValue;

    StringProperty() {}

    public StringProperty minLength(int minLength) {
      if (minLength < 0) {
        throw new IllegalArgumentException("minLength must be >= 0");
      }
      this.minLength = minLength;
      return this;
    }

    public StringProperty maxLength(int maxLength) {
      if (maxLength < 0 || (minLength != null && maxLength < minLength)) {
        throw new IllegalArgumentException("maxLength must be >= 0 and >= minLength");
      }
      this.maxLength = maxLength;
      return this;
    }

    /** One of {@code email}, {@code uri}, {@code date}, {@code date-time}. */
    public StringProperty format(String format) {
      if (!List.of("email", "uri", "date", "date-time").contains(format)) {
        throw new IllegalArgumentException("format must be one of email, uri, date, date-time; got \"" + format + "\"");
      }
      this.format = format;
      return this;
    }

    public StringProperty defaultValue(String defaultValue) {
      this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
      return this;
    }

    @Override
    ObjectNode toJson() {
      ObjectNode node = base("string");
      if (minLength != null) {
        node.put("minLength", minLength);
      }
      if (maxLength != null) {
        node.put("maxLength", maxLength);
      }
      if (format != null) {
        node.put("format", format);
      }
      if (defaultValue != null) {
        node.put("default", defaultValue);
      }
      return node;
    }
  }

  /** A number or integer field. */
  public static final class NumberProperty extends Property<NumberProperty> {
    private final String type;
    private Double minimum;
    private Double maximum;
    private Double defaultValue;

    NumberProperty(String type) {
      this.type = type;
    }

    public NumberProperty minimum(double minimum) {
      this.minimum = checkWhole(minimum, "minimum");
      return this;
    }

    public NumberProperty maximum(double maximum) {
      if (minimum != null && maximum < minimum) {
        throw new IllegalArgumentException("maximum must be >= minimum");
      }
      this.maximum = checkWhole(maximum, "maximum");
      return this;
    }

    public NumberProperty defaultValue(double defaultValue) {
      if ((minimum != null && defaultValue < minimum) || (maximum != null && defaultValue > maximum)) {
        throw new IllegalArgumentException("default " + defaultValue + " is outside [minimum, maximum]");
      }
      this.defaultValue = checkWhole(defaultValue, "default");
      return this;
    }

    private double checkWhole(double value, String what) {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(what + " must be finite");
      }
      if (type.equals("integer") && value != Math.rint(value)) {
        throw new IllegalArgumentException(what + " of an integer property must be whole, got " + value);
      }
      return value;
    }

    private void put(ObjectNode node, String key, double value) {
      if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
        node.put(key, (int) value);
      } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        node.put(key, (long) value);
      } else {
        node.put(key, value);
      }
    }

    @Override
    ObjectNode toJson() {
      ObjectNode node = base(type);
      if (minimum != null) {
        put(node, "minimum", minimum);
      }
      if (maximum != null) {
        put(node, "maximum", maximum);
      }
      if (defaultValue != null) {
        if (type.equals("integer")) {
          put(node, "default", defaultValue);
        } else {
          node.put("default", defaultValue);
        }
      }
      return node;
    }
  }

  /** A checkbox. */
  public static final class BooleanProperty extends Property<BooleanProperty> {
    private Boolean defaultValue;

    BooleanProperty() {}

    public BooleanProperty defaultValue(boolean defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    @Override
    ObjectNode toJson() {
      ObjectNode node = base("boolean");
      if (defaultValue != null) {
        node.put("default", defaultValue);
      }
      return node;
    }
  }

  /**
   * A single or multiple choice. Without titles it is written as a plain {@code enum}; with
   * {@link #titles} as {@code oneOf} (single) or {@code items.anyOf} (multiple) of
   * {@code const}/{@code title} pairs; with {@link #legacyTitles} as {@code enum} plus
   * {@code enumNames}, for clients older than 2025-11-25.
   */
  public static final class ChoiceProperty extends Property<ChoiceProperty> {
    private final List<String> values;
    private final boolean multiple;
    private List<String> titles;
    private boolean legacyTitles;
    private List<String> defaults;
    private Integer minItems;
    private Integer maxItems;

    ChoiceProperty(List<String> values, boolean multiple) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a choice needs at least one value");
      }
      if (values.stream().distinct().count() != values.size()) {
        throw new IllegalArgumentException("choice values must be distinct: " + values);
      }
      this.values = values;
      this.multiple = multiple;
    }

    /** Display labels, one per value, in the same order. */
    public ChoiceProperty titles(String... titles) {
      if (titles.length != values.size()) {
        throw new IllegalArgumentException(
            "expected " + values.size() + " titles (one per value), got " + titles.length);
      }
      this.titles = List.of(titles);
      return this;
    }

    /** Writes the titles as the deprecated {@code enumNames} (single choice only). */
    public ChoiceProperty legacyTitles(String... titles) {
      if (multiple) {
        throw new IllegalArgumentException("enumNames exists only for single choices");
      }
      titles(titles);
      this.legacyTitles = true;
      return this;
    }

    /** The preselected value(s); a single choice takes exactly one. */
    public ChoiceProperty defaultValue(String... defaults) {
      if (!multiple && defaults.length != 1) {
        throw new IllegalArgumentException("a single choice takes exactly one default");
      }
      for (String d : defaults) {
        if (!values.contains(d)) {
          throw new IllegalArgumentException("default \"" + d + "\" is not one of " + values);
        }
      }
      this.defaults = List.of(defaults);
      return this;
    }

    public ChoiceProperty minItems(int minItems) {
      requireMultiple("minItems");
      this.minItems = minItems;
      return this;
    }

    public ChoiceProperty maxItems(int maxItems) {
      requireMultiple("maxItems");
      this.maxItems = maxItems;
      return this;
    }

    private void requireMultiple(String what) {
      if (!multiple) {
        throw new IllegalArgumentException(what + " applies to multiChoice only");
      }
    }

    private ArrayNode constTitles(ArrayNode array) {
      for (int i = 0; i < values.size(); i++) {
        array.addObject().put("const", values.get(i)).put("title", titles.get(i));
      }
      return array;
    }

    @Override
    ObjectNode toJson() {
      if (!multiple) {
        ObjectNode node = base("string");
        if (titles == null || legacyTitles) {
          ArrayNode e = node.putArray("enum");
          values.forEach(e::add);
          if (legacyTitles) {
            ArrayNode names = node.putArray("enumNames");
            titles.forEach(names::add);
          }
        } else {
          constTitles(node.putArray("oneOf"));
        }
        if (defaults != null) {
          node.put("default", defaults.get(0));
        }
        return node;
      }
      ObjectNode node = base("array");
      if (minItems != null) {
        node.put("minItems", minItems);
      }
      if (maxItems != null) {
        node.put("maxItems", maxItems);
      }
      ObjectNode items = node.putObject("items");
      if (titles == null) {
        items.put("type", "string");
        ArrayNode e = items.putArray("enum");
        values.forEach(e::add);
      } else {
        constTitles(items.putArray("anyOf"));
      }
      if (defaults != null) {
        ArrayNode d = node.putArray("default");
        defaults.forEach(d::add);
      }
      return node;
    }
  }
}
