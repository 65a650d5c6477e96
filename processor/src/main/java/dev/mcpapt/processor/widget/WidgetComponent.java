package dev.mcpapt.processor.widget;

import dev.mcpapt.processor.widget.WidgetModel.Template;
import dev.mcpapt.processor.widget.WidgetModel.ToolWidget;
import java.util.List;
import java.util.Map;

/**
 * The widget side of one annotated class: the widget keys of each tool (by tool name), the
 * distinct widget documents to serve, in declaration order, and the widget annotations of every
 * tool as written (for validation).
 */
public record WidgetComponent(
    Map<String, ToolWidget> tools, List<Template> templates, List<WidgetDeclaration> declarations) {
  /** A class without any widget annotation. */
  public static final WidgetComponent NONE = new WidgetComponent(Map.of(), List.of(), List.of());

  public WidgetComponent {
    tools = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tools));
    templates = List.copyOf(templates);
    declarations = List.copyOf(declarations);
  }

  /** The widget keys of the tool named {@code name}, or null. */
  public ToolWidget tool(String name) {
    return tools.get(name);
  }

  public boolean isEmpty() {
    return tools.isEmpty();
  }
}
