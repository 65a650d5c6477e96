package dev.mcpapt.processor.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.Constraints;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.NamedType.EnumModel;
import dev.mcpapt.processor.model.NamedType.ObjectModel;
import dev.mcpapt.processor.model.NamedType.SealedModel;
import dev.mcpapt.processor.model.ParameterModel;
import dev.mcpapt.processor.model.PropertyModel;
import dev.mcpapt.processor.model.ResultModel;
import dev.mcpapt.processor.model.Scalar;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.ToolSchemaModel;
import dev.mcpapt.processor.model.ValueModel;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes JSON Schema 2020-12 for a tool's arguments and result from the model only.
 *
 * <p>A named type used once is written inline; a type used twice or more, or recursively, is
 * written once under {@code $defs} and referred to with {@code $ref}. Objects list
 * {@code required} properties and set {@code "additionalProperties": false}, the same rule the
 * generated decoders apply. Keys keep insertion order, so output is deterministic. A type with
 * {@code @SchemaDef} always goes under {@code $defs}, by its declared name.
 *
 * <p>A tool's argument rules become {@code allOf} ({@code @AtLeastOneOf}: an {@code anyOf} of
 * {@code required}) and {@code if}/{@code then}/{@code else} ({@code @RequiredWhen}; several go
 * under {@code allOf}). The arguments they name do not admit {@code null}: {@code required} counts a
 * {@code null} value as given, which the generated check does not.
 */
public final class SchemaWriter {
  /** The {@code pattern} of a decimal in a string (BigDecimal). */
  public static final String DECIMAL_PATTERN = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$";

  /** The {@code pattern} of an integer in a string (BigInteger). */
  public static final String INTEGER_PATTERN = "^-?(0|[1-9][0-9]*)$";

  static final String LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";
  static final String LOCAL_TIME_PATTERN = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

