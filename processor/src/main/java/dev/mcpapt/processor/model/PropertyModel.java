package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.ParamAnnotation;
import javax.lang.model.element.Element;

/**
 * One property of a record or bean.
 *
 * @param required must be present in input (not {@code Optional}, {@code @Nullable} or defaulted)
 * @param defaultJson the {@code @Param(defaultValue)} JSON text, or null
 * @param read how generated writers read it (null: write-only bean property)
 * @param write how generated decoders set it (null: read-only bean property)
 * @param element where its problems are reported: a record's component, or where a bean is used
 * @param where how messages name it, e.g. {@code "Line.qty (in parameter lines of order)"}
 * @param param its {@code @Param}, or null
 */
public record PropertyModel(
    String jsonName,
    String javaName,
    ValueModel value,
    boolean required,
    String description,
    String defaultJson,
    Access read,
    Access write,
    Element element,
    String where,
    ParamAnnotation param) {

  /** A member of the Java type that reads or writes the property. */
  public record Access(Kind kind, String member) {
    public enum Kind {
      /** A record accessor or bean getter: {@code value.member()}. */
      METHOD,
      /** A public field: {@code value.member}. */
      FIELD,
      /** A record component, set through the canonical constructor. */
      CONSTRUCTOR,
      /** A bean setter: {@code value.member(x)}. */
      SETTER
    }
  }
}
