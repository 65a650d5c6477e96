package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.PropertyModel;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.read.OutputTemplateAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.read.UiUri;
import dev.mcpapt.processor.read.WidgetAccessibleAnnotation;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of {@code @OutputTemplate} and {@code @WidgetAccessible} that do not need the widget's
 * document: they go on a {@code @Tool}, a widget URI is {@code ui://<host>/<path>}, and a tool
 * that must run as a task cannot be called from a widget.
 */
public final class WidgetValidator {
  /** A {@code _meta} key: an optional prefix of dot-separated labels and a slash, then a name. */
  private static final Pattern KEY = Pattern.compile(
      "((?<labels>[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?)*)/)?"
          + "([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?");

  private WidgetValidator() {}

  public static void validate(TypeElement type, Report report) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean tool = ToolAnnotation.read(method).isPresent();
      WidgetAccessibleAnnotation.read(method).ifPresent(w -> {
        if (!tool) {
          report.error(Diagnostic.McpWidgetAccessibleWithoutTool, method, w.mirror(), null, method.getSimpleName());
        } else if (ToolAnnotation.read(method).orElseThrow().task().equals("REQUIRED")) {
          report.error(Diagnostic.McpTaskRequiredWidgetAccessible, method, w.mirror(), null, method.getSimpleName());
        }
      });
      OutputTemplateAnnotation.read(method).ifPresent(o -> {
        if (!tool) {
          report.error(Diagnostic.McpOutputTemplateWithoutTool, method, o.mirror(), null, method.getSimpleName());
          return;
        }
        String problem = UiUri.problem(o.uri());
        if (problem != null) {
          report.error(Diagnostic.McpInvalidTemplateUri, method, o.mirror(), o.uriValue(), o.uri(), problem);
        }
      });
    }
  }

  /**
   * The {@code D} of a tool returning {@code TypedWidgetResult<T, D>}: a record or bean whose
   * properties become the keys of the result's {@code _meta}. Its values may be anything an output
   * type may hold; its own shape must be an object, and each property name a {@code _meta} key the
   * MCP specification allows a server to use. False after reporting a problem.
   */
  static boolean widgetData(ExecutableElement method, ValueModel value, TypeMirror type,
      Map<ClassName, NamedType> types, Report report) {
    if (value.optional() || !(value.type() instanceof JsonType.Named n)
        || !(types.get(n.javaType()) instanceof NamedType.ObjectModel object)) {
      report.error(Diagnostic.McpInvalidWidgetData, method, method.getSimpleName(), type,
          "it becomes the result's _meta, a JSON object whose keys are its properties; declare a record whose"
              + " components are those keys, e.g. record TaskBoard(List<Task> tasks), and return"
              + " TypedWidgetResult<YourOutput, TaskBoard>");
      return false;
    }
    boolean ok = true;
    for (PropertyModel p : object.properties()) {
      String problem = p.read() == null ? null : keyProblem(p.jsonName());
      if (problem != null) {
        report.error(Diagnostic.McpInvalidWidgetData, method, method.getSimpleName(), type,
            "its property \"" + p.jsonName() + "\" (" + p.javaName() + ") " + problem
                + "; give it another name with @JsonProperty");
        ok = false;
      }
    }
    return ok;
  }

  /** Why {@code key} is not a {@code _meta} key a server may use, or null if it is one. */
  static String keyProblem(String key) {
    java.util.regex.Matcher m = KEY.matcher(key);
    if (key.isEmpty() || !m.matches()) {
      return "is not a valid _meta key (an optional prefix such as com.example/, then a name that starts and ends"
          + " with a letter or digit and holds only letters, digits, '-', '_' and '.')";
    }
    String labels = m.group("labels");
    if (labels != null) {
      String[] parts = labels.split("\\.");
      if (parts.length > 1 && (parts[1].equals("modelcontextprotocol") || parts[1].equals("mcp"))) {
        return "uses a prefix reserved for MCP itself (its second label is " + parts[1] + ")";
      }
    }
    return null;
  }
}
