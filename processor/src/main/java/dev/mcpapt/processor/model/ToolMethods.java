package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.ToolAnnotation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** The {@code @Tool} methods of a class by tool name, for the readers of what else a tool declares. */
public final class ToolMethods {
  private ToolMethods() {}

  /**
   * The {@code @Tool} methods of {@code type} by the name of their tool in {@code tools}, in
   * declaration order. A method without a tool there (it had errors) is keyed by its method name,
   * which then only serves to report its other errors.
   */
  public static Map<String, ExecutableElement> of(TypeElement type, List<ToolModel> tools) {
    Map<ExecutableElement, String> names = new HashMap<>();
    tools.forEach(t -> names.put(t.element(), t.name()));
    Map<String, ExecutableElement> methods = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (ToolAnnotation.read(method).isPresent()) {
        String name = names.get(method);
        methods.put(name == null || methods.containsKey(name) ? method.getSimpleName() + "#" + methods.size() : name,
            method);
      }
    }
    return methods;
  }
}
