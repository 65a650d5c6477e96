package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.LIST;
import static dev.mcpapt.processor.names.RuntimeTypes.RESOURCE_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.WIDGET_RESOURCES;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.names.GeneratedNames;
import javax.lang.model.element.Modifier;

/**
 * The widget documents of a class, as the component's {@code resources()}: a holder reads the
 * index the processor wrote ({@code META-INF/mcp/<class>.widgets.json}) once, with {@code
 * WidgetResources.load}, and every component instance serves the same handlers.
 */
final class WidgetMembersWriter implements FactoryWriter.MemberWriter {
  @Override
  public void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component) {
    if (component.widgets().templates().isEmpty()) {
      return;
    }
    factory.addType(TypeSpec.classBuilder("Widgets")
        .addJavadoc("The widget resources, read on first use.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(listType(), "RESOURCES", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.load($T.class, $S)", WIDGET_RESOURCES, component.generated(),
                GeneratedNames.widgetIndex(component.binaryName()))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build());
  }

  /**
   * What the {@code @Resource} list appends for the widgets ({@code Widgets.RESOURCES}), or null
   * without widgets. When the class has {@code @Resource} methods, their writer owns
   * {@code resources()} and serves both; otherwise this writer adds it.
   */
  static CodeBlock resourcesTail(ComponentModel component) {
    return component.widgets().templates().isEmpty() ? null : CodeBlock.of("Widgets.RESOURCES");
  }

  @Override
  public void addToComponent(TypeSpec.Builder type, MethodSpec.Builder constructor, ComponentModel component) {
    if (component.widgets().templates().isEmpty() || !component.features().resources().isEmpty()) {
      return;
    }
    type.addMethod(MethodSpec.methodBuilder("resources")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(listType())
        .addStatement("return Widgets.RESOURCES")
        .build());
  }

  private static TypeName listType() {
    return ParameterizedTypeName.get(LIST, RESOURCE_HANDLER);
  }
}
