package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.DESCRIPTOR_FILE;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_COMPONENT;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_COMPONENT;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_COMPONENT_FACTORY;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
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
 * {@code McpComponentFactory} (found by {@code ServiceLoader}) whose components are the runtime's
 * {@code GeneratedComponent}, a switch over its tools, and the static decoders and writers of the
 * types the tools use.
 *
 * <p>Other member kinds (resources, templates, prompts, completions, widgets) plug in as further
 * {@link MemberWriter}s in {@link #members()}: each adds its switch and its part of the component.
 */
public final class FactoryWriter {
  /** Adds one kind of member to the factory and the component. */
  interface MemberWriter {
    /** Adds methods (a switch over the members of this kind) to the factory. */
    void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component);

    /**
     * Adds this kind's handlers to the component: {@code .tools(...)} to {@code builder}, the
     * chain that {@code newComponent} returns, after any statement it adds to {@code method}.
     */
    void addToComponent(MethodSpec.Builder method, CodeBlock.Builder builder, ComponentModel component);
  }

  private final ComponentModel component;
  private final CodecWriter codecs;
  private final String descriptorDigest;
  private final boolean markGenerated;

  private FactoryWriter(ComponentModel component, String descriptorDigest, boolean markGenerated) {
    this.component = component;
    this.codecs = new CodecWriter(component);
    this.descriptorDigest = descriptorDigest;
    this.markGenerated = markGenerated;
  }

  /**
   * The generated source file; {@code descriptorDigest}: the digest of the descriptor file written
   * beside it ({@link DescriptorWriter#print}); {@code markGenerated}: whether the class may carry
   * {@code @Generated} (a named module that does not read {@code java.compiler} cannot see it).
   */
  public static JavaFile write(ComponentModel component, String descriptorDigest, boolean markGenerated) {
    return new FactoryWriter(component, descriptorDigest, markGenerated).javaFile();
  }

  static List<MemberWriter> members() {
    return List.of(new ToolsWriter(), new FeaturesWriter(), new WidgetMembersWriter());
  }

  /** The generated factory's descriptor file (see {@link #addDescriptors}). */
  static CodeBlock descriptorFile() {
    return CodeBlock.of("$N()", GeneratedNames.DESCRIPTORS_METHOD);
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
    addDescriptors(factory);
    addNewComponent(factory);
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
      create.addStatement("return $N(null)", GeneratedNames.NEW_COMPONENT);
    } else if (component.defaultConstructible()) {
      create.addStatement("return $N(new $T())", GeneratedNames.NEW_COMPONENT, component.annotatedClass());
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
        .addStatement("return $N(cast(instance, $T.class))", GeneratedNames.NEW_COMPONENT, component.annotatedClass())
        .build());
  }

  /**
   * The descriptor file: the runtime reads it once, when the first component is created, and
   * checks that its digest is the one written beside this factory.
   */
  private void addDescriptors(TypeSpec.Builder factory) {
    factory.addMethod(MethodSpec.methodBuilder(GeneratedNames.DESCRIPTORS_METHOD)
        .addJavadoc("The descriptor file of {@link $T}, read once.\n", component.annotatedClass())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(DESCRIPTOR_FILE)
        .addStatement("return $T.load($T.class, $S, $S)", DESCRIPTOR_FILE, component.generated(), component.binaryName(),
            descriptorDigest)
        .build());
  }

  /**
   * The component on one instance: the runtime's {@code GeneratedComponent} with the handlers of
   * each kind (a class of its own per factory would cost the build more than all its tools).
   */
  private void addNewComponent(TypeSpec.Builder factory) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedNames.NEW_COMPONENT)
        .addJavadoc("The handlers of {@link $T}, bound to {@code instance}.\n", component.annotatedClass())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(MCP_COMPONENT)
        .addParameter(component.annotatedClass(), "instance");
    CodeBlock.Builder builder = CodeBlock.builder()
        .add("return $T.builder($T.class)", GENERATED_COMPONENT, component.annotatedClass());
    for (MemberWriter member : members()) {
      member.addToComponent(method, builder, component);
    }
    method.addStatement(builder.add("\n.build()").build());
    factory.addMethod(method.build());
  }
}
