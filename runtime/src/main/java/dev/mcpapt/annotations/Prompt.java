package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exposes a method as an MCP prompt; its parameters (see {@link Param}) are the prompt's arguments. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Prompt {
  /** Defaults to the method name in snake_case. */
  String name() default "";

  String title() default "";

  /** Defaults to the method's Javadoc. */
  String description() default "";
}
