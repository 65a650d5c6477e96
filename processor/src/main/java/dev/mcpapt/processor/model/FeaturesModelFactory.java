package dev.mcpapt.processor.model;

import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Javadoc;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.ParamAnnotation;
import dev.mcpapt.processor.read.SecurityAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Builds the {@link FeaturesModel} of the {@code @Resource}, {@code @ResourceTemplate},
 * {@code @Prompt} and {@code @Complete} methods of one class, each as written: what the generated
 * code cannot pass or return has a {@code null} kind, and names, URIs and templates are kept
 * unchecked. {@code validation.FeatureValidator} checks the result.
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

  /** The model of {@code type}'s feature methods, in declaration order. */
  public FeaturesModel create(TypeElement type) {
    List<FeaturesModel.Resource> resources = new ArrayList<>();
    List<FeaturesModel.Template> templates = new ArrayList<>();
    List<FeaturesModel.Prompt> prompts = new ArrayList<>();
    List<FeaturesModel.Completion> completions = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<FeatureAnnotations.Resource> resource = FeatureAnnotations.Resource.read(method);
      Optional<FeatureAnnotations.ResourceTemplate> template = FeatureAnnotations.ResourceTemplate.read(method);
      Optional<FeatureAnnotations.Prompt> prompt = FeatureAnnotations.Prompt.read(method);
      Optional<FeatureAnnotations.Complete> complete = FeatureAnnotations.Complete.read(method);
      int kinds = (resource.isPresent() ? 1 : 0) + (template.isPresent() ? 1 : 0) + (prompt.isPresent() ? 1 : 0)
          + (complete.isPresent() ? 1 : 0) + (ToolAnnotation.read(method).isPresent() ? 1 : 0);
      if (kinds != 1) {
        continue; // none, or several (which kind was meant is anyone's guess; the validator says so)
      }
      resource.ifPresent(a -> resources.add(resource(method, a)));
      template.ifPresent(a -> templates.add(template(method, a)));
      prompt.ifPresent(a -> prompts.add(prompt(method, a)));
      complete.ifPresent(a -> completions.add(completion(method, a)));
    }
    return new FeaturesModel(List.copyOf(resources), List.copyOf(templates), List.copyOf(prompts),
        List.copyOf(completions));
  }

  // ---------------------------------------------------------------- resources

  private FeaturesModel.Resource resource(ExecutableElement method, FeatureAnnotations.Resource a) {
    List<FeaturesModel.Param> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      // a resource takes nothing but the context
      params.add(new FeaturesModel.Param(p, p.getSimpleName().toString(),
          isType(p.asType(), CONTEXT) ? FeaturesModel.Param.Kind.CONTEXT : null, null, null));
    }
    Returned returned = returned(method);
    FeaturesModel.ContentsKind contents = contentsKind(returned.type());
    String name = a.name().isEmpty() ? method.getSimpleName().toString() : a.name();
    return new FeaturesModel.Resource(a.uri(), name, a.title(), description(method, a.description()),
        mimeType(a.mimeType(), contents), contents, methodOf(method, returned.async(), params), security(method), a);
  }

  // ---------------------------------------------------------------- templates

  private FeaturesModel.Template template(ExecutableElement method, FeatureAnnotations.ResourceTemplate a) {
    List<FeaturesModel.Param> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        params.add(new FeaturesModel.Param(p, javaName, FeaturesModel.Param.Kind.CONTEXT, null, null));
      } else {
        params.add(new FeaturesModel.Param(p, javaName, variableKind(p.asType()), wireName(p), null));
      }
    }
    Returned returned = returned(method);
    FeaturesModel.ContentsKind contents = contentsKind(returned.type());
    String name = a.name().isEmpty() ? method.getSimpleName().toString() : a.name();
    return new FeaturesModel.Template(a.uriTemplate(), name, a.title(), description(method, a.description()),
        mimeType(a.mimeType(), contents), contents, methodOf(method, returned.async(), params), security(method), a);
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

  private FeaturesModel.Prompt prompt(ExecutableElement method, FeatureAnnotations.Prompt a) {
    String name = a.name().isEmpty() ? TypeModelFactory.snakeCase(method.getSimpleName().toString()) : a.name();
    Javadoc doc = Javadoc.of(elements, method);
    List<FeaturesModel.Param> params = new ArrayList<>();
    List<FeaturesModel.Argument> arguments = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        params.add(new FeaturesModel.Param(p, javaName, FeaturesModel.Param.Kind.CONTEXT, null, null));
        continue;
      }
      Optional<ParamAnnotation> param = ParamAnnotation.read(p);
      String argName = wireName(p);
      FeaturesModel.Param.Kind kind = null;
      String defaultValue = null;
      if (isType(p.asType(), STRING)) {
        if (param.isPresent() && param.get().hasDefault()) {
          kind = FeaturesModel.Param.Kind.DEFAULTED_ARGUMENT;
          defaultValue = jsonString(param.get().defaultValue()); // null if it is not a JSON string
        } else if (Mirrors.findBySimpleName(p, AnnotationNames.NULLABLE).isPresent()) {
          kind = FeaturesModel.Param.Kind.DEFAULTED_ARGUMENT;
        } else {
          kind = FeaturesModel.Param.Kind.REQUIRED_ARGUMENT;
        }
      } else if (isOptionalString(p.asType())) {
        kind = FeaturesModel.Param.Kind.OPTIONAL_ARGUMENT;
      }
      params.add(new FeaturesModel.Param(p, javaName, kind, argName, defaultValue));
      if (kind != null) {
        String description = param.map(ParamAnnotation::description).filter(s -> !s.isEmpty())
            .orElse(doc.param(javaName));
        arguments.add(new FeaturesModel.Argument(argName, description == null ? "" : description,
            kind == FeaturesModel.Param.Kind.REQUIRED_ARGUMENT));
      }
    }
    Returned returned = returned(method);
    return new FeaturesModel.Prompt(name, a.title(), description(method, a.description()), List.copyOf(arguments),
        promptKind(returned.type()), methodOf(method, returned.async(), params), security(method), a);
  }

  /** The method's {@code @Security}, or {@code null} without one. */
  private static FeaturesModel.Security security(ExecutableElement method) {
    return SecurityAnnotation.read(method)
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

  private FeaturesModel.Completion completion(ExecutableElement method, FeatureAnnotations.Complete a) {
    boolean prompt = !a.prompt().isEmpty();
    boolean template = !a.resourceTemplate().isEmpty();
    String ref = prompt == template || a.argument().isEmpty() ? null : prompt ? a.prompt() : a.resourceTemplate();
    List<FeaturesModel.Param> params = new ArrayList<>();
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
        params.add(new FeaturesModel.Param(p, javaName, FeaturesModel.Param.Kind.CONTEXT, null, null));
      } else if (p.equals(valueParam)) { // not ==: ecj makes new elements on every call
        params.add(new FeaturesModel.Param(p, javaName, FeaturesModel.Param.Kind.COMPLETION_VALUE, a.argument(), null));
      } else if (isType(p.asType(), STRING)) {
        params.add(new FeaturesModel.Param(p, javaName, FeaturesModel.Param.Kind.COMPLETION_CONTEXT_ARGUMENT,
            wireName(p), null));
      } else if (isStringMap(p.asType())) {
        params.add(new FeaturesModel.Param(p, javaName, FeaturesModel.Param.Kind.COMPLETION_CONTEXT, null, null));
      } else {
        params.add(new FeaturesModel.Param(p, javaName, null, null, null));
      }
    }
    Returned returned = returned(method);
    return new FeaturesModel.Completion(prompt, ref, a.argument(), methodOf(method, returned.async(), params), a);
  }

  /** Whether {@code method} returns a collection of strings, or a stage of one, as a completion must. */
  public static boolean returnsStrings(ExecutableElement method) {
    return isCollectionOf(returned(method).type(), STRING);
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
    return new FeaturesModel.Method(method, method.getSimpleName().toString(), method.getModifiers().contains(Modifier.STATIC),
        async, List.copyOf(params));
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return TypeModelFactory.qualifiedName(type).equals(qualifiedName);
  }
}
