package dev.mcpapt.processor.model;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.NamedType.ObjectModel;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The model of the {@code D} of a tool returning {@code TypedWidgetResult<T, D>}: a record or bean
 * whose properties become the keys of the result's {@code _meta}. Its values may be anything an
 * output type may hold; its own shape must be an object, and each property name a {@code _meta}
 * key the MCP specification allows a server to use.
 */
final class WidgetDataFactory {
  /** A {@code _meta} key: an optional prefix of dot-separated labels and a slash, then a name. */
  private static final Pattern KEY = Pattern.compile(
      "((?<labels>[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?)*)/)?"
          + "([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?");

  private WidgetDataFactory() {}

  /** The model of {@code type}, the widget data of {@code method}; null after reporting why it cannot be. */
  static ValueModel widgetData(ExecutableElement method, TypeMirror type, TypeModelFactory typeModels, Report report) {
    String where = "widget data of " + method.getSimpleName();
    ValueModel value = typeModels.value(type, method, where);
    if (value == null) {
      return null;
    }
    if (value.optional() || !(value.type() instanceof JsonType.Named n)
        || !(typeModels.namedTypes().get(n.javaType()) instanceof ObjectModel object)) {
      report.error(Diagnostic.McpInvalidWidgetData, method, method.getSimpleName(), type,
          "it becomes the result's _meta, a JSON object whose keys are its properties; declare a record whose"
              + " components are those keys, e.g. record TaskBoard(List<Task> tasks), and return"
              + " TypedWidgetResult<YourOutput, TaskBoard>");
      return null;
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
    return ok ? value : null;
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
