package dev.mcpapt.processor.widget;

import java.util.List;

/** What the widget annotations of one tool say, checked and resolved; writers read only this. */
public final class WidgetModel {
  private WidgetModel() {}

  /** The Content Security Policy origins of a widget, by kind. */
  public record Csp(
      List<String> connect, List<String> resource, List<String> frame, List<String> redirect, List<String> baseUri) {
    public Csp {
      connect = List.copyOf(connect);
      resource = List.copyOf(resource);
      frame = List.copyOf(frame);
      redirect = List.copyOf(redirect);
      baseUri = List.copyOf(baseUri);
    }
  }

  /**
   * One widget document, as served.
   *
   * @param declaredUri the URI written in {@code @OutputTemplate}
   * @param uri the URI served ({@code declaredUri} plus {@code ?v=<hash>} when versioned)
   * @param skybridgeUri the URI of the {@code text/html+skybridge} variant, or null
   * @param name the resource name ({@code declaredUri} without {@code ui://})
   * @param prefersBorder null when not written explicitly
   * @param permissions MCP Apps permission names ({@code camera}, {@code clipboardWrite}, ...)
   * @param htmlPath the class-path resource the HTML came from
   * @param document the document served: the HTML with the bridge inlined
   * @param bridge whether the bridge was inlined ({@code @OutputTemplate(bridge)})
   * @param hash hex SHA-256 prefix of the document and its metadata
   */
  public record Template(
      String declaredUri,
      String uri,
      String skybridgeUri,
      String name,
      String description,
      Boolean prefersBorder,
      String domain,
      Csp csp,
      List<String> permissions,
      String htmlPath,
      String document,
      boolean bridge,
      String hash) {
    public Template {
      permissions = List.copyOf(permissions);
    }

    /** The same widget, served or not, regardless of where it is declared. */
    public boolean sameAs(Template other) {
      return uri.equals(other.uri) && java.util.Objects.equals(skybridgeUri, other.skybridgeUri);
    }
  }

  /**
   * The widget keys of one tool.
   *
   * @param template the widget that renders the tool's result, or null
   * @param visibility {@code MODEL_AND_APP}, {@code APP_ONLY}, {@code MODEL_ONLY}, or null without
   *     {@code @WidgetAccessible}
   * @param invoking status text while running, or null
   * @param invoked status text once done, or null
   * @param fileParams JSON names of the top-level parameters that are files
   * @param securitySchemes scheme types ({@code noauth}, {@code oauth2}), in order; empty without
   *     {@code @Security}
   * @param scopes OAuth 2 scopes
   */
  public record ToolWidget(
      Template template,
      String visibility,
      String invoking,
      String invoked,
      List<String> fileParams,
      List<String> securitySchemes,
      List<String> scopes) {
    public ToolWidget {
      fileParams = List.copyOf(fileParams);
      securitySchemes = List.copyOf(securitySchemes);
      scopes = List.copyOf(scopes);
    }

    /** Whether the tool carries any widget key at all. */
    public boolean isEmpty() {
      return template == null && visibility == null && invoking == null && invoked == null && fileParams.isEmpty()
          && securitySchemes.isEmpty();
    }
  }
}
