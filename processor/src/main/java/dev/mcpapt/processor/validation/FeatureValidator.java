package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.FeaturesModel;
import dev.mcpapt.processor.model.FeaturesModelFactory;
import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.ParamAnnotation;
import dev.mcpapt.processor.read.SecurityAnnotation;
import dev.mcpapt.processor.read.UriTemplateSyntax;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of resource, resource template, prompt and completion methods:
 *
 * <ol>
 *   <li>each method is one kind of member, public, without type parameters; {@code @Security}
 *       goes on a tool, resource, template or prompt, and is valid;
 *   <li>resource URIs are absolute URIs, templates valid RFC 6570, and every template variable is
 *       bound to exactly one parameter of the same name (and every such parameter to a variable);
 *   <li>parameter and return types are ones the generated code can convert (the model has no kind
 *       for the others);
 *   <li>names, URIs and completions are unique in the class, and a completion of a prompt or
 *       template of the same class names one of its arguments or variables.
 * </ol>
 *
 * A member with a problem of its own is left out of the uniqueness and completion checks, so
 * that one mistake is reported once.
 */
public final class FeatureValidator {
  private static final List<String> MEMBERS = List.of(AnnotationNames.TOOL, AnnotationNames.RESOURCE,
      AnnotationNames.RESOURCE_TEMPLATE, AnnotationNames.PROMPT, AnnotationNames.COMPLETE);

  private FeatureValidator() {}

  public static void validate(ComponentModel model, Report report) {
    validateMethods(model.element(), report);
    validateMembers(model.features(), report);
  }

