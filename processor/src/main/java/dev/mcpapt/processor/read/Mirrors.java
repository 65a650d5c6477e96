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
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
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
    // Read often, for a few members each: a scan compares names without copying them.
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The value of {@code member}, explicit or its declared default; null if it has neither. */
  public static AnnotationValue value(AnnotationMirror mirror, String member) {
    return values(mirror).value(member);
  }


  /**
   * The values of one annotation, read once: javac builds a new map for every
   * {@code getElementValues()}, so a reader of several members of one annotation asks here.
   */
  public static Values values(AnnotationMirror mirror) {
    return new Values(mirror);
  }

  /** One annotation's explicit values, and its declared defaults looked up when first needed. */
  public static final class Values {
    private final AnnotationMirror mirror;
    private final Map<String, AnnotationValue> explicit;
    private Map<String, AnnotationValue> defaults;

    private Values(AnnotationMirror mirror) {
      this.mirror = mirror;
      this.explicit = explicitValues(mirror);
    }

    /** The explicit value of {@code member}, or null. */
    public AnnotationValue explicit(String member) {
      return explicit.get(member);
    }

    /** The value of {@code member}, explicit or its declared default; null if it has neither. */
    public AnnotationValue value(String member) {
      AnnotationValue v = explicit.get(member);
      if (v != null) {
        return v;
      }
      if (defaults == null) {
        defaults = new LinkedHashMap<>();
        for (javax.lang.model.element.Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
          if (e instanceof ExecutableElement method && method.getDefaultValue() != null) {
            defaults.put(method.getSimpleName().toString(), method.getDefaultValue());
          }
        }
      }
      return defaults.get(member);
    }

    /** A String member's value (explicit or default), or {@code fallback}. */
    public String string(String member, String fallback) {
      AnnotationValue v = value(member);
      return v != null && v.getValue() instanceof String ? (String) v.getValue() : fallback;
    }

    /** A boolean member's value (explicit or default), or {@code fallback}. */
    public boolean bool(String member, boolean fallback) {
      AnnotationValue v = value(member);
      return v != null && v.getValue() instanceof Boolean ? (Boolean) v.getValue() : fallback;
    }

    /** An enum member's constant name, or {@code fallback}. */
    public String enumConstant(String member, String fallback) {
      AnnotationValue v = value(member);
      if (v != null && v.getValue() instanceof javax.lang.model.element.VariableElement constant) {
        return constant.getSimpleName().toString();
      }
      return fallback;
    }
  }

  /** A String member's value (explicit or default), or {@code fallback}. */
  public static String string(AnnotationMirror mirror, String member, String fallback) {
    return values(mirror).string(member, fallback);
  }


  /** A boolean member's value (explicit or default), or {@code fallback}. */
  public static boolean bool(AnnotationMirror mirror, String member, boolean fallback) {
    return values(mirror).bool(member, fallback);
  }


  /** A numeric member's value as a long, or {@code fallback}. */
  public static long number(AnnotationMirror mirror, String member, long fallback) {
    AnnotationValue v = value(mirror, member);
    return v != null && v.getValue() instanceof Number ? ((Number) v.getValue()).longValue() : fallback;
  }

  /** An enum member's constant name, or {@code fallback}. */
  public static String enumConstant(AnnotationMirror mirror, String member, String fallback) {
    return values(mirror).enumConstant(member, fallback);
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
