package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** {@code @OutputTemplate} on a method: here only its URI is read (and checked). */
public record OutputTemplateAnnotation(AnnotationMirror mirror, String uri, AnnotationValue uriValue) {

  public static Optional<OutputTemplateAnnotation> read(Element element) {
    return Mirrors.find(element, AnnotationNames.OUTPUT_TEMPLATE)
        .map(m -> new OutputTemplateAnnotation(m, Mirrors.string(m, "uri", ""), Mirrors.value(m, "uri")));
  }
}
