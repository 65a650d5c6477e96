package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETABLE_FUTURE;
import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETION_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETION_STAGE;
import static dev.mcpapt.processor.names.RuntimeTypes.FEATURE_SUPPORT;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_TEMPLATE;
import static dev.mcpapt.processor.names.RuntimeTypes.LIST;
import static dev.mcpapt.processor.names.RuntimeTypes.MAP;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpapt.processor.names.RuntimeTypes.OBJECT_NODE;
import static dev.mcpapt.processor.names.RuntimeTypes.PROBLEMS;
import static dev.mcpapt.processor.names.RuntimeTypes.PROMPT_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.PROMPT_RESULT;
import static dev.mcpapt.processor.names.RuntimeTypes.REF_TYPE;
import static dev.mcpapt.processor.names.RuntimeTypes.RESOURCE_CONTENTS;
import static dev.mcpapt.processor.names.RuntimeTypes.RESOURCE_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.TEMPLATE_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.WIDGET_RESOURCES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.FeaturesModel;
import dev.mcpapt.processor.names.GeneratedNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the resources, resource templates, prompts and completions of a class: one nested
 * handler class per method (implementing the SPI's {@code ResourceHandler},
 * {@code ResourceTemplateHandler}, {@code PromptHandler}, {@code CompletionHandler}), the
 * component's list methods, and their entries in the descriptor file ({@link #DESCRIPTORS}).
 *
 * <p>The handlers convert without reflection: template variables and prompt arguments are read
 * with {@code FeatureSupport} (every problem collected, then {@code InvalidArgumentsException}),
 * and what a method returns is turned into the SPI's result type by a call chosen at compile time.
 */
final class FeaturesWriter implements FactoryWriter.MemberWriter {
  private static final TypeName STRING_MAP = ParameterizedTypeName.get(MAP, ClassName.get(String.class),
      ClassName.get(String.class));
  private static final TypeName CONTENTS_LIST = ParameterizedTypeName.get(LIST, RESOURCE_CONTENTS);
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(LIST, ClassName.get(String.class));

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** The descriptor file's {@code "resources"}, {@code "resourceTemplates"} and {@code "prompts"} arrays. */
  static final DescriptorWriter.Section DESCRIPTORS = FeaturesWriter::descriptors;

  // ---------------------------------------------------------------- descriptors

  private static void descriptors(ComponentModel component, ObjectNode file) {
    FeaturesModel f = component.features();
    if (!f.resources().isEmpty()) {
      ArrayNode resources = file.putArray("resources");
      for (FeaturesModel.Resource r : f.resources()) {
        ObjectNode e = resources.addObject();
        e.put("uri", r.uri());
        e.put("name", r.name());
        common(e, r.title(), r.description(), r.mimeType());
        security(e, r.security());
      }
    }
    if (!f.templates().isEmpty()) {
      ArrayNode templates = file.putArray("resourceTemplates");
      for (FeaturesModel.Template t : f.templates()) {
        ObjectNode e = templates.addObject();
        e.put("uriTemplate", t.uriTemplate());
        e.put("name", t.name());
        common(e, t.title(), t.description(), t.mimeType());
        security(e, t.security());
      }
    }
    if (!f.prompts().isEmpty()) {
      ArrayNode prompts = file.putArray("prompts");
      for (FeaturesModel.Prompt p : f.prompts()) {
        ObjectNode e = prompts.addObject();
        e.put("name", p.name());
        common(e, p.title(), p.description(), "");
        ArrayNode args = e.putArray("arguments");
        for (FeaturesModel.Argument a : p.arguments()) {
          ObjectNode arg = args.addObject();
          arg.put("name", a.name());
          if (!a.description().isEmpty()) {
            arg.put("description", a.description());
          }
          arg.put("required", a.required());
        }
        security(e, p.security());
      }
    }
  }

  /**
   * {@code @Security} of a resource, template or prompt, in {@code _meta.securitySchemes} (the
   * schema defines {@code securitySchemes} on tools only); the HTTP server enforces it.
   */
  private static void security(ObjectNode e, FeaturesModel.Security security) {
    if (security == null) {
      return;
    }
    ArrayNode schemes = e.putObject("_meta").putArray("securitySchemes");
    for (String type : security.schemes()) {
      ObjectNode scheme = schemes.addObject().put("type", type);
      if (type.equals("oauth2") && !security.scopes().isEmpty()) {
        ArrayNode scopes = scheme.putArray("scopes");
        security.scopes().forEach(scopes::add);
      }
    }
  }

  private static void common(ObjectNode e, String title, String description, String mimeType) {
    if (!title.isEmpty()) {
      e.put("title", title);
    }
    if (!description.isEmpty()) {
      e.put("description", description);
    }
    if (!mimeType.isEmpty()) {
      e.put("mimeType", mimeType);
    }
  }

