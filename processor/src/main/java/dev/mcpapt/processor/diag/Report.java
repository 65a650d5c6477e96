package dev.mcpapt.processor.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The errors and warnings found in one annotated class. Validators add to it and carry on, so a
 * user sees every problem of a class in one compile; the step prints it and writes files only when
 * it has no error (warnings never stop the generated code).
 */
public final class Report {
  /** One error or warning, attached as precisely as the source allows. */
  public record Entry(Diagnostic diagnostic, String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
    public boolean isError() {
      return diagnostic.severity() == Diagnostic.Severity.ERROR;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** An error on an element. */
  public void error(Diagnostic diagnostic, Element element, Object... args) {
    add(Diagnostic.Severity.ERROR, new Entry(diagnostic, diagnostic.format(args), element, null, null));
  }

  /** An error on an annotation of an element, and on one of its values if known (null otherwise). */
  public void error(
      Diagnostic diagnostic, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    add(Diagnostic.Severity.ERROR, new Entry(diagnostic, diagnostic.format(args), element, mirror, value));
  }

  /** A warning on an element, unless it or a class enclosing it suppresses it. */
  public void warning(Diagnostic diagnostic, Element element, Object... args) {
    add(Diagnostic.Severity.WARNING, new Entry(diagnostic, diagnostic.format(args), element, null, null));
  }

  /** A warning on an annotation of an element, and on one of its values if known (null otherwise). */
  public void warning(
      Diagnostic diagnostic, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
    add(Diagnostic.Severity.WARNING, new Entry(diagnostic, diagnostic.format(args), element, mirror, value));
  }

  /**
   * Whether {@code @SuppressWarnings("mcp-<id>")} is on {@code element} or on an element enclosing
   * it (its class, an outer class). javac does not apply suppression to messages of processors, so
   * the report does.
   */
  static boolean suppressed(Diagnostic diagnostic, Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings s = e.getAnnotation(SuppressWarnings.class);
      if (s != null && Arrays.asList(s.value()).contains(diagnostic.suppressionKey())) {
        return true;
      }
    }
    return false;
  }

  private void add(Diagnostic.Severity severity, Entry entry) {
    if (entry.diagnostic().severity() != severity) {
      throw new IllegalArgumentException(entry.diagnostic() + " is not of severity " + severity);
    }
    if (severity == Diagnostic.Severity.WARNING && suppressed(entry.diagnostic(), entry.element())) {
      return;
    }
    keep(entry);
  }

  private void keep(Entry entry) {
    // A type reached twice (as input and as output, or from two tools) reports its problem once.
    if (!entries.contains(entry)) {
      entries.add(entry);
    }
  }

  /** Whether there is no error; warnings do not count. */
  public boolean isClean() {
    return errorCount() == 0;
  }

  /** The number of errors so far; readers compare it before and after reading a part. */
  public int errorCount() {
    return (int) entries.stream().filter(Entry::isError).count();
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Adds the entries of another report (for example, of one method) to this one. */
  public void addAll(Report other) {
    other.entries.forEach(this::keep);
  }

  public void printTo(Messager messager) {
    for (Entry e : entries) {
      javax.tools.Diagnostic.Kind kind =
          e.isError() ? javax.tools.Diagnostic.Kind.ERROR : javax.tools.Diagnostic.Kind.WARNING;
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
