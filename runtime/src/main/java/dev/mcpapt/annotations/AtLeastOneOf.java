package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Tool} method: a call must give at least one of these arguments (by JSON name).
 *
 * <p>{@code @AtLeastOneOf({"phone", "email"})} adds
 * {@code "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}]} to the input
 * schema, and the generated check rejects a call with neither ({@code at least one of phone, email
 * is required}). An argument given as {@code null} does not count, so the schema of a named
 * argument does not admit {@code null}. Repeatable: every group must be met. The names must be
 * arguments that may be left out ({@code Optional}, {@code @Nullable} or
 * {@code @Param(required = false)}); checked at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(AtLeastOneOf.List.class)
public @interface AtLeastOneOf {
  /** Two or more argument names. */
  String[] value();

  /** Holds repeated {@link AtLeastOneOf} annotations; write {@code @AtLeastOneOf} several times instead. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    AtLeastOneOf[] value();
  }
}
