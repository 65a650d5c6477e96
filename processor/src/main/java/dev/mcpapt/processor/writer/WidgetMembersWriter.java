package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.WIDGET_RESOURCES;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.names.GeneratedNames;

/**
 * The widget documents of a class, among the component's resources: the runtime's {@code
 * WidgetResources.load} reads the index the processor wrote ({@code META-INF/mcp/<class>.widgets.json})
 * once per factory, and every component instance serves the same handlers.
 */
final class WidgetMembersWriter implements FactoryWriter.MemberWriter {
  @Override
  public void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component) {
    // Nothing of its own: the component lists the widgets (see addToComponent).
  }

  /**
   * What the {@code @Resource} list appends for the widgets, or null without widgets. When the
   * class has {@code @Resource} methods, their writer owns {@code .resources(...)} and serves both;
   * otherwise this writer adds it.
   */
  static CodeBlock resourcesTail(ComponentModel component) {
    return component.widgets().templates().isEmpty() ? null : CodeBlock.of("$T.load($T.class, $S)",
        WIDGET_RESOURCES, component.generated(), GeneratedNames.widgetIndex(component.binaryName()));
  }

  @Override
  public void addToComponent(MethodSpec.Builder method, CodeBlock.Builder builder, ComponentModel component) {
    if (component.widgets().templates().isEmpty() || !component.features().resources().isEmpty()) {
      return;
    }
    builder.add("\n.resources($L)", resourcesTail(component));
  }
}
