package dev.mcpapt.processor.model;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Javadoc;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.ParamAnnotation;
import dev.mcpapt.processor.read.SecurityAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.read.UriTemplateSyntax;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
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
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Validates the {@code @Resource}, {@code @ResourceTemplate}, {@code @Prompt} and
 * {@code @Complete} methods of one class and builds their {@link FeaturesModel}, reporting every
 * problem on the method, parameter or annotation value concerned:
 *
 * <ol>
 *   <li>each method is one kind of member, public, without type parameters;
 *   <li>resource URIs are absolute URIs, templates valid RFC 6570, and every template variable is
 *       bound to exactly one parameter of the same name (and every such parameter to a variable);
 *   <li>parameter and return types are ones the generated code can convert;
 *   <li>names, URIs and completions are unique in the class, and a completion of a prompt or
 *       template of the same class names one of its arguments or variables.
 * </ol>
 */
public final class FeaturesModelFactory {
  private static final String CONTEXT = RuntimeTypes.MCP_CONTEXT.canonicalName();
  private static final String STRING = "java.lang.String";
  private static final String RESOURCE_CONTENTS = RuntimeTypes.RESOURCE_CONTENTS.canonicalName();
  private static final String PROMPT_MESSAGE = RuntimeTypes.PROMPT_MESSAGE.canonicalName();
  private static final String PROMPT_RESULT = RuntimeTypes.PROMPT_RESULT.canonicalName();
  private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Collection", "java.util.Set");

  private final Elements elements;

  public FeaturesModelFactory(Elements elements) {
    this.elements = elements;
  }

