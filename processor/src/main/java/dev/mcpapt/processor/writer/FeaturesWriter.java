package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETABLE_FUTURE;
import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETION_STAGE;
import static dev.mcpapt.processor.names.RuntimeTypes.FEATURE_SUPPORT;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_COMPLETION;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_PROMPT;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_RESOURCE;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_TEMPLATE;
import static dev.mcpapt.processor.names.RuntimeTypes.LIST;
import static dev.mcpapt.processor.names.RuntimeTypes.MAP;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpapt.processor.names.RuntimeTypes.PROBLEMS;
import static dev.mcpapt.processor.names.RuntimeTypes.PROMPT_RESULT;
import static dev.mcpapt.processor.names.RuntimeTypes.RESOURCE_CONTENTS;
import static dev.mcpapt.processor.names.RuntimeTypes.WIDGET_RESOURCES;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;

/**
 * Writes the resources, resource templates, prompts and completions of a class: one switch per
 * kind ({@link SwitchWriter}), one case per method, served by the runtime's
 * {@code GeneratedResource}, {@code GeneratedTemplate}, {@code GeneratedPrompt} and
 * {@code GeneratedCompletion}, which own each member's name or URI and descriptor; and their entries
 * in the descriptor file ({@link #DESCRIPTORS}), which number the members.
 *
 * <p>The handlers convert without reflection: template variables and prompt arguments are read
 * with {@code FeatureSupport} (every problem collected, then {@code InvalidArgumentsException}),
 * and what a method returns is turned into the SPI's result type by a call chosen at compile time.
 */
