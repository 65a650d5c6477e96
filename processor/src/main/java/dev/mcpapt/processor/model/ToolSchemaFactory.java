package dev.mcpapt.processor.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.read.SchemaAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads a tool's {@code @SchemaDialect}, {@code @AtLeastOneOf} and {@code @RequiredWhen} into a
 * {@link ToolSchemaModel}, checking each name and value against the tool's arguments and
 * reporting on the annotation value at fault.
 */
final class ToolSchemaFactory {
  static final String DIALECT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExecutableElement method;
  private final Report report;
  private final Map<String, ParameterModel> arguments = new LinkedHashMap<>();
  private final Map<ClassName, NamedType> types;
  private boolean ok = true;

  private ToolSchemaFactory(
      ExecutableElement method, List<ParameterModel> parameters, Map<ClassName, NamedType> types, Report report) {
    this.method = method;
    this.report = report;
    this.types = types;
    for (ParameterModel p : parameters) {
      if (!p.context()) {
        arguments.put(p.jsonName(), p);
      }
    }
  }

  /** The model, or null after reporting why it is invalid. */
  static ToolSchemaModel read(
      ExecutableElement method, List<ParameterModel> parameters, Map<ClassName, NamedType> types, Report report) {
    return new ToolSchemaFactory(method, parameters, types, report).read();
  }

  private ToolSchemaModel read() {
    boolean dialect = dialect();
    List<List<String>> groups = new ArrayList<>();
    for (SchemaAnnotations.AtLeastOneOf a : SchemaAnnotations.atLeastOneOf(method)) {
      if (a.names().size() < 2) {
        invalid(a.mirror(), a.namesValue(), "AtLeastOneOf",
            "it names " + a.names().size() + " argument(s); name two or more (for one, make that argument required)");
        continue;
      }
      checkOmittable(a.names(), a.mirror(), a.namesValue(), "AtLeastOneOf");
      groups.add(List.copyOf(a.names()));
    }
    List<ToolSchemaModel.Condition> conditions = new ArrayList<>();
    for (SchemaAnnotations.RequiredWhen r : SchemaAnnotations.requiredWhen(method)) {
      ToolSchemaModel.Condition c = condition(r);
      if (c != null) {
        conditions.add(c);
      }
    }
    if (!ok) {
      return null;
    }
    if (!dialect && groups.isEmpty() && conditions.isEmpty()) {
      return ToolSchemaModel.NONE;
    }
    return new ToolSchemaModel(dialect, List.copyOf(groups), List.copyOf(conditions));
  }

  private boolean dialect() {
    Optional<SchemaAnnotations.Dialect> found = SchemaAnnotations.dialect(method);
    if (found.isEmpty()) {
      return false;
    }
    SchemaAnnotations.Dialect d = found.get();
    if (!d.uri().equals(DIALECT_2020_12)) {
      report.error(Diagnostic.McpInvalidSchemaDialect, d.on(), d.mirror(), d.uriValue(), d.uri(), d.on().getSimpleName(),
          DIALECT_2020_12);
      ok = false;
    }
    return true;
  }

  private ToolSchemaModel.Condition condition(SchemaAnnotations.RequiredWhen r) {
    ParameterModel tested = argument(r.param(), r.mirror(), r.paramValue(), "RequiredWhen");
    if (r.require().isEmpty() && r.otherwise().isEmpty()) {
      invalid(r.mirror(), null, "RequiredWhen", "it requires nothing; list arguments in require, otherwise or both");
      return null;
    }
    boolean named = checkOmittable(r.require(), r.mirror(), r.requireValue(), "RequiredWhen")
        & checkOmittable(r.otherwise(), r.mirror(), r.otherwiseValue(), "RequiredWhen");
    if (tested == null || !named) {
      return null;
    }
    String json = valueJson(tested, r);
    return json == null ? null : new ToolSchemaModel.Condition(r.param(), json, List.copyOf(r.require()),
        List.copyOf(r.otherwise()), new ToolSchemaModel.Source(r, tested.value()));
  }

  /** The JSON text of {@code @RequiredWhen(is)} as a value of the tested argument, or null (reported). */
  private String valueJson(ParameterModel tested, SchemaAnnotations.RequiredWhen r) {
    JsonType type = tested.value().type();
    boolean quoted;
    if (type instanceof JsonType.ScalarType s) {
      quoted = switch (s.scalar()) {
        case BOOLEAN, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> false;
        default -> true;
      };
    } else if (type instanceof JsonType.Named n && types.get(n.javaType()) instanceof NamedType.EnumModel) {
      quoted = true;
    } else {
      invalid(r.mirror(), r.paramValue(), "RequiredWhen", "argument \"" + r.param()
          + "\" is not a string, enum, boolean or number, so it cannot be compared with a value; test one that is");
      return null;
    }
    // checked against the type by validation.RuleValueValidator, once every type is known
    try {
      return quoted ? JSON.writeValueAsString(r.is()) : r.is().trim();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks that each name is an argument that may be left out; false after reporting. */
  private boolean checkOmittable(List<String> names, AnnotationMirror mirror, AnnotationValue value, String annotation) {
    boolean good = true;
    for (String name : names) {
      ParameterModel p = argument(name, mirror, value, annotation);
      if (p == null) {
        good = false;
      } else if (p.required()) {
        invalid(mirror, value, annotation, "argument \"" + name + "\" is always required, so this never matters;"
            + " make it Optional, @Nullable or @Param(required = false)");
        good = false;
      }
    }
    return good;
  }

  private ParameterModel argument(String name, AnnotationMirror mirror, AnnotationValue value, String annotation) {
    ParameterModel p = arguments.get(name);
    if (p == null) {
      report.error(Diagnostic.McpUnknownRuleArgument, method, mirror, value, annotation, method.getSimpleName(), name,
          arguments.isEmpty() ? "(none)" : String.join(", ", arguments.keySet()));
      ok = false;
    }
    return p;
  }

  private void invalid(AnnotationMirror mirror, AnnotationValue value, String annotation, String problem) {
    report.error(Diagnostic.McpInvalidSchemaRule, method, mirror, value, annotation, method.getSimpleName(), problem);
    ok = false;
  }
}
