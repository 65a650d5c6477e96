package dev.mcpapt.runtime.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the host says about the user and itself, typed: the {@code _meta} keys ChatGPT sends with
 * each call ({@code openai/locale}, {@code openai/userAgent}, {@code openai/userLocation},
 * {@code openai/subject}, {@code openai/session}, {@code openai/widgetSessionId}) and what the
 * client declared of the MCP Apps extension when it connected.
 *
 * <p><strong>These are hints, not facts.</strong> Any client can send any value, or none: use them
 * to format, localize, rate-limit or group, and never to decide who may do what. Every accessor
 * returns empty when the value is absent or malformed, so a tool must work without them.
 *
 * <pre>{@code
 * @Tool
 * public String recommendCafe(McpContext context) { // McpContext.hints()
 *   HostHints hints = context.hints();
 *   Locale locale = hints.locale().orElse(Locale.ENGLISH);
 *   String city = hints.userLocation().map(UserLocation::city).orElse(null);
 *   ...
 * }
 * }</pre>
 */
public final class HostHints {
  /** The MCP Apps extension id under {@code capabilities.extensions}. */
  public static final String UI_EXTENSION = "io.modelcontextprotocol/ui";

  /** The MIME type of MCP Apps widget documents. */
  public static final String MCP_APP_MIME_TYPE = "text/html;profile=mcp-app";

  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

  private final ObjectNode meta;
  private final ObjectNode capabilities;

  private HostHints(ObjectNode meta, ObjectNode capabilities) {
    this.meta = meta == null ? EMPTY : meta;
    this.capabilities = capabilities == null ? EMPTY : capabilities;
  }

  /** Hints from a request's {@code _meta} and the client's capabilities (either may be null). */
  public static HostHints of(ObjectNode requestMeta, ObjectNode clientCapabilities) {
    return new HostHints(requestMeta, clientCapabilities);
  }

  /** The user's locale as a BCP 47 tag ({@code openai/locale}, or the older {@code webplus/i18n}). */
  public Optional<String> localeTag() {
    Optional<String> tag = text(meta, "openai/locale");
    return tag.isPresent() ? tag : text(meta, "webplus/i18n");
  }

  /** The user's locale, if a well-formed tag was sent. */
  public Optional<Locale> locale() {
    return localeTag().map(Locale::forLanguageTag).filter(l -> !l.getLanguage().isEmpty());
  }

  /** The client's user agent ({@code openai/userAgent}). */
  public Optional<String> userAgent() {
    return text(meta, "openai/userAgent");
  }

  /** A coarse location of the user ({@code openai/userLocation}). */
  public Optional<UserLocation> userLocation() {
    JsonNode node = meta.get("openai/userLocation");
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new UserLocation(
            text(node, "city").orElse(null),
            text(node, "region").orElse(null),
            text(node, "country").orElse(null),
            text(node, "timezone").orElse(null),
            number(node, "latitude"),
            number(node, "longitude")));
  }

  /** An anonymized id of the user ({@code openai/subject}), stable across conversations. */
  public Optional<String> subject() {
    return text(meta, "openai/subject");
  }

  /** An anonymized id of the conversation ({@code openai/session}). */
  public Optional<String> session() {
    return text(meta, "openai/session");
  }

  /** The id of the widget instance that made this call ({@code openai/widgetSessionId}). */
  public Optional<String> widgetSessionId() {
    return text(meta, "openai/widgetSessionId");
  }

  /**
   * Whether the client declared that it renders MCP Apps widgets: {@code
   * capabilities.extensions["io.modelcontextprotocol/ui"]} lists {@code text/html;profile=mcp-app}.
   * ChatGPT renders widgets without declaring it, so false means "not declared", not "cannot".
   */
  public boolean declaresMcpApps() {
    return uiMimeTypes().contains(MCP_APP_MIME_TYPE);
  }

  /** The widget MIME types the client declared under the MCP Apps extension; empty if none. */
  public List<String> uiMimeTypes() {
    JsonNode types = capabilities.path("extensions").path(UI_EXTENSION).path("mimeTypes");
    List<String> out = new ArrayList<>();
    types.forEach(t -> {
      if (t.isTextual()) {
        out.add(t.asText());
      }
    });
    return List.copyOf(out);
  }

  /** The MCP Apps extension settings the client declared, if it declared the extension. */
  public Optional<ObjectNode> uiExtension() {
    JsonNode node = capabilities.path("extensions").get(UI_EXTENSION);
    return node != null && node.isObject() ? Optional.of(((ObjectNode) node).deepCopy()) : Optional.empty();
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static Double number(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isNumber() ? v.asDouble() : null;
  }

  /**
   * A coarse location ({@code openai/userLocation}); any component may be null.
   *
   * @param city the city name
   * @param region the region or state
   * @param country usually an ISO 3166-1 alpha-2 code such as {@code FR}
   * @param timezone an IANA zone name such as {@code Europe/Paris}
   */
  public record UserLocation(
      String city, String region, String country, String timezone, Double latitude, Double longitude) {

    /** The time zone, if a valid zone id was sent. */
    public Optional<ZoneId> zone() {
      if (timezone == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(ZoneId.of(timezone));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }
}
