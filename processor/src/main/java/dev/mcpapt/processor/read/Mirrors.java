package dev.mcpapt.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Small helpers over {@link AnnotationMirror}: the processor reads every annotation through its
 * mirror (never {@code getAnnotation}), so it needs no annotation class on its own class path and
 * can tell a value written explicitly from a default.
 */
public final class Mirrors {
  private Mirrors() {}

  /** The annotation of type {@code qualifiedName} on {@code construct}, if present. */
  public static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String qualifiedName) {
    for (AnnotationMirror m : construct.getAnnotationMirrors()) {
      if (typeName(m).equals(qualifiedName)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The first annotation on {@code construct} whose simple name is {@code simpleName}, from any package. */
  public static Optional<AnnotationMirror> findBySimpleName(AnnotatedConstruct construct, String simpleName) {
    for (AnnotationMirror m : construct.getAnnotationMirrors()) {
      if (simpleName(m).equals(simpleName)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The annotation's qualified type name. */
  public static String typeName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  public static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The values written explicitly in the annotation, by member name, in source order. */
  public static Map<String, AnnotationValue> explicitValues(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      values.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    return values;
  }

  /** The explicit value of {@code member}, or null. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String member) {
    return explicitValues(mirror).get(member);
  }

  /** The value of {@code member}, explicit or its declared default; null if it has neither. */
  public static AnnotationValue value(AnnotationMirror mirror, String member) {
    AnnotationValue v = explicit(mirror, member);
    if (v != null) {
      return v;
    }
    for (javax.lang.model.element.Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement && e.getSimpleName().contentEquals(member)) {
        return ((ExecutableElement) e).getDefaultValue();
      }
    }
    return null;
  }

  /** A String member's value (explicit or default), or {@code fallback}. */
  public static String string(AnnotationMirror mirror, String member, String fallback) {
    AnnotationValue v = value(mirror, member);
    return v != null && v.getValue() instanceof String ? (String) v.getValue() : fallback;
  }

  /** A boolean member's value (explicit or default), or {@code fallback}. */
  public static boolean bool(AnnotationMirror mirror, String member, boolean fallback) {
    AnnotationValue v = value(mirror, member);
    return v != null && v.getValue() instanceof Boolean ? (Boolean) v.getValue() : fallback;
  }

  /** A numeric member's value as a long, or {@code fallback}. */
  public static long number(AnnotationMirror mirror, String member, long fallback) {
    AnnotationValue v = value(mirror, member);
    return v != null && v.getValue() instanceof Number ? ((Number) v.getValue()).longValue() : fallback;
  }

  /** An enum member's constant name, or {@code fallback}. */
  public static String enumConstant(AnnotationMirror mirror, String member, String fallback) {
    AnnotationValue v = value(mirror, member);
    if (v != null && v.getValue() instanceof javax.lang.model.element.VariableElement) {
      return ((javax.lang.model.element.VariableElement) v.getValue()).getSimpleName().toString();
    }
    return fallback;
  }

  /** A String-array member's values, or an empty list. */
  public static List<String> strings(AnnotationMirror mirror, String member) {
    AnnotationValue v = value(mirror, member);
    if (v == null) {
      return List.of();
    }
    Object raw = v.getValue();
    if (raw instanceof String) {
      return List.of((String) raw);
    }
    if (raw instanceof List<?>) {
      return ((List<?>) raw).stream()
          .map(o -> ((AnnotationValue) o).getValue())
          .filter(String.class::isInstance)
          .map(String.class::cast)
          .toList();
    }
    return List.of();
  }
}
