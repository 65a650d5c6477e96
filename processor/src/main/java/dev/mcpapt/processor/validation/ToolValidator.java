package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.ToolAnnotation;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of {@code @Tool} methods: visibility, type parameters, names, how they run as tasks,
 * and that a tool tells the model what it does (a description).
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
    for (ToolModel tool : model.tools()) {
      if (tool.description().isBlank()) {
        report.warning(Diagnostic.McpToolWithoutDescription, tool.element(),
            ToolAnnotation.read(tool.element()).orElseThrow().mirror(), null, tool.name());
      }
    }
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
