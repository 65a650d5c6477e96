package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The widget that renders a {@link Tool}'s result, in ChatGPT and in MCP Apps hosts.
 *
 * <p>At compile time the processor reads {@link #html()} from the class path (your
 * {@code src/main/resources}) or the source path, inlines the widget bridge ({@code McpWidget})
 * at the top of its {@code <head>}, and registers the result as one {@code ui://} resource of type
 * {@code text/html;profile=mcp-app}. Its {@code _meta} carries the keys of both hosts
 * ({@code ui.csp}, {@code ui.prefersBorder}, {@code ui.domain}, {@code ui.permissions} and
 * {@code openai/widgetCSP}, {@code openai/widgetPrefersBorder}, {@code openai/widgetDescription},
 * {@code openai/widgetDomain}), and the tool's descriptor points at it with {@code _meta.ui.resourceUri},
 * {@code _meta["ui/resourceUri"]} and {@code _meta["openai/outputTemplate"]}.
 *
 * <p>A missing HTML file is a compile error. The served URI is {@link #uri()} with
 * {@code ?v=<content hash>} appended (unless {@link #versioned()} is false), so hosts that cache
 * widgets fetch the new one whenever the HTML changes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OutputTemplate {
  /** The widget resource URI; must start with {@code ui://}, e.g. {@code "ui://tasks/board.html"}. */
  String uri();

  /**
   * Class-path resource holding the widget's HTML document, e.g. {@code "widgets/tasks.html"}
   * for {@code src/main/resources/widgets/tasks.html}. Required.
   */
  String html() default "";

  /** What the widget shows, for the model ({@code openai/widgetDescription}). */
  String description() default "";

  /** Whether the host should draw a border around the widget. Emitted only when written explicitly. */
  boolean prefersBorder() default false;

  /**
   * The dedicated origin the widget is served from, e.g. {@code "https://tasks.example.com"}
   * ({@code openai/widgetDomain} and {@code _meta.ui.domain}). ChatGPT requires one to publish.
   */
  String domain() default "";

  /** Domains the widget may reach, by kind (Content Security Policy). Without any, hosts allow none. */
  Csp csp() default @Csp;

  /** Browser permissions the widget asks the MCP Apps host for ({@code _meta.ui.permissions}). */
  Permission[] permissions() default {};

  /** Short status text while the tool runs ({@code openai/toolInvocation/invoking}); at most 64 characters. */
  String invoking() default "";

  /** Short status text once the tool has run ({@code openai/toolInvocation/invoked}); at most 64 characters. */
  String invoked() default "";

  /** Appends {@code ?v=<hash of the served document>} to the URI, so hosts never show a stale widget. */
  boolean versioned() default true;

  /**
   * Also registers the classic ChatGPT variant ({@code text/html+skybridge}, same document, URI
   * with {@code skybridge=1} in its query) and points {@code openai/outputTemplate} at it, for
   * ChatGPT clients that predate MCP Apps support. MCP Apps hosts keep using
   * {@code _meta.ui.resourceUri}.
   */
  boolean skybridge() default false;

  /** Inlines the widget bridge ({@code McpWidget}) into the document. */
  boolean bridge() default true;

  /** Content Security Policy domains of a widget, as origins such as {@code "https://api.example.com"}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Csp {
    /** Origins for fetch/XHR/WebSocket ({@code connectDomains}, {@code connect_domains}). */
    String[] connect() default {};

    /** Origins for scripts, styles, images, fonts and media ({@code resourceDomains}, {@code resource_domains}). */
    String[] resource() default {};

    /** Origins the widget may embed in frames ({@code frameDomains}, {@code frame_domains}); reviewed strictly. */
    String[] frame() default {};

    /** Origins ChatGPT opens without a safe-link prompt ({@code redirect_domains}; ChatGPT only). */
    String[] redirect() default {};

    /** Origins allowed as the document's base URI ({@code baseUriDomains}; MCP Apps only). */
    String[] baseUri() default {};
  }

  /** Browser capabilities a widget may ask for. */
  enum Permission {
    CAMERA,
    MICROPHONE,
    GEOLOCATION,
    CLIPBOARD_WRITE
  }
}
