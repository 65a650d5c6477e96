package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Tool} method: which arguments a call must give, depending on the value of another.
 *
 * <p>{@code @RequiredWhen(param = "contactMethod", is = "phone", require = "phone",
 * otherwise = "email")}: when {@code contactMethod} is {@code "phone"}, {@code phone} is required;
 * otherwise (another value, or no {@code contactMethod}) {@code email} is. Written as JSON Schema
 * {@code if}/{@code then}/{@code else}, and enforced by the generated check
 * ({@code phone: is required when contactMethod is "phone"}). Several are written under
 * {@code allOf}; all must be met. An argument given as {@code null} counts as absent, so the
 * schemas of the arguments named here do not admit {@code null}.
 *
 * <p>Checked at compile time: every name must be an argument of the tool, {@link #is()} a
 * valid value of {@link #param()}'s type, and the required arguments ones that may be left out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(RequiredWhen.List.class)
public @interface RequiredWhen {
  /** The argument tested (its JSON name): a string, enum, boolean or number. */
  String param();

  /**
   * The value it is compared with, written as in JSON but without quotes for strings and enums:
   * {@code "phone"}, {@code "true"}, {@code "3"}.
   */
  String is();

  /** The arguments required when {@link #param()} is {@link #is()}. */
  String[] require() default {};

  /** The arguments required otherwise. */
  String[] otherwise() default {};

  /** Holds repeated {@link RequiredWhen} annotations; write {@code @RequiredWhen} several times instead. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    RequiredWhen[] value();
  }
}
