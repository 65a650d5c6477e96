package dev.mcpapt.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @WidgetAccessible} on a method. */
public record WidgetAccessibleAnnotation(AnnotationMirror mirror, String visibility) {
  public static final String TYPE = "dev.mcpapt.annotations.WidgetAccessible";

  public static Optional<WidgetAccessibleAnnotation> read(Element element) {
    return Mirrors.find(element, TYPE)
        .map(m -> new WidgetAccessibleAnnotation(m, Mirrors.enumConstant(m, "visibility", "MODEL_AND_APP")));
  }
}
