package dev.mcpapt.processor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * One unit of work of a processor, after auto-common's {@code Step} without its Guava dependency:
 * it names the annotations it handles, processes each round, and reports what it could not finish
 * when processing ends.
 */
interface ProcessingStep {
  /** Qualified names of the annotations this step handles. */
  Set<String> annotations();

  /** Handles the elements of one round, deferring those whose types are not generated yet. */
  void process(RoundEnvironment round);

  /** Called once in the last round: reports elements still deferred. */
  void finish();

  /**
   * The elements of {@code round} annotated with any of {@code annotations} (qualified names; those
   * not on the class path are skipped), found in one pass over the round's elements rather than
   * one pass per annotation.
   */
  static Set<? extends Element> annotatedWithAny(Elements elements, RoundEnvironment round,
      Collection<String> annotations) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String annotation : annotations) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type != null) {
        types.add(type);
      }
    }
    return types.isEmpty() ? Set.of() : round.getElementsAnnotatedWithAny(types.toArray(new TypeElement[0]));
  }
}