  /** The meta-schema of the one dialect written, for {@code @SchemaDialect}. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ComponentModel component;
  private final boolean input;
  private final Map<ClassName, String> defNames = new LinkedHashMap<>();
  private ClassName root;

  private SchemaWriter(ComponentModel component, boolean input) {
    this.component = component;
    this.input = input;
  }

  /** The {@code inputSchema} of a tool: an object with one property per argument. */
  public static ObjectNode inputSchema(ComponentModel component, ToolModel tool) {
    SchemaWriter w = new SchemaWriter(component, true);
    for (ParameterModel p : tool.arguments()) {
      w.count(p.value());
    }
    w.chooseDefs();
    ToolSchemaModel rules = tool.schema();
    Set<String> ruled = rules.namedArguments();
    ObjectNode schema = NODES.objectNode();
    if (rules.declaresDialect()) {
      schema.put("$schema", DIALECT);
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (ParameterModel p : tool.arguments()) {
      ValueModel value = p.value();
      if (ruled.contains(p.jsonName())) {
        value = new ValueModel(value.type(), false, value.optional(), value.constraints());
      }
      ObjectNode property = w.property(value, p.description(), p.defaultJson());
      if (p.header() != null) {
        property.put("x-mcp-header", p.header()); // 2026-07-28: mirrored as Mcp-Param-<header>
      }
      properties.set(p.jsonName(), property);
      if (p.required()) {
        required.add(p.jsonName());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    rules(schema, rules);
    schema.put("additionalProperties", false);
    w.addDefs(schema);
    return schema;
  }

  /** {@code allOf} and {@code if}/{@code then}/{@code else} of a tool's argument rules. */
  private static void rules(ObjectNode schema, ToolSchemaModel rules) {
    ArrayNode allOf = NODES.arrayNode();
    for (List<String> group : rules.atLeastOneOf()) {
      ArrayNode anyOf = allOf.addObject().putArray("anyOf");
      group.forEach(name -> anyOf.addObject().putArray("required").add(name));
    }
    // One schema holds one if/then/else: several go under allOf, each in its own entry.
    boolean several = rules.conditions().size() > 1;
    if (several) {
      rules.conditions().forEach(c -> condition(allOf.addObject(), c));
    }
    if (!allOf.isEmpty()) {
      schema.set("allOf", allOf);
    }
    if (!several && !rules.conditions().isEmpty()) {
      condition(schema, rules.conditions().get(0));
    }
  }

  private static void condition(ObjectNode into, ToolSchemaModel.Condition c) {
    ObjectNode test = into.putObject("if");
    test.putObject("properties").putObject(c.param()).set("const", parse(c.valueJson()));
    test.putArray("required").add(c.param());
    if (!c.require().isEmpty()) {
      ArrayNode then = into.putObject("then").putArray("required");
      c.require().forEach(then::add);
    }
    if (!c.otherwise().isEmpty()) {
      ArrayNode otherwise = into.putObject("else").putArray("required");
      c.otherwise().forEach(otherwise::add);
    }
  }

  /** The {@code outputSchema} of a tool, or null if its result is not structured. */
  public static ObjectNode outputSchema(ComponentModel component, ToolModel tool) {
    ResultModel result = tool.result();
    if (!result.hasOutputSchema()) {
      return null;
    }
    SchemaWriter w = new SchemaWriter(component, false);
    ObjectNode schema;
    if (result.kind() == ResultModel.Kind.ITEMS) {
      w.count(result.value());
      w.chooseDefs();
      schema = NODES.objectNode();
      schema.put("type", "object");
      schema.put("description", "The result list, wrapped in an object because structured content must be an object.");
      schema.putObject("properties").set("items", w.schema(result.value()));
      schema.putArray("required").add("items");
      schema.put("additionalProperties", false);
    } else {
      schema = w.rootSchema(result.value());
    }
    w.addDefs(schema);
    if (tool.schema().declaresDialect()) {
      ObjectNode withDialect = NODES.objectNode().put("$schema", DIALECT);
      withDialect.setAll(schema);
      return withDialect;
    }
    return schema;
  }

  /**
   * The schema of the widget data of a tool returning {@code TypedWidgetResult<T, D>}: the shape of
   * its result's {@code _meta}, for the widget's TypeScript declarations; null without widget data.
   */
  public static ObjectNode widgetDataSchema(ComponentModel component, ToolModel tool) {
    ValueModel data = tool.result().widgetData();
    if (data == null) {
      return null;
    }
    SchemaWriter w = new SchemaWriter(component, false);
    ObjectNode schema = w.rootSchema(data);
    w.addDefs(schema);
    return schema;
  }

  /** The schema of a value written as a whole result: a named type is the root, referred to as {@code #}. */
  private ObjectNode rootSchema(ValueModel value) {
    if (value.type() instanceof JsonType.Named n) {
      root = n.javaType();
    }
    count(value);
    defNames.remove(root);
    chooseDefs();
    return root != null ? definition(component.type(root)) : schema(value);
  }

  // ---------------------------------------------------------------- which types go to $defs

  private final Map<ClassName, Integer> uses = new HashMap<>();
  private final Set<ClassName> recursive = new HashSet<>();
  private final Deque<ClassName> stack = new ArrayDeque<>();
  private final Set<ClassName> order = new LinkedHashSet<>();

  private void count(ValueModel value) {
    JsonType type = value.type();
    if (type instanceof JsonType.ArrayType a) {
      count(a.element());
    } else if (type instanceof JsonType.MapType m) {
      count(m.value());
    } else if (type instanceof JsonType.Named n) {
      ClassName name = n.javaType();
      if (stack.contains(name)) {
        recursive.add(name);
        uses.merge(name, 1, Integer::sum);
        return;
      }
      if (uses.merge(name, 1, Integer::sum) > 1) {
        return;
      }
      order.add(name);
      stack.push(name);
      NamedType model = component.type(name);
      if (model instanceof ObjectModel o) {
        for (PropertyModel p : o.properties()) {
          if (included(p)) {
            count(p.value());
          }
        }
      } else if (model instanceof SealedModel s) {
        for (SealedModel.Variant v : s.variants()) {
          for (PropertyModel p : ((ObjectModel) component.type(v.record())).properties()) {
            if (included(p)) {
              count(p.value());
            }
          }
        }
      }
      stack.pop();
    }
  }

  private void chooseDefs() {
    Set<String> taken = new HashSet<>();
    for (ClassName name : order) {
      NamedType.SchemaDefModel def = component.type(name).def();
      if (def != null && !name.equals(root)) {
        taken.add(def.name()); // declared names first, so the chosen ones step around them
      }
    }
    for (ClassName name : order) {
      if (name.equals(root)) {
        continue;
      }
      NamedType.SchemaDefModel declared = component.type(name).def();
      if (declared != null) {
        defNames.put(name, declared.name());
      } else if (uses.get(name) > 1 || recursive.contains(name)) {
        String def = String.join(".", name.simpleNames());
        if (!taken.add(def)) {
          def = name.canonicalName();
          taken.add(def);
        }
        defNames.put(name, def);
      }
    }
  }

  private void addDefs(ObjectNode schema) {
    if (defNames.isEmpty()) {
      return;
    }
    ObjectNode defs = schema.putObject("$defs");
    for (Map.Entry<ClassName, String> e : defNames.entrySet()) {
      defs.set(e.getValue(), definition(component.type(e.getKey())));
    }
  }

  private boolean included(PropertyModel p) {
    return input ? p.write() != null : p.read() != null;
  }

  // ---------------------------------------------------------------- schemas

  private ObjectNode property(ValueModel value, String description, String defaultJson) {
    ObjectNode schema = schema(value, true);
    if (description != null && !description.isEmpty()) {
      schema.put("description", description);
    }
    if (defaultJson != null) {
      schema.set("default", parse(defaultJson));
    }
    return schema;
  }

  private ObjectNode schema(ValueModel value) {
    return schema(value, false);
  }

  /**
   * The schema of a value. A nullable value admits {@code null}, except a property of a result:
   * writers leave null properties out (so they are simply not required), but write null items.
   */
  private ObjectNode schema(ValueModel value, boolean property) {
    ObjectNode schema = typeSchema(value.type());
    constraints(schema, value.constraints());
    if (value.nullable() && (input || !property)) {
      return nullable(schema);
    }
    return schema;
  }

  private ObjectNode typeSchema(JsonType type) {
    if (type instanceof JsonType.ScalarType s) {
      return scalar(s.scalar());
    }
    if (type instanceof JsonType.AnyType) {
      return NODES.objectNode();
    }
    if (type instanceof JsonType.ArrayType a) {
      ObjectNode schema = NODES.objectNode();
      schema.put("type", "array");
      schema.set("items", schema(a.element()));
      if (a.container() == JsonType.Container.SET) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (type instanceof JsonType.MapType m) {
      ObjectNode schema = NODES.objectNode();
      schema.put("type", "object");
      schema.set("additionalProperties", schema(m.value()));
      return schema;
    }
    ClassName name = ((JsonType.Named) type).javaType();
    if (name.equals(root)) {
      return NODES.objectNode().put("$ref", "#");
    }
    String def = defNames.get(name);
    if (def != null) {
      return NODES.objectNode().put("$ref", "#/$defs/" + def);
    }
    return definition(component.type(name));
  }

  private ObjectNode definition(NamedType type) {
    ObjectNode schema = plainDefinition(type);
    if (type.def() != null && type.def().anchor() != null) {
      ObjectNode anchored = NODES.objectNode().put("$anchor", type.def().anchor());
      anchored.setAll(schema);
      return anchored;
    }
    return schema;
  }

  private ObjectNode plainDefinition(NamedType type) {
    if (type instanceof EnumModel e) {
      ObjectNode schema = NODES.objectNode();
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      e.constants().forEach(c -> values.add(c.jsonName()));
      describe(schema, e.description());
      return schema;
    }
    if (type instanceof ObjectModel o) {
      ObjectNode schema = object(o, null, null);
      return schema;
    }
    SealedModel s = (SealedModel) type;
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    describe(schema, s.description());
    ArrayNode oneOf = schema.putArray("oneOf");
    for (SealedModel.Variant v : s.variants()) {
      oneOf.add(object((ObjectModel) component.type(v.record()), s.discriminator(), v.tag()));
    }
    return schema;
  }

  private ObjectNode object(ObjectModel o, String discriminator, String tag) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    describe(schema, o.description());
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    if (discriminator != null) {
      properties.putObject(discriminator).put("const", tag);
      required.add(discriminator);
    }
    for (PropertyModel p : o.properties()) {
      if (!included(p)) {
        continue;
      }
      properties.set(p.jsonName(), property(p.value(), p.description(), input ? p.defaultJson() : null));
      // Writers omit null values, so in results only primitives are sure to be present.
      boolean isRequired = input ? p.required()
          : p.value().type() instanceof JsonType.ScalarType s && s.isPrimitive();
      if (isRequired) {
        required.add(p.jsonName());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static void describe(ObjectNode schema, String description) {
    if (description != null && !description.isEmpty()) {
      schema.put("description", description);
    }
  }

  /** Scalar schemas; integer kinds carry their Java range, so out-of-range values fail validation. */
  static ObjectNode scalar(Scalar scalar) {
    ObjectNode schema = NODES.objectNode();
    switch (scalar) {
      case BOOLEAN -> schema.put("type", "boolean");
      case INT -> schema.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      case LONG -> schema.put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
      case SHORT -> schema.put("type", "integer").put("minimum", Short.MIN_VALUE).put("maximum", Short.MAX_VALUE);
      case BYTE -> schema.put("type", "integer").put("minimum", Byte.MIN_VALUE).put("maximum", Byte.MAX_VALUE);
      case DOUBLE, FLOAT -> schema.put("type", "number");
      case CHAR -> schema.put("type", "string").put("minLength", 1).put("maxLength", 1);
      case STRING -> schema.put("type", "string");
      case BIG_DECIMAL -> {
        schema.putArray("type").add("number").add("string");
        schema.put("pattern", DECIMAL_PATTERN);
      }
      case BIG_INTEGER -> {
        schema.putArray("type").add("integer").add("string");
        schema.put("pattern", INTEGER_PATTERN);
      }
      case UUID -> schema.put("type", "string").put("format", "uuid");
      case URI -> schema.put("type", "string").put("format", "uri");
      case LOCAL_DATE -> schema.put("type", "string").put("format", "date");
      case LOCAL_DATE_TIME -> schema.put("type", "string").put("pattern", LOCAL_DATE_TIME_PATTERN);
      case LOCAL_TIME -> schema.put("type", "string").put("pattern", LOCAL_TIME_PATTERN);
      case OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> schema.put("type", "string").put("format", "date-time");
      case DURATION -> schema.put("type", "string").put("format", "duration");
    }
    return schema;
  }

  private static void constraints(ObjectNode schema, Constraints c) {
    if (c.isEmpty()) {
      return;
    }
    if (c.minLength() != null || c.notBlank()) {
      // @NotBlank implies at least one character; the generated check reports it as "blank" only.
      schema.put("minLength", Math.max(1, c.minLength() == null ? 1 : c.minLength()));
    }
    if (c.maxLength() != null) {
      schema.put("maxLength", c.maxLength());
    }
    if (c.pattern() != null) {
      schema.put("pattern", anchored(c.pattern()));
    }
    if (c.notBlank()) {
      if (c.pattern() == null) {
        schema.put("pattern", "\\S");
      } else {
        schema.putArray("allOf").addObject().put("pattern", "\\S");
      }
    }
    if (c.email()) {
      schema.put("format", "email");
    }
    if (c.minItems() != null) {
      schema.put(schema.path("type").asText().equals("object") ? "minProperties" : "minItems", c.minItems());
    }
    if (c.maxItems() != null) {
      schema.put(schema.path("type").asText().equals("object") ? "maxProperties" : "maxItems", c.maxItems());
    }
    if (c.minimum() != null) {
      if (c.minimumExclusive()) {
        schema.set("exclusiveMinimum", number(c.minimum()));
      } else {
        schema.set("minimum", number(c.minimum()));
      }
    }
    if (c.maximum() != null) {
      if (c.maximumExclusive()) {
        schema.set("exclusiveMaximum", number(c.maximum()));
      } else {
        schema.set("maximum", number(c.maximum()));
      }
    }
  }

  /** Bean Validation's {@code @Pattern} matches the whole string; JSON Schema's pattern searches. */
  public static String anchored(String regex) {
    return "^(?:" + regex + ")$";
  }

  private static JsonNode number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return NODES.numberNode(stripped.toBigIntegerExact());
    }
    return NODES.numberNode(stripped);
  }

  private static ObjectNode nullable(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual() && !schema.has("enum")) {
      ArrayNode types = NODES.arrayNode().add(type.textValue()).add("null");
      schema.set("type", types);
      return schema;
    }
    if (type != null && type.isArray() && !schema.has("enum")) {
      ((ArrayNode) type).add("null");
      return schema;
    }
    ObjectNode wrapper = NODES.objectNode();
    wrapper.putArray("anyOf").add(schema).addObject().put("type", "null");
    return wrapper;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("default value was checked before: " + json, e);
    }
  }
}