  private static void validateMethods(TypeElement type, Report report) {
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

  private static void validateMembers(FeaturesModel features, Report report) {
    Map<String, ExecutableElement> uris = new HashMap<>();
    for (FeaturesModel.Resource r : features.resources()) {
      ExecutableElement method = r.method().element();
      if (resource(r, report)) {
        security(method, report);
        ExecutableElement previous = uris.putIfAbsent(r.uri(), method);
        if (previous != null) {
          report.error(Diagnostic.McpDuplicateResourceUri, method, r.annotation().mirror(), r.annotation().uriValue(),
              r.uri(), previous.getSimpleName() + "()");
        }
      }
    }
    Map<String, List<String>> templateVariables = new LinkedHashMap<>();
    Map<String, ExecutableElement> templates = new HashMap<>();
    for (FeaturesModel.Template t : features.templates()) {
      ExecutableElement method = t.method().element();
      if (template(t, report)) {
        security(method, report);
        ExecutableElement previous = templates.putIfAbsent(t.uriTemplate(), method);
        if (previous != null) {
          report.error(Diagnostic.McpDuplicateResourceTemplate, method, t.annotation().mirror(),
              t.annotation().uriTemplateValue(), t.uriTemplate(), previous.getSimpleName() + "()");
        } else {
          templateVariables.put(t.uriTemplate(), UriTemplateSyntax.parse(t.uriTemplate()).variables());
        }
      }
    }
    Map<String, List<String>> promptArguments = new LinkedHashMap<>();
    Map<String, ExecutableElement> prompts = new HashMap<>();
    for (FeaturesModel.Prompt p : features.prompts()) {
      ExecutableElement method = p.method().element();
      if (prompt(p, report)) {
        security(method, report);
        ExecutableElement previous = prompts.putIfAbsent(p.name(), method);
        if (previous != null) {
          report.error(Diagnostic.McpDuplicatePromptName, method, p.annotation().mirror(), p.annotation().nameValue(),
              p.name(), previous.getSimpleName() + "()");
        } else {
          promptArguments.put(p.name(), p.arguments().stream().map(FeaturesModel.Argument::name).toList());
        }
      }
    }
    Map<String, ExecutableElement> completions = new HashMap<>();
    for (FeaturesModel.Completion c : features.completions()) {
      ExecutableElement method = c.method().element();
      if (!completion(c, report)) {
        continue;
      }
      String key = (c.prompt() ? "prompt " : "template ") + c.ref() + " / " + c.argument();
      ExecutableElement previous = completions.putIfAbsent(key, method);
      if (previous != null) {
        report.error(Diagnostic.McpDuplicateCompletion, method, c.annotation().mirror(), c.annotation().argumentValue(),
            previous.getSimpleName() + "()", method.getSimpleName() + "()", c.argument(), c.ref());
        continue;
      }
      // A completion of a prompt or template of this class must name one of its arguments or variables.
      List<String> known = c.prompt() ? promptArguments.get(c.ref()) : templateVariables.get(c.ref());
      if (known != null && !known.contains(c.argument())) {
        report.error(Diagnostic.McpUnknownCompletionArgument, method, c.annotation().mirror(),
            c.annotation().argumentValue(), method.getSimpleName() + "()", c.argument(),
            c.prompt() ? "an argument" : "a variable", (c.prompt() ? "prompt " : "template ") + c.ref(),
            known.isEmpty() ? "none" : String.join(", ", known));
      }
    }
  }

  /** Checks one resource; false if it has an error. */
  private static boolean resource(FeaturesModel.Resource r, Report report) {
    ExecutableElement method = r.method().element();
    boolean ok = true;
    String problem = uriProblem(r.uri());
    if (problem != null) {
      report.error(Diagnostic.McpInvalidResourceUri, method, r.annotation().mirror(), r.annotation().uriValue(),
          r.uri(), problem);
      ok = false;
    }
    for (FeaturesModel.Param p : r.method().params()) {
      if (p.kind() == null) {
        report.error(Diagnostic.McpMemberParameterType, p.element(), where(method), p.javaName(), p.element().asType(),
            "a @Resource method takes no arguments (only an McpContext); for URIs with parts use @ResourceTemplate");
        ok = false;
      }
    }
    if (r.contents() == null) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a resource method returns String (text), byte[] (binary), ResourceContents or a List of them, "
              + "or a CompletionStage of one of these");
      ok = false;
    }
    return ok;
  }

  static String uriProblem(String uri) {
    if (uri.isBlank()) {
      return "it is empty";
    }
    try {
      URI parsed = new URI(uri);
      if (!parsed.isAbsolute()) {
        return "it has no scheme";
      }
    } catch (URISyntaxException e) {
      return e.getReason() + " at index " + e.getIndex();
    }
    return null;
  }

  /** Checks one resource template; false if it has an error. */
  private static boolean template(FeaturesModel.Template t, Report report) {
    ExecutableElement method = t.method().element();
    FeatureAnnotations.ResourceTemplate a = t.annotation();
    UriTemplateSyntax.Parsed parsed = UriTemplateSyntax.parse(t.uriTemplate());
    if (parsed.problem() != null || t.uriTemplate().isBlank()) {
      report.error(Diagnostic.McpInvalidUriTemplate, method, a.mirror(), a.uriTemplateValue(), t.uriTemplate(),
          parsed.problem() == null ? "it is empty" : parsed.problem());
      return false;
    }
    boolean ok = true;
    List<String> variables = parsed.variables();
    Set<String> bound = new LinkedHashSet<>();
    for (FeaturesModel.Param p : t.method().params()) {
      if (p.kind() == FeaturesModel.Param.Kind.CONTEXT) {
        continue;
      }
      if (p.kind() == null) {
        report.error(Diagnostic.McpMemberParameterType, p.element(), where(method), p.javaName(), p.element().asType(),
            "template variables bind to String, int or long parameters (and one McpContext)");
        ok = false;
      } else if (!variables.contains(p.wireName())) {
        report.error(Diagnostic.McpUnboundTemplateParameter, p.element(), p.javaName(), where(method),
            t.uriTemplate(), String.join(", ", variables), p.wireName());
        ok = false;
      } else {
        bound.add(p.wireName());
      }
    }
    for (String v : variables) {
      if (!bound.contains(v)) {
        report.error(Diagnostic.McpUnboundTemplateVariable, method, a.mirror(), a.uriTemplateValue(), v,
            t.uriTemplate(), where(method), v, v);
        ok = false;
      }
    }
    if (t.contents() == null) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a resource template method returns String (text), byte[] (binary), ResourceContents or a List of them, "
              + "or a CompletionStage of one of these");
      ok = false;
    }
    return ok;
  }

  /** Checks one prompt; false if it has an error. */
  private static boolean prompt(FeaturesModel.Prompt prompt, Report report) {
    ExecutableElement method = prompt.method().element();
    boolean ok = true;
    Set<String> names = new HashSet<>();
    for (FeaturesModel.Param p : prompt.method().params()) {
      if (p.kind() == FeaturesModel.Param.Kind.CONTEXT) {
        continue;
      }
      Optional<ParamAnnotation> param = ParamAnnotation.read(p.element());
      param.filter(ParamAnnotation::hasHeader).ifPresent(h -> report.error(Diagnostic.McpInvalidHeader, p.element(),
          h.mirror(), h.headerValue(), h.header(), "prompt argument " + p.javaName(),
          "header is allowed only on a parameter of a @Tool method"));
      if (!names.add(p.wireName())) {
        report.error(Diagnostic.McpDuplicateName, p.element(), p.wireName(), method.getSimpleName());
        ok = false;
      }
      if (p.kind() == null) {
        report.error(Diagnostic.McpMemberParameterType, p.element(), where(method), p.javaName(), p.element().asType(),
            "prompt arguments are text: declare String (required), Optional<String> or a String with "
                + "@Param(defaultValue = ...) (optional); and at most one McpContext");
        ok = false;
      } else if (p.defaultValue() == null && param.filter(ParamAnnotation::hasDefault).isPresent()) {
        report.error(Diagnostic.McpInvalidDefault, p.element(), param.get().mirror(), param.get().defaultValueValue(),
            param.get().defaultValue(), "prompt argument " + p.wireName(),
            "a prompt argument is text, so its default is a JSON string, e.g. \"\\\"short\\\"\"");
        ok = false;
      }
    }
    if (prompt.kind() == null) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a prompt method returns String (one user message), PromptMessage, a List of PromptMessage or a "
              + "PromptResult, or a CompletionStage of one of these");
      ok = false;
    }
    return ok;
  }

  /** Checks one completion; false if it has an error. */
  private static boolean completion(FeaturesModel.Completion c, Report report) {
    ExecutableElement method = c.method().element();
    if (c.ref() == null) {
      report.error(Diagnostic.McpInvalidCompleteTarget, method, c.annotation().mirror(), null,
          method.getSimpleName() + "()");
      return false;
    }
    boolean ok = true;
    for (FeaturesModel.Param p : c.method().params()) {
      if (p.kind() == null) {
        report.error(Diagnostic.McpMemberParameterType, p.element(), where(method), p.javaName(), p.element().asType(),
            "a completion method takes the value typed so far (String), other arguments by name (String), "
                + "all of them (Map<String, String>) and an McpContext");
        ok = false;
      }
    }
    if (ok && c.method().params().stream().noneMatch(p -> p.kind() == FeaturesModel.Param.Kind.COMPLETION_VALUE)) {
      report.error(Diagnostic.McpMemberParameterType, method, where(method), "(none)", "-",
          "a completion method needs a String parameter for the value typed so far");
      ok = false;
    }
    if (!FeaturesModelFactory.returnsStrings(method)) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a completion method returns a List (or Set, Collection) of String, or a CompletionStage of one");
      ok = false;
    }
    return ok;
  }

  /** Reports an invalid {@code @Security} of a resource, template or prompt. */
  private static void security(ExecutableElement method, Report report) {
    SecurityAnnotation.read(method).filter(s -> s.problem() != null).ifPresent(s ->
        report.error(Diagnostic.McpInvalidSecurity, method, s.mirror(), s.problemValue(), s.problem()));
  }

  private static String where(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}
