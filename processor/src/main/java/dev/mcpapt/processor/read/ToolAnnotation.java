package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * {@code @Tool} as written on one method.
 *
 * @param hints the hints written explicitly, in the order the MCP schema lists them; hints left
 *     out are not emitted
 * @param task the {@code TaskSupport} constant name ({@code FORBIDDEN} by default)
 * @param taskStartedByMethod whether the method starts its task itself
 * @param nonBlocking whether the method declares that it never blocks
 */
public record ToolAnnotation(
    AnnotationMirror mirror,
    String name,
    AnnotationValue nameValue,
    String title,
    String description,
    Map<String, Boolean> hints,
    String task,
    AnnotationValue taskValue,
    boolean taskStartedByMethod,
    AnnotationValue taskStartedByMethodValue,
    boolean nonBlocking) {


  private static final String[] HINTS = {"readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"};

  public static Optional<ToolAnnotation> read(Element element) {
    return Mirrors.find(element, AnnotationNames.TOOL).map(ToolAnnotation::of);
  }

  private static ToolAnnotation of(AnnotationMirror m) {
    Map<String, AnnotationValue> explicit = Mirrors.explicitValues(m);
    Map<String, Boolean> hints = new LinkedHashMap<>();
    for (String hint : HINTS) {
      AnnotationValue v = explicit.get(hint);
      if (v != null) {
        hints.put(hint, (Boolean) v.getValue());
      }
    }
    return new ToolAnnotation(
        m,
        Mirrors.string(m, "name", ""),
        explicit.get("name"),
        Mirrors.string(m, "title", ""),
        Mirrors.string(m, "description", ""),
        java.util.Collections.unmodifiableMap(hints),
        Mirrors.enumConstant(m, "task", "FORBIDDEN"),
        explicit.get("task"),
        Mirrors.bool(m, "taskStartedByMethod", false),
        explicit.get("taskStartedByMethod"),
        Mirrors.bool(m, "nonBlocking", false));
  }
}
