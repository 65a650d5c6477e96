package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.widget.WidgetComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Everything generated for one annotated class: the single input of the writers.
 *
 * @param element the annotated class: the originating element of every generated file
 * @param binaryName its binary name, which names the descriptor file
 * @param generated the generated factory class
 * @param defaultConstructible generated code can create the instance itself
 * @param needsInstance some method is an instance method
 * @param types every named type the tools use, in discovery order
 * @param inputTypes named types read from JSON (need decoders)
 * @param outputTypes named types written as JSON (need writers)
 * @param defaults every {@code @Param(defaultValue)} of the tools and their types
 * @param features the resources, templates, prompts and completions
 * @param widgets the widget keys of the tools and the widget documents ({@code @OutputTemplate},
 *     {@code @WidgetAccessible}, {@code @Security})
 */
public record ComponentModel(
    TypeElement element,
    ClassName annotatedClass,
    String binaryName,
    ClassName generated,
    boolean defaultConstructible,
    boolean needsInstance,
    List<ToolModel> tools,
    Map<ClassName, NamedType> types,
    Set<ClassName> inputTypes,
    Set<ClassName> outputTypes,
    List<DefaultValue> defaults,
    FeaturesModel features,
    WidgetComponent widgets) {

  /** Whether the class has nothing to generate. */
  public boolean isEmpty() {
    return tools.isEmpty() && features.isEmpty();
  }

  public NamedType type(ClassName name) {
    NamedType type = types.get(name);
    if (type == null) {
      throw new IllegalStateException("no model for " + name);
    }
    return type;
  }
}