  // ---------------------------------------------------------------- handlers

  @Override
  public void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component) {
    FeaturesModel f = component.features();
    Names names = new Names();
    for (FeaturesModel.Resource r : f.resources()) {
      factory.addType(resource(component, r, names.of(r.method(), "Resource")));
    }
    for (FeaturesModel.Template t : f.templates()) {
      factory.addMethod(template(component, t, names.of(t.method(), "Template")));
    }
    for (FeaturesModel.Prompt p : f.prompts()) {
      factory.addType(prompt(component, p, names.of(p.method(), "Prompt")));
    }
    for (FeaturesModel.Completion c : f.completions()) {
      factory.addType(completion(component, c, names.of(c.method(), "Completion")));
    }
  }

  @Override
  public void addToComponent(MethodSpec.Builder method, CodeBlock.Builder builder, ComponentModel component) {
    FeaturesModel f = component.features();
    Names names = new Names();
    list(method, builder, "resources", RESOURCE_HANDLER, f.resources(),
        r -> construct(names.of(r.method(), "Resource"), r.method()), WidgetMembersWriter.resourcesTail(component));
    list(method, builder, "resourceTemplates", TEMPLATE_HANDLER, f.templates(),
        t -> CodeBlock.of("$T.$N($L, $S, instance, $T::$N)", GENERATED_TEMPLATE, t.method().async() ? "async" : "of",
            FactoryWriter.descriptorFile(), t.uriTemplate(), component.generated(), names.of(t.method(), "Template")),
        null);
    list(method, builder, "prompts", PROMPT_HANDLER, f.prompts(),
        p -> construct(names.of(p.method(), "Prompt"), p.method()), null);
    list(method, builder, "completions", COMPLETION_HANDLER, f.completions(),
        c -> construct(names.of(c.method(), "Completion"), c.method()), null);
  }

  private static CodeBlock construct(String className, FeaturesModel.Method method) {
    return CodeBlock.of("new $N($L)", className, method.isStatic() ? "" : "instance");
  }

  /**
   * The component's handlers of one kind, as a local named after the kind; {@code tail}, if not
   * null, is a list expression appended (the widget resources).
   */
  private static <T> void list(MethodSpec.Builder method, CodeBlock.Builder builder, String name, ClassName handler,
      List<T> members, Function<T, CodeBlock> create, CodeBlock tail) {
    if (members.isEmpty()) {
      return;
    }
    TypeName listType = ParameterizedTypeName.get(LIST, handler);
    CodeBlock list = FactoryWriter.listOf(members.stream().map(create).toList());
    if (tail != null) {
      method.addStatement("$T $N = $T.concat($L, $L)", listType, name, WIDGET_RESOURCES, list, tail);
    } else {
      method.addStatement("$T $N = $L", listType, name, list);
    }
    builder.add("\n.$N($N)", name, name);
  }

  /**
   * Handler names from {@link GeneratedNames}: {@code staticText} → {@code StaticTextResource}, a
   * template's {@code task} → {@code taskTemplate}; overloads numbered in declaration order.
   */
  private static final class Names {
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<FeaturesModel.Method, String> assigned = new HashMap<>();

    String of(FeaturesModel.Method method, String kind) {
      return assigned.computeIfAbsent(method, m -> {
        int overload = seen.merge(kind + ":" + m.name(), 1, Integer::sum) - 1;
        return kind.equals("Template")
            ? GeneratedNames.templateHandler(m.name(), overload)
            : GeneratedNames.memberHandlerClass(m.name(), kind, overload);
      });
    }
  }

  private static TypeSpec.Builder handlerClass(ComponentModel component, String className, ClassName handler,
      FeaturesModel.Method method, String what) {
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addJavadoc("The $L: {@link $T#$L}.\n", what, component.annotatedClass(), method.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(handler);
    type.addField(OBJECT_NODE, "descriptor", Modifier.PRIVATE, Modifier.FINAL);
    return type;
  }

  private static MethodSpec.Builder constructor(ComponentModel component, TypeSpec.Builder type,
      FeaturesModel.Method method, CodeBlock descriptor) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (!method.isStatic()) {
      type.addField(component.annotatedClass(), "instance", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(component.annotatedClass(), "instance").addStatement("this.instance = instance");
    }
    constructor.addStatement("this.descriptor = $L", descriptor);
    return constructor;
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }

  /** The call of the annotated method with the arguments the parameters name. */
  private static CodeBlock invocation(ComponentModel component, FeaturesModel.Method method, List<String> arguments) {
    return CodeBlock.of("$L.$N($L)",
        method.isStatic() ? CodeBlock.of("$T", component.annotatedClass()) : CodeBlock.of("instance"),
        method.name(), String.join(", ", arguments));
  }

  /** {@code return <wrap>(invocation)}, awaiting first if the method is asynchronous. */
  private static void returnWrapped(MethodSpec.Builder m, CodeBlock invocation, boolean async, CodeBlock wrapper) {
    if (async) {
      m.addStatement("return $L.thenApply(result -> $L)", invocation, CodeBlock.of("$L(result)", wrapper));
    } else {
      m.addStatement("return $T.completedFuture($L($L))", COMPLETABLE_FUTURE, wrapper, invocation);
    }
  }

  private static CodeBlock contentsWrapper(FeaturesModel.ContentsKind kind, CodeBlock uri, String mimeType) {
    return switch (kind) {
      case TEXT -> CodeBlock.of("$T.text($L, $S, ", FEATURE_SUPPORT, uri, mimeType);
      case BLOB -> CodeBlock.of("$T.blob($L, $S, ", FEATURE_SUPPORT, uri, mimeType);
      case ONE, MANY -> CodeBlock.of("$T.contents(", FEATURE_SUPPORT);
    };
  }

  /** Wraps with a prefix that ends in "(" (so the argument list is completed by the caller). */
  private static void returnContents(MethodSpec.Builder m, CodeBlock invocation, boolean async, CodeBlock prefix) {
    if (async) {
      m.addStatement("return $L.thenApply(result -> $L$L))", invocation, prefix, "result");
    } else {
      m.addStatement("return $T.completedFuture($L$L))", COMPLETABLE_FUTURE, prefix, invocation);
    }
  }

  private static TypeSpec resource(ComponentModel component, FeaturesModel.Resource r, String className) {
    TypeSpec.Builder type = handlerClass(component, className, RESOURCE_HANDLER, r.method(),
        "resource {@code " + r.uri().replace("*/", "*&#47;") + "}");
    type.addMethod(constructor(component, type, r.method(),
        CodeBlock.of("$L.entry($S, $S, $S)", FactoryWriter.descriptorFile(), "resources", "uri", r.uri())).build());
    type.addMethod(getter("uri", ClassName.get(String.class), CodeBlock.of("$S", r.uri())));
    type.addMethod(getter("descriptor", OBJECT_NODE, CodeBlock.of("descriptor")));
    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(COMPLETION_STAGE, CONTENTS_LIST))
        .addParameter(MCP_CONTEXT, "context")
        .addException(Exception.class);
    List<String> args = new ArrayList<>();
    r.method().params().forEach(p -> args.add("context"));
    returnContents(read, invocation(component, r.method(), args), r.method().async(),
        contentsWrapper(r.contents(), CodeBlock.of("$S", r.uri()), r.mimeType()));
    type.addMethod(read.build());
    return type.build();
  }

  /** A template: a static method that reads the variables and calls the method, served by the runtime's {@code GeneratedTemplate}. */
  private static MethodSpec template(ComponentModel component, FeaturesModel.Template t, String methodName) {
    LocalNames names = LocalNames.reserving(List.of("instance", "uri", "variables", "problems", "context", "result"));
    MethodSpec.Builder read = MethodSpec.methodBuilder(methodName)
        .addJavadoc("The resource template {@code $L}: {@link $T#$L}.\n", t.uriTemplate().replace("*/", "*&#47;"),
            component.annotatedClass(), t.method().name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(t.method().async() ? ParameterizedTypeName.get(COMPLETION_STAGE, CONTENTS_LIST) : CONTENTS_LIST)
        .addParameter(component.annotatedClass(), "instance")
        .addParameter(String.class, "uri")
        .addParameter(STRING_MAP, "variables")
        .addParameter(PROBLEMS, "problems")
        .addParameter(MCP_CONTEXT, "context")
        .addException(Exception.class);
    List<String> args = new ArrayList<>();
    for (FeaturesModel.Param p : t.method().params()) {
      if (p.kind() == FeaturesModel.Param.Kind.CONTEXT) {
        args.add("context");
        continue;
      }
      String local = names.newLocal(p.javaName());
      switch (p.kind()) {
        case LONG_VARIABLE -> read.addStatement("long $N = $T.longVariable(variables, $S, problems)", local, FEATURE_SUPPORT,
            p.wireName());
        case INT_VARIABLE -> read.addStatement("int $N = $T.intVariable(variables, $S, problems)", local, FEATURE_SUPPORT,
            p.wireName());
        default -> read.addStatement("$T $N = $T.variable(variables, $S, problems)", String.class, local, FEATURE_SUPPORT,
            p.wireName());
      }
      args.add(local);
    }
    read.addStatement("problems.throwIfAny()");
    CodeBlock invocation = invocation(component, t.method(), args);
    CodeBlock prefix = contentsWrapper(t.contents(), CodeBlock.of("uri"), t.mimeType());
    if (t.method().async()) {
      read.addStatement("return $L.thenApply(result -> $Lresult))", invocation, prefix);
    } else {
      read.addStatement("return $L$L)", prefix, invocation);
    }
    return read.build();
  }

  private static TypeSpec prompt(ComponentModel component, FeaturesModel.Prompt p, String className) {
    TypeSpec.Builder type = handlerClass(component, className, PROMPT_HANDLER, p.method(), "prompt {@code " + p.name() + "}");
    type.addMethod(constructor(component, type, p.method(),
        CodeBlock.of("$L.entry($S, $S, $S)", FactoryWriter.descriptorFile(), "prompts", "name", p.name())).build());
    type.addMethod(getter("name", ClassName.get(String.class), CodeBlock.of("$S", p.name())));
    type.addMethod(getter("descriptor", OBJECT_NODE, CodeBlock.of("descriptor")));
    MethodSpec.Builder get = MethodSpec.methodBuilder("get")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(COMPLETION_STAGE, PROMPT_RESULT))
        .addParameter(STRING_MAP, "arguments")
        .addParameter(MCP_CONTEXT, "context")
        .addException(Exception.class);
    get.addStatement("$T problems = new $T()", PROBLEMS, PROBLEMS);
    LocalNames names = LocalNames.reserving(List.of("arguments", "context", "problems", "instance", "descriptor", "result"));
    List<String> args = new ArrayList<>();
    for (FeaturesModel.Param param : p.method().params()) {
      if (param.kind() == FeaturesModel.Param.Kind.CONTEXT) {
        args.add("context");
        continue;
      }
      String local = names.newLocal(param.javaName());
      switch (param.kind()) {
        case OPTIONAL_ARGUMENT -> get.addStatement("$T $N = $T.optionalArgument(arguments, $S)",
            ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, ClassName.get(String.class)), local, FEATURE_SUPPORT, param.wireName());
        case DEFAULTED_ARGUMENT -> get.addStatement("$T $N = $T.argument(arguments, $S, $S)", String.class, local, FEATURE_SUPPORT,
            param.wireName(), param.defaultValue());
        default -> get.addStatement("$T $N = $T.requiredArgument(arguments, $S, problems)", String.class, local, FEATURE_SUPPORT,
            param.wireName());
      }
      args.add(local);
    }
    get.addStatement("problems.throwIfAny()");
    String wrapper = switch (p.kind()) {
      case TEXT -> "promptOfText";
      case MESSAGE -> "promptOfMessage";
      case MESSAGES -> "promptOfMessages";
      case RESULT -> "promptOfResult";
    };
    returnWrapped(get, invocation(component, p.method(), args), p.method().async(), CodeBlock.of("$T.$N", FEATURE_SUPPORT, wrapper));
    type.addMethod(get.build());
    return type.build();
  }

  private static TypeSpec completion(ComponentModel component, FeaturesModel.Completion c, String className) {
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addJavadoc("Completes $L of $L {@code $L}: {@link $T#$L}.\n", c.argument(), c.prompt() ? "prompt" : "template",
            c.ref().replace("*/", "*&#47;"), component.annotatedClass(), c.method().name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(COMPLETION_HANDLER);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (!c.method().isStatic()) {
      type.addField(component.annotatedClass(), "instance", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(component.annotatedClass(), "instance").addStatement("this.instance = instance");
    }
    type.addMethod(constructor.build());
    type.addMethod(getter("refType", REF_TYPE, CodeBlock.of("$T.$L", REF_TYPE, c.prompt() ? "PROMPT" : "RESOURCE")));
    type.addMethod(getter("refName", ClassName.get(String.class), CodeBlock.of("$S", c.ref())));
    type.addMethod(getter("argument", ClassName.get(String.class), CodeBlock.of("$S", c.argument())));
    MethodSpec.Builder complete = MethodSpec.methodBuilder("complete")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(COMPLETION_STAGE, STRING_LIST))
        .addParameter(String.class, "prefix")
        .addParameter(STRING_MAP, "context")
        .addParameter(MCP_CONTEXT, "mcpContext")
        .addException(Exception.class);
    List<String> args = new ArrayList<>();
    for (FeaturesModel.Param p : c.method().params()) {
      switch (p.kind()) {
        case CONTEXT -> args.add("mcpContext");
        case COMPLETION_VALUE -> args.add("prefix");
        case COMPLETION_CONTEXT -> args.add("context");
        default -> args.add(CodeBlock.of("context.get($S)", p.wireName()).toString());
      }
    }
    returnWrapped(complete, invocation(component, c.method(), args), c.method().async(),
        CodeBlock.of("$T.completions", FEATURE_SUPPORT));
    type.addMethod(complete.build());
    return type.build();
  }
}
