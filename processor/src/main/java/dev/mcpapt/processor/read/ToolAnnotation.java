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
    Mirrors.Values values = Mirrors.values(m);
    Map<String, Boolean> hints = new LinkedHashMap<>();
    for (String hint : HINTS) {
      AnnotationValue v = values.explicit(hint);
      if (v != null) {
        hints.put(hint, (Boolean) v.getValue());
      }
    }
    return new ToolAnnotation(
        m,
        values.string("name", ""),
        values.explicit("name"),
        values.string("title", ""),
        values.string("description", ""),
        java.util.Collections.unmodifiableMap(hints),
        values.enumConstant("task", "FORBIDDEN"),
        values.explicit("task"),
        values.bool("taskStartedByMethod", false),
        values.explicit("taskStartedByMethod"),
        values.bool("nonBlocking", false));
  }
}
