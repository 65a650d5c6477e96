package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Mirrors;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of resource, resource template, prompt and completion methods that do not depend on
 * their types: one member kind per method, visibility, type parameters, prompt names, and where
 * {@code @Security} applies.
 */
public final class FeatureValidator {
  private static final List<String> MEMBERS = List.of(AnnotationNames.TOOL, AnnotationNames.RESOURCE,
      AnnotationNames.RESOURCE_TEMPLATE, AnnotationNames.PROMPT, AnnotationNames.COMPLETE);

  private FeatureValidator() {}

  public static void validate(TypeElement type, Report report) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> kinds = MEMBERS.stream().map(name -> Mirrors.find(method, name))
          .flatMap(Optional::stream).toList();
      if (kinds.size() > 1) {
        report.error(Diagnostic.McpMultipleMemberKinds, method, method.getSimpleName() + "()");
        continue;
      }
      boolean feature = kinds.size() == 1 && !Mirrors.typeName(kinds.get(0)).equals(AnnotationNames.TOOL);
      if (feature) {
        validateMethod(method, kinds.get(0), report);
      }
      FeatureAnnotations.Prompt.read(method).ifPresent(p -> validatePromptName(method, p, report));
      if (kinds.isEmpty() || feature && Mirrors.typeName(kinds.get(0)).equals(AnnotationNames.COMPLETE)) {
        // @Security protects a tool, a resource, a template or a prompt: not a completion, nor nothing.
        Mirrors.find(method, AnnotationNames.SECURITY).ifPresent(m ->
            report.error(Diagnostic.McpSecurityWithoutTool, method, m, null, method.getSimpleName()));
      }
    }
  }

  private static void validateMethod(ExecutableElement method, AnnotationMirror mirror, Report report) {
    String kind = Mirrors.simpleName(mirror);
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(Diagnostic.McpToolNotPublic, method, mirror, null, kind, method.getSimpleName());
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.error(Diagnostic.McpMemberGenericMethod, method, kind, method.getSimpleName());
    }
  }

  private static void validatePromptName(ExecutableElement method, FeatureAnnotations.Prompt prompt, Report report) {
    String name = prompt.name().isEmpty() ? TypeModelFactory.snakeCase(method.getSimpleName().toString()) : prompt.name();
    if (!ToolValidator.TOOL_NAME.matcher(name).matches()) {
      report.error(Diagnostic.McpInvalidPromptName, method, prompt.mirror(), prompt.nameValue(), name);
    }
  }
}
