package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The widget that renders a {@link Tool}'s result, in ChatGPT and in MCP Apps hosts.
 *
 * <p>The processor reads {@link #html()} from the source or resource path at compile time and
 * registers it as a {@code ui://} resource; the tool's descriptor points at it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OutputTemplate {
  /** The widget resource URI; must start with {@code ui://}. */
  String uri();

  /** Class-path resource holding the widget's HTML document, e.g. {@code "widgets/tasks.html"}. */
  String html() default "";

  /** What the widget shows, for the model ({@code openai/widgetDescription}). */
  String description() default "";

  /** Whether the host should draw a border around the widget. Emitted only when written explicitly. */
  boolean prefersBorder() default false;

  /** The dedicated origin the widget is served from, if the host supports one. */
  String domain() default "";

  /** Domains the widget may reach, by kind (Content Security Policy). */
  Csp csp() default @Csp;

  /** Short status text while the tool runs ({@code openai/toolInvocation/invoking}); at most 64 characters. */
  String invoking() default "";

  /** Short status text once the tool has run ({@code openai/toolInvocation/invoked}); at most 64 characters. */
  String invoked() default "";

  /** Content Security Policy domains of a widget. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Csp {
    /** Origins for fetch/XHR/WebSocket. */
    String[] connect() default {};

    /** Origins for scripts, styles, images, fonts and media. */
    String[] resource() default {};

    /** Origins the widget may embed in frames. */
    String[] frame() default {};

    /** Origins the widget may redirect or link to without a confirmation. */
    String[] redirect() default {};
  }
}
