package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that completes one argument of a prompt, or one variable of a resource
 * template, for {@code completion/complete}. Exactly one of {@link #prompt()} and
 * {@link #resourceTemplate()} is set.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Complete {
  /** The name of the prompt whose argument is completed. */
  String prompt() default "";

  /** The URI template whose variable is completed. */
  String resourceTemplate() default "";

  /** The argument or variable name. */
  String argument();
}
