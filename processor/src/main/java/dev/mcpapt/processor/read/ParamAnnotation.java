package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** {@code @Param} on a parameter, record component, field or accessor. Empty strings mean "not set". */
public record ParamAnnotation(
    AnnotationMirror mirror, String name, String description, String defaultValue, AnnotationValue defaultValueValue,
    boolean required, AnnotationValue requiredValue, String header, AnnotationValue headerValue) {


  public static Optional<ParamAnnotation> read(Element element) {
    return Mirrors.find(element, AnnotationNames.PARAM).map(ParamAnnotation::of);
  }

  private static ParamAnnotation of(AnnotationMirror m) {
    Mirrors.Values values = Mirrors.values(m);
    return new ParamAnnotation(
        m,
        values.string("name", ""),
        values.string("description", ""),
        values.string("defaultValue", ""),
        values.explicit("defaultValue"),
        values.bool("required", true),
        values.explicit("required"),
        values.string("header", ""),
        values.explicit("header"));
  }

  public boolean hasDefault() {
    return defaultValueValue != null;
  }

  /** Whether {@code required = false} was written: the argument may be left out, but not be null. */
  public boolean omittable() {
    return !required;
  }

  /** Whether {@code header} was written (even empty, which is an error). */
  public boolean hasHeader() {
    return headerValue != null;
  }
}
