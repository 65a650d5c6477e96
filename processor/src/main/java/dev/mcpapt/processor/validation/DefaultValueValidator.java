package dev.mcpapt.processor.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.DefaultValue;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.PropertyModel;
import dev.mcpapt.processor.model.Scalar;
import dev.mcpapt.processor.model.ValueModel;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a {@code @Param(defaultValue)} at compile time: it must be JSON text that the argument's
 * own decoder would accept, so a default can never fail at run time.
 */
public final class DefaultValueValidator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<ClassName, NamedType> types;

  public DefaultValueValidator(Map<ClassName, NamedType> types) {
    this.types = types;
  }

  /** Reports every default of {@code model} its parameter or property would not accept. */
  public static void validate(ComponentModel model, Report report) {
    DefaultValueValidator validator = new DefaultValueValidator(model.types());
    for (DefaultValue d : model.defaults()) {
      String problem = validator.check(d.json(), d.value());
      if (problem != null) {
        report.error(Diagnostic.McpInvalidDefault, d.element(), d.param().mirror(), d.param().defaultValueValue(),
            d.json(), d.where(), problem);
      }
    }
  }

  /** What is wrong with {@code json} as a value of {@code value}, or null if nothing. */
  public String check(String json, ValueModel value) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || node.isMissingNode()) {
      return "it is not JSON text (write strings with quotes, e.g. defaultValue = \"\\\"open\\\"\")";
    }
    return check(node, value, "");
  }

  private String check(JsonNode node, ValueModel value, String path) {
    if (value.type() instanceof JsonType.UnsupportedType) {
      return null; // reported on its own
    }
    if (node.isNull()) {
      return value.nullable() ? null : at(path, "null is not allowed here");
    }
    JsonType type = value.type();
    if (type instanceof JsonType.ScalarType s) {
      return scalar(node, s.scalar(), path);
    }
    if (type instanceof JsonType.AnyType) {
      return null;
    }
    if (type instanceof JsonType.ArrayType a) {
      if (!node.isArray()) {
        return at(path, "expected an array");
      }
      for (int i = 0; i < node.size(); i++) {
        String p = check(node.get(i), a.element(), path + "[" + i + "]");
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (type instanceof JsonType.MapType m) {
      if (!node.isObject()) {
        return at(path, "expected an object");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String p = check(f.getValue(), m.value(), path + "." + f.getKey());
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    NamedType named = types.get(((JsonType.Named) type).javaType());
    if (named instanceof NamedType.EnumModel e) {
      for (NamedType.EnumModel.EnumConstant c : e.constants()) {
        if (node.isTextual() && node.textValue().equals(c.jsonName())) {
          return null;
        }
      }
      return at(path, "expected one of " + e.expected() + " (as a JSON string)");
    }
    if (named instanceof NamedType.ObjectModel o) {
      return object(node, o, path, null);
    }
    if (named instanceof NamedType.SealedModel s) {
      if (!node.isObject() || !node.path(s.discriminator()).isTextual()) {
        return at(path, "expected an object with \"" + s.discriminator() + "\"");
      }
      for (NamedType.SealedModel.Variant v : s.variants()) {
        if (v.tag().equals(node.get(s.discriminator()).textValue())) {
          return object(node, (NamedType.ObjectModel) types.get(v.record()), path, s.discriminator());
        }
      }
      return at(path + "." + s.discriminator(), "expected one of " + s.expected());
    }
    return null;
  }

  private String object(JsonNode node, NamedType.ObjectModel o, String path, String discriminator) {
    if (!node.isObject()) {
      return at(path, "expected an object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals(discriminator)
          && o.properties().stream().noneMatch(p -> p.write() != null && p.jsonName().equals(name))) {
        return at(path + "." + name, "unknown property");
      }
    }
    for (PropertyModel p : o.properties()) {
      if (p.write() == null) {
        continue;
      }
      JsonNode v = node.get(p.jsonName());
      if (v == null) {
        if (p.required()) {
          return at(path + "." + p.jsonName(), "is required");
        }
      } else {
        String problem = check(v, p.value(), path + "." + p.jsonName());
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static String scalar(JsonNode node, Scalar scalar, String path) {
    boolean ok = switch (scalar) {
      case BOOLEAN -> node.isBoolean();
      case INT -> node.isIntegralNumber() && node.canConvertToInt();
      case LONG -> node.isIntegralNumber() && node.canConvertToLong();
      case SHORT -> node.isIntegralNumber() && fits(node.bigIntegerValue(), Short.MIN_VALUE, Short.MAX_VALUE);
      case BYTE -> node.isIntegralNumber() && fits(node.bigIntegerValue(), Byte.MIN_VALUE, Byte.MAX_VALUE);
      case DOUBLE, FLOAT -> node.isNumber();
      case BIG_DECIMAL -> node.isNumber() || node.isTextual();
      case BIG_INTEGER -> node.isIntegralNumber() || node.isTextual();
      case CHAR -> node.isTextual() && node.textValue().length() == 1;
      default -> node.isTextual();
    };
    return ok ? null : at(path, "expected " + describe(scalar));
  }

  private static boolean fits(BigInteger v, long min, long max) {
    return v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0;
  }

  private static String describe(Scalar scalar) {
    return switch (scalar) {
      case BOOLEAN -> "true or false";
      case INT, LONG, SHORT, BYTE -> "an integer in range";
      case DOUBLE, FLOAT -> "a number";
      case CHAR -> "a one-character JSON string";
      default -> "a JSON string";
    };
  }

  private static String at(String path, String message) {
    return path.isEmpty() ? message : path.substring(path.startsWith(".") ? 1 : 0) + ": " + message;
  }
}
