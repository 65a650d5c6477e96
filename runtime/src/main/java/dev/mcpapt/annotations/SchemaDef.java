package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes a record, bean or enum once under {@code $defs} in every schema that uses it, referred to
 * with {@code "$ref": "#/$defs/<name>"}, even when it is used only once.
 *
 * <p>{@code @SchemaDef(name = "address", anchor = "addressDef")} on {@code record Address} gives
 * {@code "$defs": {"address": {"$anchor": "addressDef", "type": "object", ...}}}. Names and anchors
 * are checked at compile time, and two types of one class may not share a name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SchemaDef {
  /**
   * The key under {@code $defs}: letters, digits, {@code _}, {@code .} and {@code -}; defaults to
   * the simple name, as for types written there because they are used twice.
   */
  String name() default "";

  /**
   * A plain-name fragment ({@code $anchor}) that also identifies the definition, so a client may
   * refer to it as {@code #addressDef}: a letter or {@code _}, then letters, digits, {@code _},
   * {@code .} and {@code -}. None by default.
   */
  String anchor() default "";
}
