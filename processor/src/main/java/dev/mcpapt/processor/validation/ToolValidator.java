package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.ComponentModelFactory;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.ParameterModel;
import dev.mcpapt.processor.model.ResultModel;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.model.Unsupported;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.ParamAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of {@code @Tool} methods: visibility, type parameters, names, how they run as tasks,
 * that a tool tells the model what it does (a description); then, on the model of each tool, its
 * parameters (one context, unique JSON names, valid headers, input types that can be built), its
 * result and widget data, and its schema rules ({@link SchemaRuleValidator}).
 */
public final class ToolValidator {
  /** The MCP tool-name rule (prompts follow it too). */
  public static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  private ToolValidator() {}

  public static void validate(ComponentModel model, Report report) {
    Map<String, ExecutableElement> names = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(model.element().getEnclosedElements())) {
      ToolAnnotation.read(method).ifPresent(tool -> validate(method, tool, names, report));
    }
    Set<ClassName> reached = new HashSet<>();
    for (ToolModel tool : model.tools()) {
      boolean parameters = parameters(tool, model.types(), report);
      boolean result = result(tool, model.types(), report);
      if (!complete(tool, model.types())) {
        continue; // a type it uses cannot be generated: the rest would only repeat that
      }
      if (tool.description().isBlank()) {
        report.warning(Diagnostic.McpToolWithoutDescription, tool.element(),
            ToolAnnotation.read(tool.element()).orElseThrow().mirror(), null, tool.name());
      }
      constructible(tool, model.types(), reached, report);
      if (parameters && SchemaRuleValidator.validate(tool, model.types(), report) && result) {
        SchemaRuleValidator.validateValues(tool, model.types(), report);
      }
    }
  }

  /** Whether every type the tool uses can be generated. */
  private static boolean complete(ToolModel tool, Map<ClassName, NamedType> types) {
    ResultModel r = tool.result();
    return tool.arguments().stream().allMatch(p -> TypeModelFactory.complete(p.value(), types))
        && r.unsupported() == null
        && (r.value() == null || TypeModelFactory.complete(r.value(), types))
        && (r.widgetData() == null || TypeModelFactory.complete(r.widgetData(), types));
  }

  /**
   * The types of the parameters, one context at most, unique JSON names, valid headers; false
   * after reporting a problem.
   */
  private static boolean parameters(ToolModel tool, Map<ClassName, NamedType> types, Report report) {
    boolean ok = true;
    boolean hasContext = false;
    Set<String> jsonNames = new HashSet<>();
    Set<String> headers = new HashSet<>();
    for (ParameterModel p : tool.parameters()) {
      if (p.context()) {
        if (hasContext) {
          report.error(Diagnostic.McpMultipleContexts, p.element(), tool.methodName());
          ok = false;
        }
        hasContext = true;
        continue;
      }
      if (!jsonNames.add(p.jsonName())) {
        report.error(Diagnostic.McpDuplicateName, p.element(), p.jsonName(), tool.methodName());
        ok = false;
      }
      TypeValidator.use(p.value(), report);
      if (!TypeModelFactory.complete(p.value(), types)) {
        ok = false;
        continue;
      }
      if (p.header() != null && !header(p, headers, report)) {
        ok = false;
      }
      String where = "parameter " + p.javaName() + " of " + tool.methodName();
      ParamAnnotation.read(p.element()).ifPresent(a ->
          TypeValidator.omittable(a, p.value(), p.defaultJson(), p.element(), where, report));
    }
    return ok;
  }

  /**
   * Checks the {@code x-mcp-header} name of a tool parameter as the 2026-07-28 spec says: an HTTP
   * token, unique ignoring case, on a string, enum, boolean or safe integer.
   */
  private static boolean header(ParameterModel p, Set<String> seen, Report report) {
    String name = p.header();
    String problem = null;
    if (name.isEmpty()) {
      problem = "the header name is empty";
    } else if (!name.chars().allMatch(ToolValidator::isTokenChar)) {
      problem = "a header name is an HTTP token: letters, digits and !#$%&'*+-.^_`|~ only";
    } else if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
      problem = "another parameter of the tool already uses this header name (names are compared ignoring case)";
    } else if (!headerType(p.value(), p.element())) {
      problem = "only a string, an enum, a boolean, or an int, short, byte or char can be mirrored in a header"
          + " (a long or a floating-point number cannot be carried exactly; pass it as a String)";
    }
    if (problem != null) {
      ParamAnnotation a = ParamAnnotation.read(p.element()).orElseThrow();
      report.error(Diagnostic.McpInvalidHeader, p.element(), a.mirror(), a.headerValue(), name,
          "parameter " + p.javaName() + " of " + p.element().getEnclosingElement().getSimpleName(), problem);
      return false;
    }
    return true;
  }

  private static boolean isTokenChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static boolean headerType(ValueModel value, VariableElement p) {
    if (value.type() instanceof JsonType.ScalarType s) {
      return switch (s.scalar()) {
        case LONG, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> false;
        default -> true;
      };
    }
    return value.type() instanceof JsonType.Named && p.asType() instanceof DeclaredType d
        && d.asElement().getKind() == ElementKind.ENUM;
  }

  /**
   * A type read from JSON must be constructible; reported once per type, on the first parameter
   * that reaches it.
   */
  private static void constructible(ToolModel tool, Map<ClassName, NamedType> types, Set<ClassName> reached,
      Report report) {
    for (ParameterModel p : tool.arguments()) {
      for (ClassName name : ComponentModelFactory.reachable(p.value(), true, types)) {
        if (reached.add(name) && types.get(name) instanceof NamedType.ObjectModel o && !o.constructible()) {
          report.error(Diagnostic.McpNotConstructible, p.element(),
              o.name().canonicalName() + " (in parameter " + p.javaName() + " of " + tool.methodName() + ")");
        }
      }
    }
  }

  /** The result's type and widget data; false after reporting a problem. */
  private static boolean result(ToolModel tool, Map<ClassName, NamedType> types, Report report) {
    ResultModel result = tool.result();
    ExecutableElement method = tool.element();
    boolean ok = true;
    if (result.unsupported() != null) {
      Unsupported u = result.unsupported();
      report.error(Diagnostic.McpUnsupportedType, u.element(), u.where(), u.type(), u.reason());
      ok = false;
    }
    if (result.value() != null) {
      TypeValidator.use(result.value(), report);
      ok &= TypeModelFactory.complete(result.value(), types);
    }
    if (result.widgetData() != null) {
      TypeValidator.use(result.widgetData(), report);
      boolean data = TypeModelFactory.complete(result.widgetData(), types)
          && WidgetValidator.widgetData(method, result.widgetData(), result.widgetDataType(), types, report);
      ok &= data;
    }
    return ok;
  }

  private static void validate(
      ExecutableElement method, ToolAnnotation tool, Map<String, ExecutableElement> names, Report report) {
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(Diagnostic.McpToolNotPublic, method, tool.mirror(), null, "Tool", method.getSimpleName());
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.error(Diagnostic.McpGenericMethod, method, method.getSimpleName());
    }
    String name = tool.name().isEmpty() ? TypeModelFactory.snakeCase(method.getSimpleName().toString()) : tool.name();
    if (!TOOL_NAME.matcher(name).matches()) {
      report.error(Diagnostic.McpInvalidToolName, method, tool.mirror(), tool.nameValue(), name);
    } else {
      ExecutableElement previous = names.putIfAbsent(name, method);
      if (previous != null) {
        report.error(Diagnostic.McpDuplicateToolName, method, tool.mirror(), tool.nameValue(), name,
            previous.getSimpleName() + "()");
      }
    }
    if (tool.taskStartedByMethod()) {
      if ("FORBIDDEN".equals(tool.task())) {
        report.error(Diagnostic.McpTaskStartWithoutTask, method, tool.mirror(), tool.taskStartedByMethodValue(),
            method.getSimpleName());
      } else if (method.getParameters().stream()
          .noneMatch(p -> p.asType().toString().equals(RuntimeTypes.MCP_CONTEXT.canonicalName()))) {
        report.error(Diagnostic.McpTaskStartWithoutContext, method, tool.mirror(), tool.taskStartedByMethodValue(),
            method.getSimpleName());
      }
    }
  }
}
