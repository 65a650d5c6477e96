package dev.mcpapt.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The errors found in one annotated class. Validators add to it and carry on, so a user sees every
 * problem of a class in one compile; the step prints it and writes files only when it is clean.
 */
public final class Report {
  /** One error, attached as precisely as the source allows. */
  public record Entry(Diagnostic diagnostic, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {}

  private final List<Entry> entries = new ArrayList<>();

  /** An error on an element. */
  public void error(Diagnostic diagnostic, Element element, Object... args) {
    add(new Entry(diagnostic, diagnostic.format(args), element, null, null));
  }

  /** An error on an annotation of an element, and on one of its values if known (null otherwise). */
  public void error(
      Diagnostic diagnostic, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    add(new Entry(diagnostic, diagnostic.format(args), element, mirror, value));
  }

  private void add(Entry entry) {
    // A type reached twice (as input and as output, or from two tools) reports its problem once.
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
  }

  public boolean isClean() {
    return entries.isEmpty();
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Adds the entries of another report (for example, of one method) to this one. */
  public void addAll(Report other) {
    other.entries.forEach(this::add);
  }

  public void printTo(Messager messager) {
    for (Entry e : entries) {
      javax.tools.Diagnostic.Kind kind = javax.tools.Diagnostic.Kind.ERROR;
      if (e.mirror() != null && e.value() != null) {
        messager.printMessage(kind, e.message(), e.element(), e.mirror(), e.value());
      } else if (e.mirror() != null) {
        messager.printMessage(kind, e.message(), e.element(), e.mirror());
      } else {
        messager.printMessage(kind, e.message(), e.element());
      }
    }
  }
}
