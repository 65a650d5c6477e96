package dev.mcpapt.processor.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.read.SchemaAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads a tool's {@code @SchemaDialect}, {@code @AtLeastOneOf} and {@code @RequiredWhen} into a
 * {@link ToolSchemaModel}, as written; {@code validation.SchemaRuleValidator} checks each name and
 * value against the tool's arguments.
 */
final class ToolSchemaFactory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ToolSchemaFactory() {}

  static ToolSchemaModel read(ExecutableElement method, List<ParameterModel> parameters, Map<ClassName, NamedType> types) {
    boolean dialect = SchemaAnnotations.dialect(method).isPresent();
    List<List<String>> groups = new ArrayList<>();
    for (SchemaAnnotations.AtLeastOneOf a : SchemaAnnotations.atLeastOneOf(method)) {
      groups.add(List.copyOf(a.names()));
    }
    List<ToolSchemaModel.Condition> conditions = new ArrayList<>();
    for (SchemaAnnotations.RequiredWhen r : SchemaAnnotations.requiredWhen(method)) {
      ParameterModel tested = parameters.stream()
          .filter(p -> !p.context() && p.jsonName().equals(r.param())).findFirst().orElse(null);
      ValueModel value = tested == null ? null : tested.value();
      conditions.add(new ToolSchemaModel.Condition(r.param(), value == null ? null : valueJson(value, r, types),
          List.copyOf(r.require()), List.copyOf(r.otherwise()), new ToolSchemaModel.Source(r, value)));
    }
    if (!dialect && groups.isEmpty() && conditions.isEmpty()) {
      return ToolSchemaModel.NONE;
    }
    return new ToolSchemaModel(dialect, List.copyOf(groups), List.copyOf(conditions));
  }

  /**
   * The JSON text of {@code @RequiredWhen(is)} as a value of the tested argument, or null if the
   * argument is not a string, enum, boolean or number, which cannot be compared with a value.
   */
  private static String valueJson(ValueModel tested, SchemaAnnotations.RequiredWhen r, Map<ClassName, NamedType> types) {
    JsonType type = tested.type();
    boolean quoted;
    if (type instanceof JsonType.ScalarType s) {
      quoted = switch (s.scalar()) {
        case BOOLEAN, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> false;
        default -> true;
      };
    } else if (type instanceof JsonType.Named n && types.get(n.javaType()) instanceof NamedType.EnumModel) {
      quoted = true;
    } else {
      return null;
    }
    try {
      return quoted ? JSON.writeValueAsString(r.is()) : r.is().trim();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
