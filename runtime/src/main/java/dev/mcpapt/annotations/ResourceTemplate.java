package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a family of resources under an RFC 6570 URI template; each template variable is bound
 * to the method parameter of the same name (checked at compile time).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ResourceTemplate {
  /** The URI template, e.g. {@code "tasks://{id}"}. */
  String uriTemplate();

  /** Defaults to the method name. */
  String name() default "";

  String title() default "";

  /** Defaults to the method's Javadoc. */
  String description() default "";

  String mimeType() default "";

  /** Who the contents are for ({@code annotations.audience}); none for unsaid. */
  Role[] audience() default {};

  /**
   * How important the contents are, from 0 (optional) to 1 (effectively required)
   * ({@code annotations.priority}); negative for unsaid. Checked at compile time.
   */
  double priority() default -1;
}
