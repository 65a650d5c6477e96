package dev.mcpapt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.Constraints;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.ParameterModel;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.ToolSchemaModel;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.read.SchemaAnnotations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks a tool's {@code @SchemaDialect}, {@code @AtLeastOneOf} and {@code @RequiredWhen}: each
 * name is an argument of the tool that may be left out, a tested argument can be compared with a
 * value, and ({@link #validateValues}) each {@code @RequiredWhen(is)} is a value the argument can
 * take, or the condition could never hold (the same test as a default value's). Problems are
 * reported on the annotation value at fault.
 */
final class SchemaRuleValidator {
  static final String DIALECT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private final ExecutableElement method;
  private final Report report;
  private final Map<String, ParameterModel> arguments = new LinkedHashMap<>();
  private final Map<ClassName, NamedType> types;
  private boolean ok = true;

  private SchemaRuleValidator(ToolModel tool, Map<ClassName, NamedType> types, Report report) {
    this.method = tool.element();
    this.report = report;
    this.types = types;
    for (ParameterModel p : tool.parameters()) {
      if (!p.context()) {
        arguments.put(p.jsonName(), p);
      }
    }
  }

  /** Checks the rules' names and kinds; false after reporting a problem. */
  static boolean validate(ToolModel tool, Map<ClassName, NamedType> types, Report report) {
    return new SchemaRuleValidator(tool, types, report).validate();
  }

  /** Reports every {@code @RequiredWhen} value of a tool (with valid rules) its argument cannot take. */
  static void validateValues(ToolModel tool, Map<ClassName, NamedType> types, Report report) {
    DefaultValueValidator values = new DefaultValueValidator(types);
    for (ToolSchemaModel.Condition c : tool.schema().conditions()) {
      ToolSchemaModel.Source s = c.source();
      ValueModel plain = new ValueModel(s.tested().type(), false, false, Constraints.NONE);
      String problem = c.valueJson().isBlank() ? "it is empty" : values.check(c.valueJson(), plain);
      if (problem != null) {
        report.error(Diagnostic.McpInvalidRuleValue, tool.element(), s.annotation().mirror(), s.annotation().isValue(),
            s.annotation().is(), tool.element().getSimpleName(), c.param(), problem);
      }
    }
  }

  private boolean validate() {
    dialect();
    for (SchemaAnnotations.AtLeastOneOf a : SchemaAnnotations.atLeastOneOf(method)) {
      if (a.names().size() < 2) {
        invalid(a.mirror(), a.namesValue(), "AtLeastOneOf",
            "it names " + a.names().size() + " argument(s); name two or more (for one, make that argument required)");
        continue;
      }
      checkOmittable(a.names(), a.mirror(), a.namesValue(), "AtLeastOneOf");
    }
    for (SchemaAnnotations.RequiredWhen r : SchemaAnnotations.requiredWhen(method)) {
      condition(r);
    }
    return ok;
  }

  private void dialect() {
    Optional<SchemaAnnotations.Dialect> found = SchemaAnnotations.dialect(method);
    if (found.isEmpty()) {
      return;
    }
    SchemaAnnotations.Dialect d = found.get();
    if (!d.uri().equals(DIALECT_2020_12)) {
      report.error(Diagnostic.McpInvalidSchemaDialect, d.on(), d.mirror(), d.uriValue(), d.uri(), d.on().getSimpleName(),
          DIALECT_2020_12);
      ok = false;
    }
  }

  private void condition(SchemaAnnotations.RequiredWhen r) {
    ParameterModel tested = argument(r.param(), r.mirror(), r.paramValue(), "RequiredWhen");
    if (r.require().isEmpty() && r.otherwise().isEmpty()) {
      invalid(r.mirror(), null, "RequiredWhen", "it requires nothing; list arguments in require, otherwise or both");
      return;
    }
    boolean named = checkOmittable(r.require(), r.mirror(), r.requireValue(), "RequiredWhen")
        & checkOmittable(r.otherwise(), r.mirror(), r.otherwiseValue(), "RequiredWhen");
    if (tested != null && named) {
      comparable(tested, r);
    }
  }

  /** Checks that the tested argument is a string, enum, boolean or number. */
  private void comparable(ParameterModel tested, SchemaAnnotations.RequiredWhen r) {
    JsonType type = tested.value().type();
    if (!(type instanceof JsonType.ScalarType
        || type instanceof JsonType.Named n && types.get(n.javaType()) instanceof NamedType.EnumModel)) {
      invalid(r.mirror(), r.paramValue(), "RequiredWhen", "argument \"" + r.param()
          + "\" is not a string, enum, boolean or number, so it cannot be compared with a value; test one that is");
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
