package dev.mcpapt.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** {@code @Param} on a parameter, record component, field or accessor. Empty strings mean "not set". */
public record ParamAnnotation(
    AnnotationMirror mirror, String name, String description, String defaultValue, AnnotationValue defaultValueValue) {

  public static final String TYPE = "dev.mcpapt.annotations.Param";

  public static Optional<ParamAnnotation> read(Element element) {
    return Mirrors.find(element, TYPE).map(m -> new ParamAnnotation(
        m,
        Mirrors.string(m, "name", ""),
        Mirrors.string(m, "description", ""),
        Mirrors.string(m, "defaultValue", ""),
        Mirrors.explicit(m, "defaultValue")));
  }

  public boolean hasDefault() {
    return defaultValueValue != null;
  }
}
