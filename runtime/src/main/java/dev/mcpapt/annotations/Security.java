package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a caller must be authenticated to use a {@link Tool}: emitted as the tool's
 * {@code securitySchemes} and mirrored in {@code _meta.securitySchemes} for clients that read
 * only {@code _meta}.
 *
 * <pre>{@code
 * @Tool @Security(scopes = "tasks.write")                 // [{"type":"oauth2","scopes":["tasks.write"]}]
 * @Tool @Security({Scheme.NOAUTH, Scheme.OAUTH2})         // works signed out, better signed in
 * @Tool @Security(Scheme.NOAUTH)                          // public
 * }</pre>
 *
 * <p>This declares what the host should do; the server still checks the token it gets.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Security {
  /** The accepted schemes, in order of preference. */
  Scheme[] value() default {Scheme.OAUTH2};

  /** OAuth 2 scopes the tool needs; only with {@link Scheme#OAUTH2}. */
  String[] scopes() default {};

  /** An authentication scheme. */
  enum Scheme {
    /** No authentication ({@code {"type":"noauth"}}). */
    NOAUTH,
    /** OAuth 2.1 ({@code {"type":"oauth2","scopes":[...]}}). */
    OAUTH2
  }
}
