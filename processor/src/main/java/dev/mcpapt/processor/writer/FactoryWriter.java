package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.writer.RuntimeTypes.COMPLETABLE_FUTURE;
import static dev.mcpapt.processor.writer.RuntimeTypes.COMPLETION_STAGE;
import static dev.mcpapt.processor.writer.RuntimeTypes.DECODE;
import static dev.mcpapt.processor.writer.RuntimeTypes.DESCRIPTOR_FILE;
import static dev.mcpapt.processor.writer.RuntimeTypes.GENERATED;
import static dev.mcpapt.processor.writer.RuntimeTypes.IO_EXCEPTION;
import static dev.mcpapt.processor.writer.RuntimeTypes.JSON_GENERATOR;
import static dev.mcpapt.processor.writer.RuntimeTypes.JSON_NODE;
import static dev.mcpapt.processor.writer.RuntimeTypes.LIST;
import static dev.mcpapt.processor.writer.RuntimeTypes.MCP_COMPONENT;
import static dev.mcpapt.processor.writer.RuntimeTypes.MCP_COMPONENT_FACTORY;
import static dev.mcpapt.processor.writer.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpapt.processor.writer.RuntimeTypes.OBJECT_NODE;
import static dev.mcpapt.processor.writer.RuntimeTypes.PROBLEMS;
import static dev.mcpapt.processor.writer.RuntimeTypes.TOOL_HANDLER;
import static dev.mcpapt.processor.writer.RuntimeTypes.TOOL_RESULT;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.ParameterModel;
import dev.mcpapt.processor.model.ResultModel;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the generated factory of one class from its {@link ComponentModel}: a public
 * {@code McpComponentFactory} (found by {@code ServiceLoader}) with a nested component, one nested
 * handler per tool, and the static decoders and writers of the types the tools use.
 *
 * <p>Other member kinds (resources, prompts, completions) plug in as further {@link MemberWriter}s
 * in {@link #members()}: each adds its nested classes and the component's list method.
 */
public final class FactoryWriter {
  /** The error text when a tool with an {@code outputSchema} returns null. */
  static final String NO_VALUE = "The tool returned no value.";

  /** The processor named in {@code @Generated}. */
  public static final String PROCESSOR = "dev.mcpapt.processor.McpProcessor";

  /** Adds one kind of member to the factory and the component. */
  interface MemberWriter {
    /** Adds nested classes and methods to the factory. */
    void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component);

    /** Adds fields, constructor statements and the list method of this kind to the component. */
    void addToComponent(TypeSpec.Builder componentClass, MethodSpec.Builder constructor, ComponentModel component);
  }

  private final ComponentModel component;
  private final CodecWriter codecs;

  private FactoryWriter(ComponentModel component) {
    this.component = component;
    this.codecs = new CodecWriter(component);
  }

  /** The generated source file. */
  public static JavaFile write(ComponentModel component) {
    return new FactoryWriter(component).javaFile();
  }

  static List<MemberWriter> members() {
    return List.of(new ToolsWriter(), new FeaturesWriter(), new WidgetMembersWriter());
  }

  private JavaFile javaFile() {
    TypeSpec.Builder factory = TypeSpec.classBuilder(component.generated())
        .addOriginatingElement(component.element())
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addJavadoc("The generated MCP handlers of {@link $T}; found by {@code ServiceLoader}.\n", component.annotatedClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(MCP_COMPONENT_FACTORY);
    addConstructor(factory);
    addType(factory);
    addCanCreateDefault(factory);
    addCreate(factory);
    addCreateWithInstance(factory);
    addDescriptorHolder(factory);
    addComponent(factory);
    for (MemberWriter member : members()) {
      member.addTo(factory, codecs, component);
    }
    codecs.addTo(factory);
    return JavaFile.builder(component.generated().packageName(), factory.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static void addConstructor(TypeSpec.Builder factory) {
    factory.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Called by {@code ServiceLoader}.\n")
        .build());
  }

  private void addType(TypeSpec.Builder factory) {
    factory.addMethod(MethodSpec.methodBuilder("type")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
        .addStatement("return $T.class", component.annotatedClass())
        .build());
  }

  private void addCanCreateDefault(TypeSpec.Builder factory) {
    factory.addMethod(MethodSpec.methodBuilder("canCreateDefault")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L", component.defaultConstructible())
        .build());
  }

  private void addCreate(TypeSpec.Builder factory) {
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MCP_COMPONENT);
    if (!component.needsInstance()) {
      create.addStatement("return new Component(null)");
    } else if (component.defaultConstructible()) {
      create.addStatement("return new Component(new $T())", component.annotatedClass());
    } else {
      create.addStatement("throw new $T($S)", IllegalStateException.class,
          component.annotatedClass().canonicalName()
              + " has no public no-argument constructor: pass an instance to create(Object)");
    }
    factory.addMethod(create.build());
  }

  private void addCreateWithInstance(TypeSpec.Builder factory) {
    factory.addMethod(MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(MCP_COMPONENT)
        .addParameter(Object.class, "instance")
        .beginControlFlow("if (!(instance instanceof $T))", component.annotatedClass())
        .addStatement("throw new $T($S + (instance == null ? null : instance.getClass().getName()))",
            IllegalArgumentException.class, "expected a " + component.annotatedClass().canonicalName() + ", got ")
        .endControlFlow()
        .addStatement("return new Component(($T) instance)", component.annotatedClass())
        .build());
  }

  /** The descriptor file is read once, when the first component is created (holder idiom). */
  private void addDescriptorHolder(TypeSpec.Builder factory) {
    factory.addType(TypeSpec.classBuilder("Descriptors")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(DESCRIPTOR_FILE, "FILE", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.load($T.class, $S)", DESCRIPTOR_FILE, component.generated(), component.binaryName())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build());
  }

  private void addComponent(TypeSpec.Builder factory) {
    TypeSpec.Builder type = TypeSpec.classBuilder("Component")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(MCP_COMPONENT);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addParameter(component.annotatedClass(), "instance");
    for (MemberWriter member : members()) {
      member.addToComponent(type, constructor, component);
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("type")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)))
        .addStatement("return $T.class", component.annotatedClass())
        .build());
    factory.addType(type.build());
  }

  /** The tool handlers: one nested class per {@code @Tool} method. */
  static final class ToolsWriter implements MemberWriter {
    @Override
    public void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component) {
      List<ToolModel> tools = component.tools();
      for (int i = 0; i < tools.size(); i++) {
        factory.addType(handler(component, codecs, tools.get(i), handlerName(tools, i)));
      }
    }

    @Override
    public void addToComponent(TypeSpec.Builder type, MethodSpec.Builder constructor, ComponentModel component) {
      TypeName listType = ParameterizedTypeName.get(LIST, TOOL_HANDLER);
      type.addField(listType, "tools", Modifier.PRIVATE, Modifier.FINAL);
      CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
      List<ToolModel> tools = component.tools();
      for (int i = 0; i < tools.size(); i++) {
        String args = tools.get(i).isStatic() ? "" : "instance";
        list.add(i == 0 ? "new $N($L)" : ",$Wnew $N($L)", handlerName(tools, i), args);
      }
      list.add(")");
      constructor.addStatement("this.tools = $L", list.build());
      type.addMethod(MethodSpec.methodBuilder("tools")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(listType)
          .addStatement("return tools")
          .build());
    }

    private static String handlerName(List<ToolModel> tools, int index) {
      String method = tools.get(index).methodName();
      int overload = 0;
      for (int i = 0; i < index; i++) {
        if (tools.get(i).methodName().equals(method)) {
          overload++;
        }
      }
      return GeneratedNames.toolHandler(method, overload);
    }

    private static TypeSpec handler(ComponentModel component, CodecWriter codecs, ToolModel tool, String className) {
      TypeSpec.Builder type = TypeSpec.classBuilder(className)
          .addJavadoc("The {@code $L} tool: {@link $T#$L}.\n", tool.name(), component.annotatedClass(), tool.methodName())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addSuperinterface(TOOL_HANDLER);
      List<String> names = tool.arguments().stream().map(ParameterModel::jsonName).toList();
      CodeBlock properties = codecs.propertiesConstant(
          GeneratedNames.upperSnake(className) + "_ARGUMENTS", names);
      type.addField(OBJECT_NODE, "descriptor", Modifier.PRIVATE, Modifier.FINAL);
      MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
      if (!tool.isStatic()) {
        type.addField(component.annotatedClass(), "instance", Modifier.PRIVATE, Modifier.FINAL);
        constructor.addParameter(component.annotatedClass(), "instance").addStatement("this.instance = instance");
      }
      constructor.addStatement("this.descriptor = Descriptors.FILE.tool($S)", tool.name());
      type.addMethod(constructor.build());
      type.addMethod(MethodSpec.methodBuilder("name")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addStatement("return $S", tool.name())
          .build());
      type.addMethod(MethodSpec.methodBuilder("descriptor")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(OBJECT_NODE)
          .addStatement("return descriptor")
          .build());
      if (tool.taskStartedByMethod()) {
        type.addMethod(returnsTrue("taskStartedByMethod"));
      }
      if (tool.nonBlocking()) {
        type.addMethod(returnsTrue("nonBlocking"));
      }
      type.addMethod(call(component, codecs, tool, properties, className));
      return type.build();
    }

    /** An override of a {@code ToolHandler} flag that answers true. */
    private static MethodSpec returnsTrue(String flag) {
      return MethodSpec.methodBuilder(flag)
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(boolean.class)
          .addStatement("return true")
          .build();
    }

    private static MethodSpec call(
        ComponentModel component, CodecWriter codecs, ToolModel tool, CodeBlock properties, String className) {
      MethodSpec.Builder m = MethodSpec.methodBuilder("call")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(COMPLETION_STAGE, TOOL_RESULT))
          .addParameter(JSON_NODE, "arguments")
          .addParameter(MCP_CONTEXT, "context")
          .addException(Exception.class);
      NameAllocator names = new NameAllocator();
      for (String reserved : List.of("arguments", "context", "problems", "args", "result", "instance", "descriptor")) {
        names.newName(reserved);
      }
      List<String> callArgs = new ArrayList<>();
      m.addStatement("$T problems = new $T()", PROBLEMS, PROBLEMS);
      if (!tool.arguments().isEmpty()) {
        m.addStatement("$T args = $T.arguments(arguments, $L, problems)", JSON_NODE, DECODE, properties);
      } else {
        m.addStatement("$T.arguments(arguments, $L, problems)", DECODE, properties);
      }
      for (ParameterModel p : tool.parameters()) {
        if (p.context()) {
          callArgs.add("context");
          continue;
        }
        String local = names.newName(p.javaName(), p);
        callArgs.add(local);
        ValueModel v = p.value();
        TypeName type = v.optional()
            ? ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, v.type().javaType().box()) : v.type().javaType();
        m.addStatement("$T $N = $L", type, local,
            codecs.readProperty(CodeBlock.of("args"), p.jsonName(), v, p.required(), p.defaultJson(), "problems"));
      }
      m.addStatement("problems.throwIfAny()");
      CodeBlock invocation = CodeBlock.of("$L.$N($L)",
          tool.isStatic() ? CodeBlock.of("$T", component.annotatedClass()) : CodeBlock.of("instance"),
          tool.methodName(), String.join(", ", callArgs));
      ResultModel result = tool.result();
      CodeBlock wrap = wrap(component, codecs, tool, className);
      if (result.async()) {
        m.addStatement("return $L.thenApply(result -> $L)", invocation, wrap);
      } else if (result.kind() == ResultModel.Kind.VOID) {
        m.addStatement(invocation);
        m.addStatement("return $T.completedFuture($L)", COMPLETABLE_FUTURE, wrap);
      } else {
        TypeName declared = result.widget()
            ? ParameterizedTypeName.get(RuntimeTypes.WIDGET_RESULT, result.javaType().box()) : result.javaType();
        m.addStatement("$T result = $L", declared, invocation);
        m.addStatement("return $T.completedFuture($L)", COMPLETABLE_FUTURE, wrap);
      }
      return m.build();
    }

    /** The expression that turns {@code result} into a {@code ToolResult}. */
    private static CodeBlock wrap(ComponentModel component, CodecWriter codecs, ToolModel tool, String className) {
      ResultModel result = tool.result();
      switch (result.kind()) {
        case VOID:
          return CodeBlock.of("$T.of($T.of())", TOOL_RESULT, LIST);
        case TOOL_RESULT:
          return CodeBlock.of("result");
        case TEXT:
          if (result.value().type() instanceof JsonType.Named n
              && component.type(n.javaType()) instanceof dev.mcpapt.processor.model.NamedType.EnumModel e
              && e.constants().stream().anyMatch(c -> !c.javaName().equals(c.jsonName()))) {
            // An enum's text is its JSON name, as in schemas.
            return CodeBlock.of("$T.text(result == null ? $S : $N(result))", TOOL_RESULT, "null", codecs.enumText(e));
          }
          return CodeBlock.of("$T.text($T.valueOf(result))", TOOL_RESULT, String.class);
        case STRUCTURED:
        case ITEMS:
        default:
          String writer = result.kind() == ResultModel.Kind.STRUCTURED && result.value().type() instanceof JsonType.Named n
              ? GeneratedNames.writer(n.javaType())
              : resultWriter(component, codecs, tool, className, result.kind() == ResultModel.Kind.ITEMS);
          // A declared outputSchema promises structured content; null cannot keep that promise.
          // A WidgetResult converts itself (text, widget-only _meta), with the same writer.
          CodeBlock structured = result.widget()
              ? CodeBlock.of("result.toToolResult($T::$N)", component.generated(), writer)
              : CodeBlock.of("$T.structured(result, $T::$N)", TOOL_RESULT, component.generated(), writer);
          return CodeBlock.of("result == null$W? $T.error($S)$W: $L", TOOL_RESULT, NO_VALUE, structured);
      }
    }

    /** A static writer for a result that is not a named type (a map, or a collection wrapped in {"items": ...}). */
    private static String resultWriter(
        ComponentModel component, CodecWriter codecs, ToolModel tool, String className, boolean items) {
      String name = "write" + className + "Result";
      TypeName type = tool.result().javaType();
      MethodSpec.Builder m = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(JSON_GENERATOR, "generator")
          .addParameter(type, "value")
          .addException(IO_EXCEPTION);
      if (items) {
        m.addStatement("generator.writeStartObject()");
        m.addStatement("generator.writeFieldName($S)", "items");
        m.addStatement(codecs.writeCall(tool.result().value(), CodeBlock.of("generator"), CodeBlock.of("value")));
        m.addStatement("generator.writeEndObject()");
      } else {
        m.addStatement(codecs.writeCall(tool.result().value(), CodeBlock.of("generator"), CodeBlock.of("value")));
      }
      codecs.addMethod(m.build());
      return name;
    }
  }
}
