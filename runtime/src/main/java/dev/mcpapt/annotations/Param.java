package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and describes a tool or prompt argument, or a property of a record or bean used as one.
 *
 * <p>Without it, the JSON name is the Java parameter name (compile with {@code -parameters},
 * which Maven's compiler plugin does when {@code <parameters>true</parameters>} is set) and the
 * description comes from the Javadoc {@code @param} tag.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Param {
  /** The JSON property name; defaults to the Java name. */
  String name() default "";

  /** A display title of a prompt argument ({@code title} in {@code prompts/list}, 2025-06-18 on). */
  String title() default "";

  /** What the argument means, for the model; defaults to the Javadoc {@code @param} text. */
  String description() default "";

  /**
   * A default value, as JSON text ({@code "10"}, {@code "\"open\""}, {@code "true"}). An argument
   * with a default is not {@code required}; the default is emitted as the schema's {@code default}
   * and used when the argument is absent. Checked against the type at compile time.
   */
  String defaultValue() default "";

  /**
   * {@code false}: the argument may be left out, and the method then gets {@code null}; unlike
   * {@code Optional} or {@code @Nullable}, the schema does not admit {@code null}. Not on a
   * primitive (use its wrapper). Arguments that are {@code Optional}, {@code @Nullable} or have a
   * default are never required, whatever this says.
   */
  boolean required() default true;

  /**
   * Mirrors the argument into the HTTP header {@code Mcp-Param-<header>} (revision 2026-07-28,
   * {@code "x-mcp-header"} in the input schema), so load balancers and gateways can route on it
   * without reading the body; the server checks that header and body agree. Only on a parameter of
   * a {@code @Tool} method whose type is a string, an enum, {@code boolean}, or an {@code int},
   * {@code short}, {@code byte} or {@code char} (and their wrappers). The name is an HTTP token,
   * unique (ignoring case) within the tool; checked at compile time.
   */
  String header() default "";
}
