package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETABLE_FUTURE;
import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETION_STAGE;
import static dev.mcpapt.processor.names.RuntimeTypes.DECODE;
import static dev.mcpapt.processor.names.RuntimeTypes.DESCRIPTOR_FILE;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED;
import static dev.mcpapt.processor.names.RuntimeTypes.IO_EXCEPTION;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_GENERATOR;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_NODE;
import static dev.mcpapt.processor.names.RuntimeTypes.LIST;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_COMPONENT;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_COMPONENT_FACTORY;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpapt.processor.names.RuntimeTypes.OBJECT_NODE;
import static dev.mcpapt.processor.names.RuntimeTypes.PROBLEMS;
import static dev.mcpapt.processor.names.RuntimeTypes.TOOL_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.TOOL_RESULT;

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
import dev.mcpapt.processor.names.GeneratedNames;
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
  /** The processor named in {@code @Generated}. */

  /** Adds one kind of member to the factory and the component. */
  interface MemberWriter {
    /** Adds nested classes and methods to the factory. */
    void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component);

    /** Adds fields, constructor statements and the list method of this kind to the component. */
    void addToComponent(TypeSpec.Builder componentClass, MethodSpec.Builder constructor, ComponentModel component);
  }

  private final ComponentModel component;
  private final CodecWriter codecs;
  private final boolean markGenerated;

  private FactoryWriter(ComponentModel component, boolean markGenerated) {
    this.component = component;
    this.codecs = new CodecWriter(component);
    this.markGenerated = markGenerated;
  }

  /**
   * The generated source file; {@code markGenerated}: whether the class may carry
   * {@code @Generated} (a named module that does not read {@code java.compiler} cannot see it).
   */
  public static JavaFile write(ComponentModel component, boolean markGenerated) {
    return new FactoryWriter(component, markGenerated).javaFile();
  }

  static List<MemberWriter> members() {
    return List.of(new ToolsWriter(), new FeaturesWriter(), new WidgetMembersWriter());
  }

  /** {@code List.of(...)}, with one element per line when there are several. */
  static CodeBlock listOf(List<CodeBlock> elements) {
    if (elements.size() < 2) {
      return CodeBlock.of("$T.of($L)", LIST, CodeBlock.join(elements, ""));
    }
    return CodeBlock.of("$T.of(\n$L)", LIST, CodeBlock.join(elements, ",\n"));
  }

  /** The generated factory's descriptor file, read once (see {@link #addDescriptorHolder}). */
  static CodeBlock descriptorFile() {
    return CodeBlock.of("$N.FILE", GeneratedNames.DESCRIPTORS_HOLDER);
  }

  private JavaFile javaFile() {
    TypeSpec.Builder factory = TypeSpec.classBuilder(component.generated())
        .addOriginatingElement(component.element());
    if (markGenerated) {
      factory.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GeneratedNames.PROCESSOR).build());
    }
    factory
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
        .addStatement("return new Component(cast(instance, $T.class))", component.annotatedClass())
        .build());
  }

  /** The descriptor file is read once, when the first component is created (holder idiom). */
  private void addDescriptorHolder(TypeSpec.Builder factory) {
    factory.addType(TypeSpec.classBuilder(GeneratedNames.DESCRIPTORS_HOLDER)
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
}
