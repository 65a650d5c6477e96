package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.OutputTemplateAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.read.UiUri;
import dev.mcpapt.processor.read.WidgetAccessibleAnnotation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The structural rules of an annotated class and its tool methods: visibility, how the class can
 * be instantiated, tool and prompt names, and which annotations need {@code @Tool}. Type rules are checked
 * while the model is built ({@code TypeModelFactory}).
 */
public final class ComponentValidator {
  /** The MCP tool-name rule. */
  public static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  public void validate(TypeElement type, Report report) {
    validateClass(type, report);
    Map<String, ExecutableElement> names = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      FeatureAnnotations.Prompt.read(method).ifPresent(p -> validatePrompt(method, p, report));
      Optional<ToolAnnotation> tool = ToolAnnotation.read(method);
      if (tool.isEmpty()) {
        WidgetAccessibleAnnotation.read(method).ifPresent(w ->
            report.error(Diagnostic.McpWidgetAccessibleWithoutTool, method, w.mirror(), null, method.getSimpleName()));
        OutputTemplateAnnotation.read(method).ifPresent(o ->
            report.error(Diagnostic.McpOutputTemplateWithoutTool, method, o.mirror(), null, method.getSimpleName()));
        if (!isFeature(method)) {
          Mirrors.find(method, AnnotationNames.SECURITY).ifPresent(m ->
              report.error(Diagnostic.McpSecurityWithoutTool, method, m, null, method.getSimpleName()));
        }
        continue;
      }
      validateTool(method, tool.get(), names, report);
    }
  }

  /** Whether the method serves a resource, a resource template or a prompt ({@code @Security} applies). */
  private static boolean isFeature(ExecutableElement method) {
    return Mirrors.find(method, AnnotationNames.RESOURCE).isPresent()
        || Mirrors.find(method, AnnotationNames.RESOURCE_TEMPLATE).isPresent()
        || Mirrors.find(method, AnnotationNames.PROMPT).isPresent();
  }

  private static void validatePrompt(ExecutableElement method, FeatureAnnotations.Prompt prompt, Report report) {
    String name = prompt.name().isEmpty() ? TypeModelFactory.snakeCase(method.getSimpleName().toString()) : prompt.name();
    if (!TOOL_NAME.matcher(name).matches()) {
      report.error(Diagnostic.McpInvalidPromptName, method, prompt.mirror(), prompt.nameValue(), name);
    }
  }

  private static void validateClass(TypeElement type, Report report) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        report.error(Diagnostic.McpClassNotPublic, type, type.getQualifiedName(), e.getSimpleName());
        break;
      }
    }
    if (type.getNestingKind().isNested() && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(Diagnostic.McpInnerClass, type, type.getQualifiedName());
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(Diagnostic.McpGenericClass, type, type.getQualifiedName());
    }
  }

  private static void validateTool(
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
    validateTask(method, tool, report);
    OutputTemplateAnnotation.read(method).ifPresent(o -> {
      String problem = UiUri.problem(o.uri());
      if (problem != null) {
        report.error(Diagnostic.McpInvalidTemplateUri, method, o.mirror(), o.uriValue(), o.uri(), problem);
      }
    });
  }

  private static void validateTask(ExecutableElement method, ToolAnnotation tool, Report report) {
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
    if ("REQUIRED".equals(tool.task())) {
      WidgetAccessibleAnnotation.read(method).ifPresent(w ->
          report.error(Diagnostic.McpTaskRequiredWidgetAccessible, method, w.mirror(), null, method.getSimpleName()));
    }
  }
}