  /** The model of {@code type}'s feature methods; meaningful only if {@code report} stays clean. */
  public FeaturesModel create(TypeElement type, Report report) {
    List<FeaturesModel.Resource> resources = new ArrayList<>();
    List<FeaturesModel.Template> templates = new ArrayList<>();
    List<FeaturesModel.Prompt> prompts = new ArrayList<>();
    List<FeaturesModel.Completion> completions = new ArrayList<>();
    Map<String, ExecutableElement> uris = new HashMap<>();
    Map<String, ExecutableElement> templateNames = new HashMap<>();
    Map<String, ExecutableElement> promptNames = new HashMap<>();
    Map<String, ExecutableElement> completionKeys = new HashMap<>();
    List<PendingCompletion> pending = new ArrayList<>();

    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<FeatureAnnotations.Resource> resource = FeatureAnnotations.Resource.read(method);
      Optional<FeatureAnnotations.ResourceTemplate> template = FeatureAnnotations.ResourceTemplate.read(method);
      Optional<FeatureAnnotations.Prompt> prompt = FeatureAnnotations.Prompt.read(method);
      Optional<FeatureAnnotations.Complete> complete = FeatureAnnotations.Complete.read(method);
      int kinds = (resource.isPresent() ? 1 : 0) + (template.isPresent() ? 1 : 0) + (prompt.isPresent() ? 1 : 0)
          + (complete.isPresent() ? 1 : 0) + (ToolAnnotation.read(method).isPresent() ? 1 : 0);
      if (kinds == 0) {
        continue;
      }
      if (kinds > 1) {
        continue; // reported by the feature validator; which kind was meant is anyone's guess
      }
      AnnotationMirror mirror = resource.<AnnotationMirror>map(FeatureAnnotations.Resource::mirror)
          .or(() -> template.map(FeatureAnnotations.ResourceTemplate::mirror))
          .or(() -> prompt.map(FeatureAnnotations.Prompt::mirror))
          .or(() -> complete.map(FeatureAnnotations.Complete::mirror))
          .orElse(null);
      if (mirror == null) {
        continue; // a tool: the tool factory models it
      }
      if (resource.isPresent()) {
        FeaturesModel.Resource r = resource(method, resource.get(), report);
        if (r != null) {
          ExecutableElement previous = uris.putIfAbsent(r.uri(), method);
          if (previous != null) {
            report.error(Diagnostic.McpDuplicateResourceUri, method, resource.get().mirror(), resource.get().uriValue(),
                r.uri(), previous.getSimpleName() + "()");
          } else {
            resources.add(r);
          }
        }
      } else if (template.isPresent()) {
        FeaturesModel.Template t = template(method, template.get(), report);
        if (t != null) {
          ExecutableElement previous = templateNames.putIfAbsent(t.uriTemplate(), method);
          if (previous != null) {
            report.error(Diagnostic.McpDuplicateResourceTemplate, method, template.get().mirror(),
                template.get().uriTemplateValue(), t.uriTemplate(), previous.getSimpleName() + "()");
          } else {
            templates.add(t);
          }
        }
      } else if (prompt.isPresent()) {
        FeaturesModel.Prompt p = prompt(method, prompt.get(), report);
        if (p != null) {
          ExecutableElement previous = promptNames.putIfAbsent(p.name(), method);
          if (previous != null) {
            report.error(Diagnostic.McpDuplicatePromptName, method, prompt.get().mirror(), prompt.get().nameValue(),
                p.name(), previous.getSimpleName() + "()");
          } else {
            prompts.add(p);
          }
        }
      } else {
        FeaturesModel.Completion c = completion(method, complete.get(), report);
        if (c != null) {
          String key = (c.prompt() ? "prompt " : "template ") + c.ref() + " / " + c.argument();
          ExecutableElement previous = completionKeys.putIfAbsent(key, method);
          if (previous != null) {
            report.error(Diagnostic.McpDuplicateCompletion, method, complete.get().mirror(), complete.get().argumentValue(),
                previous.getSimpleName() + "()", method.getSimpleName() + "()", c.argument(), c.ref());
          } else {
            completions.add(c);
            pending.add(new PendingCompletion(c, method, complete.get()));
          }
        }
      }
    }
    checkCompletionTargets(pending, prompts, templates, report);
    return new FeaturesModel(List.copyOf(resources), List.copyOf(templates), List.copyOf(prompts),
        List.copyOf(completions));
  }

  private record PendingCompletion(FeaturesModel.Completion completion, ExecutableElement method,
      FeatureAnnotations.Complete annotation) {}

  // ---------------------------------------------------------------- resources

  private FeaturesModel.Resource resource(ExecutableElement method, FeatureAnnotations.Resource a, Report report) {
    boolean ok = true;
    String problem = uriProblem(a.uri());
    if (problem != null) {
      report.error(Diagnostic.McpInvalidResourceUri, method, a.mirror(), a.uriValue(), a.uri(), problem);
      ok = false;
    }
    List<FeaturesModel.Param> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      if (isType(p.asType(), CONTEXT)) {
        params.add(new FeaturesModel.Param(p.getSimpleName().toString(), FeaturesModel.Param.Kind.CONTEXT, null, null));
      } else {
        report.error(Diagnostic.McpMemberParameterType, p, where(method), p.getSimpleName(), p.asType(),
            "a @Resource method takes no arguments (only an McpContext); for URIs with parts use @ResourceTemplate");
        ok = false;
      }
    }
    Returned returned = returned(method);
    FeaturesModel.ContentsKind contents = contentsKind(returned.type());
    if (contents == null) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a resource method returns String (text), byte[] (binary), ResourceContents or a List of them, "
              + "or a CompletionStage of one of these");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    String name = a.name().isEmpty() ? method.getSimpleName().toString() : a.name();
    return new FeaturesModel.Resource(a.uri(), name, a.title(), description(method, a.description()),
        mimeType(a.mimeType(), contents), contents, methodOf(method, returned.async(), params), security(method, report));
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

  // ---------------------------------------------------------------- templates

  private FeaturesModel.Template template(
      ExecutableElement method, FeatureAnnotations.ResourceTemplate a, Report report) {
    UriTemplateSyntax.Parsed parsed = UriTemplateSyntax.parse(a.uriTemplate());
    if (parsed.problem() != null || a.uriTemplate().isBlank()) {
      report.error(Diagnostic.McpInvalidUriTemplate, method, a.mirror(), a.uriTemplateValue(), a.uriTemplate(),
          parsed.problem() == null ? "it is empty" : parsed.problem());
      return null;
    }
    boolean ok = true;
    List<String> variables = parsed.variables();
    Set<String> bound = new LinkedHashSet<>();
    List<FeaturesModel.Param> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        params.add(new FeaturesModel.Param(javaName, FeaturesModel.Param.Kind.CONTEXT, null, null));
        continue;
      }
      String variable = ParamAnnotation.read(p).map(ParamAnnotation::name).filter(s -> !s.isEmpty()).orElse(javaName);
      FeaturesModel.Param.Kind kind = variableKind(p.asType());
      if (kind == null) {
        report.error(Diagnostic.McpMemberParameterType, p, where(method), javaName, p.asType(),
            "template variables bind to String, int or long parameters (and one McpContext)");
        ok = false;
        continue;
      }
      if (!variables.contains(variable)) {
        report.error(Diagnostic.McpUnboundTemplateParameter, p, javaName, where(method), a.uriTemplate(),
            String.join(", ", variables), variable);
        ok = false;
        continue;
      }
      bound.add(variable);
      params.add(new FeaturesModel.Param(javaName, kind, variable, null));
    }
    for (String v : variables) {
      if (!bound.contains(v)) {
        report.error(Diagnostic.McpUnboundTemplateVariable, method, a.mirror(), a.uriTemplateValue(), v,
            a.uriTemplate(), where(method), v, v);
        ok = false;
      }
    }
    Returned returned = returned(method);
    FeaturesModel.ContentsKind contents = contentsKind(returned.type());
    if (contents == null) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a resource template method returns String (text), byte[] (binary), ResourceContents or a List of them, "
              + "or a CompletionStage of one of these");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    String name = a.name().isEmpty() ? method.getSimpleName().toString() : a.name();
    return new FeaturesModel.Template(a.uriTemplate(), name, a.title(), description(method, a.description()),
        mimeType(a.mimeType(), contents), contents, methodOf(method, returned.async(), params), security(method, report));
  }

  private static FeaturesModel.Param.Kind variableKind(TypeMirror type) {
    if (isType(type, STRING)) {
      return FeaturesModel.Param.Kind.STRING_VARIABLE;
    }
    if (type.getKind() == TypeKind.LONG || isType(type, "java.lang.Long")) {
      return FeaturesModel.Param.Kind.LONG_VARIABLE;
    }
    if (type.getKind() == TypeKind.INT || isType(type, "java.lang.Integer")) {
      return FeaturesModel.Param.Kind.INT_VARIABLE;
    }
    return null;
  }

  // ---------------------------------------------------------------- prompts

  private FeaturesModel.Prompt prompt(ExecutableElement method, FeatureAnnotations.Prompt a, Report report) {
    boolean ok = true;
    String name = a.name().isEmpty() ? TypeModelFactory.snakeCase(method.getSimpleName().toString()) : a.name();
    Javadoc doc = Javadoc.of(elements, method);
    List<FeaturesModel.Param> params = new ArrayList<>();
    List<FeaturesModel.Argument> arguments = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        params.add(new FeaturesModel.Param(javaName, FeaturesModel.Param.Kind.CONTEXT, null, null));
        continue;
      }
      Optional<ParamAnnotation> param = ParamAnnotation.read(p);
      param.filter(ParamAnnotation::hasHeader).ifPresent(h -> report.error(Diagnostic.McpInvalidHeader, p, h.mirror(),
          h.headerValue(), h.header(), "prompt argument " + javaName, "header is allowed only on a parameter of a @Tool method"));
      String argName = param.map(ParamAnnotation::name).filter(s -> !s.isEmpty()).orElse(javaName);
      if (!names.add(argName)) {
        report.error(Diagnostic.McpDuplicateName, p, argName, method.getSimpleName());
        ok = false;
      }
      String description = param.map(ParamAnnotation::description).filter(s -> !s.isEmpty())
          .orElse(doc.param(javaName));
      FeaturesModel.Param.Kind kind;
      String defaultValue = null;
      if (isType(p.asType(), STRING)) {
        if (param.isPresent() && param.get().hasDefault()) {
          kind = FeaturesModel.Param.Kind.DEFAULTED_ARGUMENT;
          defaultValue = jsonString(param.get().defaultValue());
          if (defaultValue == null) {
            report.error(Diagnostic.McpInvalidDefault, p, param.get().mirror(), param.get().defaultValueValue(),
                param.get().defaultValue(), "prompt argument " + argName,
                "a prompt argument is text, so its default is a JSON string, e.g. \"\\\"short\\\"\"");
            ok = false;
          }
        } else if (Mirrors.findBySimpleName(p, AnnotationNames.NULLABLE).isPresent()) {
          kind = FeaturesModel.Param.Kind.DEFAULTED_ARGUMENT;
        } else {
          kind = FeaturesModel.Param.Kind.REQUIRED_ARGUMENT;
        }
      } else if (isOptionalString(p.asType())) {
        kind = FeaturesModel.Param.Kind.OPTIONAL_ARGUMENT;
      } else {
        report.error(Diagnostic.McpMemberParameterType, p, where(method), javaName, p.asType(),
            "prompt arguments are text: declare String (required), Optional<String> or a String with "
                + "@Param(defaultValue = ...) (optional); and at most one McpContext");
        ok = false;
        continue;
      }
      params.add(new FeaturesModel.Param(javaName, kind, argName, defaultValue));
      arguments.add(new FeaturesModel.Argument(argName, description == null ? "" : description,
          kind == FeaturesModel.Param.Kind.REQUIRED_ARGUMENT));
    }
    Returned returned = returned(method);
    FeaturesModel.PromptKind kind = promptKind(returned.type());
    if (kind == null) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a prompt method returns String (one user message), PromptMessage, a List of PromptMessage or a "
              + "PromptResult, or a CompletionStage of one of these");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    return new FeaturesModel.Prompt(name, a.title(), description(method, a.description()), List.copyOf(arguments),
        kind, methodOf(method, returned.async(), params), security(method, report));
  }

  /** The method's {@code @Security}, or {@code null} (an invalid one is reported). */
  private static FeaturesModel.Security security(ExecutableElement method, Report report) {
    return SecurityAnnotation.read(method, report)
        .map(s -> new FeaturesModel.Security(s.schemes(), s.scopes()))
        .orElse(null);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /** The text of a JSON string literal ({@code "\"short\""} → {@code short}), or null if it is not one. */
  private static String jsonString(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(json);
      return node != null && node.isTextual() ? node.textValue() : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static boolean isOptionalString(TypeMirror type) {
    if (!isType(type, "java.util.Optional") || !(type instanceof DeclaredType d)) {
      return false;
    }
    return d.getTypeArguments().size() == 1 && isType(d.getTypeArguments().get(0), STRING);
  }

  private static FeaturesModel.PromptKind promptKind(TypeMirror type) {
    if (isType(type, STRING)) {
      return FeaturesModel.PromptKind.TEXT;
    }
    if (isType(type, PROMPT_MESSAGE)) {
      return FeaturesModel.PromptKind.MESSAGE;
    }
    if (isType(type, PROMPT_RESULT)) {
      return FeaturesModel.PromptKind.RESULT;
    }
    if (isCollectionOf(type, PROMPT_MESSAGE)) {
      return FeaturesModel.PromptKind.MESSAGES;
    }
    return null;
  }

  // ---------------------------------------------------------------- completions

  private FeaturesModel.Completion completion(ExecutableElement method, FeatureAnnotations.Complete a, Report report) {
    boolean prompt = !a.prompt().isEmpty();
    boolean template = !a.resourceTemplate().isEmpty();
    if (prompt == template || a.argument().isEmpty()) {
      report.error(Diagnostic.McpInvalidCompleteTarget, method, a.mirror(), null, method.getSimpleName() + "()");
      return null;
    }
    boolean ok = true;
    List<FeaturesModel.Param> params = new ArrayList<>();
    boolean valueBound = false;
    List<VariableElement> strings = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      if (isType(p.asType(), STRING)) {
        strings.add(p);
      }
    }
    VariableElement valueParam = null;
    for (VariableElement p : strings) {
      if (wireName(p).equals(a.argument())) {
        valueParam = p;
      }
    }
    if (valueParam == null && !strings.isEmpty()) {
      valueParam = strings.get(0);
    }
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        params.add(new FeaturesModel.Param(javaName, FeaturesModel.Param.Kind.CONTEXT, null, null));
      } else if (p.equals(valueParam)) { // not ==: ecj makes new elements on every call
        params.add(new FeaturesModel.Param(javaName, FeaturesModel.Param.Kind.COMPLETION_VALUE, a.argument(), null));
        valueBound = true;
      } else if (isType(p.asType(), STRING)) {
        params.add(new FeaturesModel.Param(javaName, FeaturesModel.Param.Kind.COMPLETION_CONTEXT_ARGUMENT, wireName(p),
            null));
      } else if (isStringMap(p.asType())) {
        params.add(new FeaturesModel.Param(javaName, FeaturesModel.Param.Kind.COMPLETION_CONTEXT, null, null));
      } else {
        report.error(Diagnostic.McpMemberParameterType, p, where(method), javaName, p.asType(),
            "a completion method takes the value typed so far (String), other arguments by name (String), "
                + "all of them (Map<String, String>) and an McpContext");
        ok = false;
      }
    }
    if (!valueBound && ok) {
      report.error(Diagnostic.McpMemberParameterType, method, where(method), "(none)", "-",
          "a completion method needs a String parameter for the value typed so far");
      ok = false;
    }
    Returned returned = returned(method);
    if (!isCollectionOf(returned.type(), STRING)) {
      report.error(Diagnostic.McpMemberReturnType, method, where(method), method.getReturnType(),
          "a completion method returns a List (or Set, Collection) of String, or a CompletionStage of one");
      ok = false;
    }
    if (!ok) {
      return null;
    }
    return new FeaturesModel.Completion(prompt, prompt ? a.prompt() : a.resourceTemplate(), a.argument(),
        methodOf(method, returned.async(), params));
  }

  private static String wireName(VariableElement p) {
    return ParamAnnotation.read(p).map(ParamAnnotation::name).filter(s -> !s.isEmpty())
        .orElse(p.getSimpleName().toString());
  }

  private static boolean isStringMap(TypeMirror type) {
    if (!isType(type, "java.util.Map") || !(type instanceof DeclaredType d) || d.getTypeArguments().size() != 2) {
      return false;
    }
    return isType(d.getTypeArguments().get(0), STRING) && isType(d.getTypeArguments().get(1), STRING);
  }

  /** A completion of a prompt or template of this class must name one of its arguments or variables. */
  private static void checkCompletionTargets(List<PendingCompletion> pending, List<FeaturesModel.Prompt> prompts,
      List<FeaturesModel.Template> templates, Report report) {
    Map<String, List<String>> promptArgs = new LinkedHashMap<>();
    prompts.forEach(p -> promptArgs.put(p.name(), p.arguments().stream().map(FeaturesModel.Argument::name).toList()));
    Map<String, List<String>> templateVars = new LinkedHashMap<>();
    templates.forEach(t -> templateVars.put(t.uriTemplate(), UriTemplateSyntax.parse(t.uriTemplate()).variables()));
    for (PendingCompletion pc : pending) {
      FeaturesModel.Completion c = pc.completion();
      List<String> known = c.prompt() ? promptArgs.get(c.ref()) : templateVars.get(c.ref());
      if (known != null && !known.contains(c.argument())) {
        report.error(Diagnostic.McpUnknownCompletionArgument, pc.method(), pc.annotation().mirror(),
            pc.annotation().argumentValue(), pc.method().getSimpleName() + "()", c.argument(),
            c.prompt() ? "an argument" : "a variable", (c.prompt() ? "prompt " : "template ") + c.ref(),
            known.isEmpty() ? "none" : String.join(", ", known));
      }
    }
  }

  // ---------------------------------------------------------------- shared

  private record Returned(TypeMirror type, boolean async) {}

  private static Returned returned(ExecutableElement method) {
    TypeMirror type = method.getReturnType();
    if ((isType(type, "java.util.concurrent.CompletionStage") || isType(type, "java.util.concurrent.CompletableFuture"))
        && type instanceof DeclaredType d && d.getTypeArguments().size() == 1) {
      return new Returned(d.getTypeArguments().get(0), true);
    }
    return new Returned(type, false);
  }

  private static FeaturesModel.ContentsKind contentsKind(TypeMirror type) {
    if (isType(type, STRING)) {
      return FeaturesModel.ContentsKind.TEXT;
    }
    if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return FeaturesModel.ContentsKind.BLOB;
    }
    if (isType(type, RESOURCE_CONTENTS)) {
      return FeaturesModel.ContentsKind.ONE;
    }
    if (isCollectionOf(type, RESOURCE_CONTENTS)) {
      return FeaturesModel.ContentsKind.MANY;
    }
    return null;
  }

  private static boolean isCollectionOf(TypeMirror type, String element) {
    if (!(type instanceof DeclaredType d) || d.getTypeArguments().size() != 1) {
      return false;
    }
    return COLLECTIONS.contains(TypeModelFactory.qualifiedName(type)) && isType(d.getTypeArguments().get(0), element);
  }

  private static String mimeType(String declared, FeaturesModel.ContentsKind contents) {
    if (!declared.isEmpty()) {
      return declared;
    }
    if (contents == FeaturesModel.ContentsKind.TEXT) {
      return "text/plain";
    }
    if (contents == FeaturesModel.ContentsKind.BLOB) {
      return "application/octet-stream";
    }
    return "";
  }

  private String description(ExecutableElement method, String declared) {
    return declared.isEmpty() ? Javadoc.of(elements, method).text() : declared;
  }

  private static FeaturesModel.Method methodOf(ExecutableElement method, boolean async, List<FeaturesModel.Param> params) {
    return new FeaturesModel.Method(method.getSimpleName().toString(), method.getModifiers().contains(Modifier.STATIC),
        async, List.copyOf(params));
  }

  private static String where(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return TypeModelFactory.qualifiedName(type).equals(qualifiedName);
  }
}
