package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @WidgetAccessible} on a method. */
public record WidgetAccessibleAnnotation(AnnotationMirror mirror, String visibility) {

  public static Optional<WidgetAccessibleAnnotation> read(Element element) {
    return Mirrors.find(element, AnnotationNames.WIDGET_ACCESSIBLE)
        .map(m -> new WidgetAccessibleAnnotation(m, Mirrors.enumConstant(m, "visibility", "MODEL_AND_APP")));
  }
}