final class FeaturesWriter implements FactoryWriter.MemberWriter {
  private static final TypeName STRING_MAP = ParameterizedTypeName.get(MAP, ClassName.get(String.class),
      ClassName.get(String.class));
  private static final TypeName CONTENTS_STAGE =
      ParameterizedTypeName.get(COMPLETION_STAGE, ParameterizedTypeName.get(LIST, RESOURCE_CONTENTS));
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(LIST, ClassName.get(String.class));

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
    if (!f.resources().isEmpty()) {
      SwitchWriter.add(factory, GeneratedNames.RESOURCE_SWITCH, "The resources, by their position in the descriptor file.",
          name -> signature(name, CONTENTS_STAGE, component, "resource").addParameter(MCP_CONTEXT, "context"),
          List.of("resource", "instance", "context"), indices(f.resources()),
          i -> f.resources().get(i).uri(), i -> resource(component, f.resources().get(i)));
    }
    if (!f.templates().isEmpty()) {
      SwitchWriter.add(factory, GeneratedNames.TEMPLATE_SWITCH,
          "The resource templates, by their position in the descriptor file.",
          name -> signature(name, CONTENTS_STAGE, component, "template")
              .addParameter(String.class, "uri")
              .addParameter(STRING_MAP, "variables")
              .addParameter(PROBLEMS, "problems")
              .addParameter(MCP_CONTEXT, "context"),
          List.of("template", "instance", "uri", "variables", "problems", "context"), indices(f.templates()),
          i -> f.templates().get(i).uriTemplate(), i -> template(component, f.templates().get(i)));
    }
    if (!f.prompts().isEmpty()) {
      SwitchWriter.add(factory, GeneratedNames.PROMPT_SWITCH, "The prompts, by their position in the descriptor file.",
          name -> signature(name, ParameterizedTypeName.get(COMPLETION_STAGE, PROMPT_RESULT), component, "prompt")
              .addParameter(STRING_MAP, "arguments")
              .addParameter(PROBLEMS, "problems")
              .addParameter(MCP_CONTEXT, "context"),
          List.of("prompt", "instance", "arguments", "problems", "context"), indices(f.prompts()),
          i -> f.prompts().get(i).name(), i -> prompt(component, f.prompts().get(i)));
    }
    if (!f.completions().isEmpty()) {
      SwitchWriter.add(factory, GeneratedNames.COMPLETION_SWITCH,
          "The completions, by their position in the component's list.",
          name -> signature(name, ParameterizedTypeName.get(COMPLETION_STAGE, STRING_LIST), component, "completion")
              .addParameter(String.class, "prefix")
              .addParameter(STRING_MAP, "context")
              .addParameter(MCP_CONTEXT, "mcpContext"),
          List.of("completion", "instance", "prefix", "context", "mcpContext"), indices(f.completions()),
          i -> completionLabel(f.completions().get(i)), i -> completion(component, f.completions().get(i)));
    }
  }

  private static MethodSpec.Builder signature(String name, TypeName returns, ComponentModel component, String number) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns)
        .addParameter(int.class, number)
        .addParameter(component.annotatedClass(), "instance")
        .addException(Exception.class);
  }

  private static List<Integer> indices(List<?> members) {
    return IntStream.range(0, members.size()).boxed().toList();
  }

  private static String completionLabel(FeaturesModel.Completion c) {
    return c.argument() + " of " + (c.prompt() ? "prompt " : "template ") + c.ref();
  }

  @Override
  public void addToComponent(MethodSpec.Builder method, CodeBlock.Builder builder, ComponentModel component) {
    FeaturesModel f = component.features();
    if (!f.resources().isEmpty()) {
      CodeBlock resources = switchList(GENERATED_RESOURCE, component, GeneratedNames.RESOURCE_SWITCH);
      CodeBlock widgets = WidgetMembersWriter.resourcesTail(component);
      builder.add("\n.resources($L)", widgets == null ? resources
          : CodeBlock.of("$T.concat($L,\n$>$>$L$<$<)", WIDGET_RESOURCES, resources, widgets));
    }
    if (!f.templates().isEmpty()) {
      builder.add("\n.resourceTemplates($L)", switchList(GENERATED_TEMPLATE, component, GeneratedNames.TEMPLATE_SWITCH));
    }
    if (!f.prompts().isEmpty()) {
      builder.add("\n.prompts($L)", switchList(GENERATED_PROMPT, component, GeneratedNames.PROMPT_SWITCH));
    }
    if (!f.completions().isEmpty()) {
      CodeBlock.Builder refs = CodeBlock.builder();
      for (FeaturesModel.Completion c : f.completions()) {
        refs.add(",\n$T.$N($S, $S)", GENERATED_COMPLETION, c.prompt() ? "prompt" : "template", c.ref(), c.argument());
      }
      builder.add("\n.completions($T.<$T>list(instance, $T::$N$>$>$L$<$<))", GENERATED_COMPLETION,
          component.annotatedClass(), component.generated(), GeneratedNames.COMPLETION_SWITCH, refs.build());
    }
  }

  /** {@code GeneratedX.<T>list(descriptors(), instance, T_McpFactory::theSwitch)}. */
  private static CodeBlock switchList(ClassName runtime, ComponentModel component, String switchName) {
    return CodeBlock.of("$T.<$T>list($L, instance, $T::$N)", runtime, component.annotatedClass(),
        FactoryWriter.descriptorFile(), component.generated(), switchName);
  }

  /** The call of the annotated method with the arguments the parameters name. */
  private static CodeBlock invocation(ComponentModel component, FeaturesModel.Method method, List<String> arguments) {
    return CodeBlock.of("$L.$N($L)",
        method.isStatic() ? CodeBlock.of("$T", component.annotatedClass()) : CodeBlock.of("instance"),
        method.name(), String.join(", ", arguments));
  }

  /** {@code return <wrap>(invocation)}, awaiting first if the method is asynchronous. */
  private static CodeBlock returnWrapped(CodeBlock invocation, boolean async, CodeBlock wrapper) {
    if (async) {
      return CodeBlock.of("return $L.thenApply(result -> $L(result));\n", invocation, wrapper);
    }
    return CodeBlock.of("return $T.completedFuture($L($L));\n", COMPLETABLE_FUTURE, wrapper, invocation);
  }

  private static CodeBlock contentsWrapper(FeaturesModel.ContentsKind kind, CodeBlock uri, String mimeType) {
    return switch (kind) {
      case TEXT -> CodeBlock.of("$T.text($L, $S, ", FEATURE_SUPPORT, uri, mimeType);
      case BLOB -> CodeBlock.of("$T.blob($L, $S, ", FEATURE_SUPPORT, uri, mimeType);
      case ONE, MANY -> CodeBlock.of("$T.contents(", FEATURE_SUPPORT);
    };
  }

  /** Wraps with a prefix that ends in "(" (so the argument list is completed here). */
  private static CodeBlock returnContents(CodeBlock invocation, boolean async, CodeBlock prefix) {
    if (async) {
      return CodeBlock.of("return $L.thenApply(result -> $Lresult));\n", invocation, prefix);
    }
    return CodeBlock.of("return $T.completedFuture($L$L));\n", COMPLETABLE_FUTURE, prefix, invocation);
  }

  /** A resource's case: call the method, wrap its contents. */
  private static CodeBlock resource(ComponentModel component, FeaturesModel.Resource r) {
    List<String> args = new ArrayList<>();
    r.method().params().forEach(p -> args.add("context"));
    return returnContents(invocation(component, r.method(), args), r.method().async(),
        contentsWrapper(r.contents(), CodeBlock.of("$S", r.uri()), r.mimeType()));
  }

  /** A template's case: read the variables, call the method, wrap its contents. */
  private static CodeBlock template(ComponentModel component, FeaturesModel.Template t) {
    LocalNames names = LocalNames.reserving(List.of("template", "instance", "uri", "variables", "problems", "context",
        "result"));
    CodeBlock.Builder code = CodeBlock.builder();
    List<String> args = new ArrayList<>();
    for (FeaturesModel.Param p : t.method().params()) {
      if (p.kind() == FeaturesModel.Param.Kind.CONTEXT) {
        args.add("context");
        continue;
      }
      String local = names.newLocal(p.javaName());
      switch (p.kind()) {
        case LONG_VARIABLE -> code.addStatement("long $N = $T.longVariable(variables, $S, problems)", local,
            FEATURE_SUPPORT, p.wireName());
        case INT_VARIABLE -> code.addStatement("int $N = $T.intVariable(variables, $S, problems)", local,
            FEATURE_SUPPORT, p.wireName());
        default -> code.addStatement("$T $N = $T.variable(variables, $S, problems)", String.class, local,
            FEATURE_SUPPORT, p.wireName());
      }
      args.add(local);
    }
    code.addStatement("problems.throwIfAny()");
    return code.add(returnContents(invocation(component, t.method(), args), t.method().async(),
        contentsWrapper(t.contents(), CodeBlock.of("uri"), t.mimeType()))).build();
  }

  /** A prompt's case: read the arguments, call the method, wrap what it returns. */
  private static CodeBlock prompt(ComponentModel component, FeaturesModel.Prompt p) {
    LocalNames names = LocalNames.reserving(List.of("prompt", "instance", "arguments", "problems", "context",
        "result"));
    CodeBlock.Builder code = CodeBlock.builder();
    List<String> args = new ArrayList<>();
    for (FeaturesModel.Param param : p.method().params()) {
      if (param.kind() == FeaturesModel.Param.Kind.CONTEXT) {
        args.add("context");
        continue;
      }
      String local = names.newLocal(param.javaName());
      switch (param.kind()) {
        case OPTIONAL_ARGUMENT -> code.addStatement("$T $N = $T.optionalArgument(arguments, $S)",
            ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, ClassName.get(String.class)), local, FEATURE_SUPPORT,
            param.wireName());
        case DEFAULTED_ARGUMENT -> code.addStatement("$T $N = $T.argument(arguments, $S, $S)", String.class, local,
            FEATURE_SUPPORT, param.wireName(), param.defaultValue());
        default -> code.addStatement("$T $N = $T.requiredArgument(arguments, $S, problems)", String.class, local,
            FEATURE_SUPPORT, param.wireName());
      }
      args.add(local);
    }
    if (!args.stream().allMatch("context"::equals)) {
      code.addStatement("problems.throwIfAny()");
    }
    String wrapper = switch (p.kind()) {
      case TEXT -> "promptOfText";
      case MESSAGE -> "promptOfMessage";
      case MESSAGES -> "promptOfMessages";
      case RESULT -> "promptOfResult";
    };
    return code.add(returnWrapped(invocation(component, p.method(), args), p.method().async(),
        CodeBlock.of("$T.$N", FEATURE_SUPPORT, wrapper))).build();
  }

  /** A completion's case: call the method with what it asks for, wrap its candidates. */
  private static CodeBlock completion(ComponentModel component, FeaturesModel.Completion c) {
    List<String> args = new ArrayList<>();
    for (FeaturesModel.Param p : c.method().params()) {
      switch (p.kind()) {
        case CONTEXT -> args.add("mcpContext");
        case COMPLETION_VALUE -> args.add("prefix");
        case COMPLETION_CONTEXT -> args.add("context");
        default -> args.add(CodeBlock.of("context.get($S)", p.wireName()).toString());
      }
    }
    return returnWrapped(invocation(component, c.method(), args), c.method().async(),
        CodeBlock.of("$T.completions", FEATURE_SUPPORT));
  }
}
