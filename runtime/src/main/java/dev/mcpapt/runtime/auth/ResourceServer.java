package dev.mcpapt.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The OAuth 2.1 resource server in front of the MCP HTTP transports: reads the bearer token,
 * verifies it, decides whether the request may go on, and writes the answers the MCP
 * authorization spec asks for (RFC 9728 Protected Resource Metadata, RFC 6750 challenges).
 *
 * <p>What each tool needs comes from its generated descriptor: {@code securitySchemes} written
 * from {@code @Security}. A tool without it needs a signed-in caller; one that lists
 * {@code noauth} may be called signed out; one whose {@code oauth2} scheme lists scopes needs a
 * token with every one of them (unless it also lists {@code noauth}: then signed-out and
 * signed-in callers may both use it, and the method sees who is signed in).
 *
 * <p>Thread-safe; tools may be added and removed while it runs.
 */
public final class ResourceServer {
  /** The well-known path of the metadata (RFC 9728). */
  public static final String METADATA_PATH = "/.well-known/oauth-protected-resource";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OAuthOptions options;
  private final TokenVerifier verifier;
  private final BiFunction<String, JsonNode, ObjectNode> target;
  private final Supplier<? extends Collection<ObjectNode>> targets;
  private final String metadataPath;
  private final String metadataUrl;

  /**
   * @param target the descriptor of what a request (method, params) touches, or {@code null}
   * @param targets the descriptors of every tool, resource, template and prompt served now
   */
  public ResourceServer(OAuthOptions options, BiFunction<String, JsonNode, ObjectNode> target,
      Supplier<? extends Collection<ObjectNode>> targets) {
    this.options = options;
    this.verifier = options.verifier() != null ? options.verifier() : new JwtTokenVerifier(options);
    this.target = target;
    this.targets = targets;
    URI r = options.resource();
    String path = r.getRawPath() == null || r.getRawPath().equals("/") ? "" : r.getRawPath();
    this.metadataPath = METADATA_PATH + path;
    this.metadataUrl = r.getScheme() + "://" + r.getRawAuthority() + metadataPath;
  }

  public OAuthOptions options() {
    return options;
  }

  /** The URL of the metadata document named in every challenge. */
  public String metadataUrl() {
    return metadataUrl;
  }

  /** Whether {@code path} is where the metadata is served: the path-suffixed form and the plain one. */
  public boolean isMetadataPath(String path) {
    return path.equals(metadataPath) || path.equals(METADATA_PATH);
  }

  /** The Protected Resource Metadata document (RFC 9728), with every scope the tools declare. */
  public byte[] metadata() {
    ObjectNode m = JSON.createObjectNode();
    m.put("resource", options.resource().toString());
    ArrayNode servers = m.putArray("authorization_servers");
    options.issuers().forEach(i -> servers.add(i.toString()));
    Set<String> scopes = scopesSupported();
    if (!scopes.isEmpty()) {
      ArrayNode s = m.putArray("scopes_supported");
      scopes.forEach(s::add);
    }
    m.putArray("bearer_methods_supported").add("header");
    if (options.resourceName() != null) {
      m.put("resource_name", options.resourceName());
    }
    if (options.resourceDocumentation() != null) {
      m.put("resource_documentation", options.resourceDocumentation().toString());
    }
    try {
      return JSON.writeValueAsBytes(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The configured extra scopes, then every scope any tool's {@code oauth2} scheme lists, in declaration order. */
  public Set<String> scopesSupported() {
    Set<String> all = new LinkedHashSet<>(options.extraScopes());
    for (ObjectNode d : targets.get()) {
      all.addAll(Requirement.of(d).scopes());
    }
    return all;
  }

  /** Whether requests without a token are served (as signed out). */
  public boolean anonymousAllowed() {
    if (options.allowAnonymous()) {
      return true;
    }
    for (ObjectNode d : targets.get()) {
      if (Requirement.declaresNoAuth(d)) {
        return true; // a tool, resource or prompt declared public
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ authentication

  /** What the {@code Authorization} header of a request proves. */
  public sealed interface Authentication {
    /** No {@code Authorization} header. */
    record Absent() implements Authentication {}

    /** A valid token. */
    record Valid(Principal principal) implements Authentication {}

    /** A header or token that is not accepted; {@code description} is safe for the client. */
    record Invalid(String description) implements Authentication {}

    /** The token cannot be checked now (the issuer's keys are out of reach). */
    record Unavailable() implements Authentication {}
  }

  /** Reads and verifies the {@code Authorization} header (or its absence). Never logs the token. */
  public Authentication authenticate(String authorization) {
    if (authorization == null) {
      return new Authentication.Absent();
    }
    String h = authorization.trim();
    int space = h.indexOf(' ');
    if (space < 0 || !h.substring(0, space).equalsIgnoreCase("Bearer")) {
      return new Authentication.Invalid("The Authorization header must use the Bearer scheme");
    }
    String token = h.substring(space + 1).trim();
    if (token.isEmpty() || !isToken68(token)) {
      return new Authentication.Invalid("The bearer token is malformed");
    }
    try {
      return new Authentication.Valid(verifier.verify(token));
    } catch (InvalidTokenException e) {
      return new Authentication.Invalid(e.getMessage());
    } catch (TokenVerificationUnavailableException e) {
      return new Authentication.Unavailable();
    } catch (RuntimeException e) {
      System.getLogger("dev.mcpapt.runtime.auth").log(System.Logger.Level.WARNING,
          "OAuth: verifying a token failed unexpectedly: " + e.getClass().getName());
      return new Authentication.Invalid("The access token cannot be verified");
    }
  }

  /** RFC 6750's b64token: letters, digits and {@code -._~+/}, then {@code =} padding. */
  private static boolean isToken68(String t) {
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/') {
        i++;
      } else {
        break;
      }
    }
    if (i == 0) {
      return false;
    }
    while (i < n && t.charAt(i) == '=') {
      i++;
    }
    return i == n;
  }

  // ------------------------------------------------------------------ authorization

  /**
   * Why a request is refused: {@code status} 401 (sign in) or 403 (more scopes), the scopes the
   * operation needs (possibly empty), and a description for the client.
   */
  public record Refusal(int status, Set<String> scopes, String description) {}

  /**
   * Checks one request against what it touches ({@code tools/call}, {@code resources/read} and
   * {@code resources/subscribe}, {@code prompts/get}): the {@code securitySchemes} of its
   * descriptor, written from {@code @Security}. Without them a tool, resource or prompt needs a
   * signed-in caller, except widget templates ({@code ui://}), which hosts fetch signed out.
   * Completions need a signed-in caller. Everything else (lists, ping, initialize) is open to any
   * caller that passed the endpoint.
   *
   * @param principal the caller, or {@code null} if signed out
   * @return {@code null} if allowed
   */
  public Refusal check(String method, JsonNode params, Principal principal) {
    if (method == null) {
      return null;
    }
    if (method.equals("completion/complete")) {
      return principal == null ? new Refusal(401, Set.of(), "Sign in to use completions") : null;
    }
    ObjectNode touched = target.apply(method, params);
    if (touched == null) {
      return null; // nothing served there: the engine answers (unknown tool, resource not found, ...)
    }
    Requirement need = Requirement.of(touched);
    if (need.anonymous()) {
      return null;
    }
    String what = touched.has("uri") ? touched.path("uri").asText()
        : touched.has("uriTemplate") ? touched.path("uriTemplate").asText() : touched.path("name").asText();
    if (principal == null) {
      return new Refusal(401, need.scopes(), "Sign in to use " + what);
    }
    if (!principal.scopes().containsAll(need.scopes())) {
      return new Refusal(403, need.scopes(), what + " needs the scope" + (need.scopes().size() == 1 ? " " : "s ")
          + String.join(" ", need.scopes()));
    }
    return null;
  }

  // ------------------------------------------------------------------ challenges

  /** The {@code WWW-Authenticate} value of a request without a token. */
  public String challengeForMissingToken() {
    return "Bearer resource_metadata=\"" + quote(metadataUrl) + "\"";
  }

  /** The {@code WWW-Authenticate} value of an invalid token. */
  public String challengeForInvalidToken(String description) {
    return "Bearer error=\"invalid_token\", error_description=\"" + quote(description) + "\", resource_metadata=\""
        + quote(metadataUrl) + "\"";
  }

  /** The {@code WWW-Authenticate} value of a refusal. */
  public String challengeFor(Refusal refusal) {
    StringBuilder sb = new StringBuilder("Bearer ");
    if (refusal.status() == 403) {
      sb.append("error=\"insufficient_scope\", ");
    }
    if (!refusal.scopes().isEmpty()) {
      sb.append("scope=\"").append(quote(String.join(" ", refusal.scopes()))).append("\", ");
    }
    sb.append("resource_metadata=\"").append(quote(metadataUrl)).append('"');
    if (refusal.description() != null) {
      sb.append(", error_description=\"").append(quote(refusal.description())).append('"');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append('?'); // header values are ASCII
      }
    }
    return sb.toString();
  }

  /** Whether a refused call from this request is answered as a tool result (ChatGPT) instead of an HTTP status. */
  public boolean refusesAsResult(JsonNode requestMeta) {
    return switch (options.challengeStyle()) {
      case HTTP -> false;
      case RESULT -> true;
      case AUTO -> {
        if (requestMeta != null) {
          for (var it = requestMeta.fieldNames(); it.hasNext(); ) {
            if (it.next().startsWith("openai/")) {
              yield true;
            }
          }
        }
        yield false;
      }
    };
  }

  /** What one tool, resource or prompt needs, read from its {@code securitySchemes}. */
  record Requirement(boolean anonymous, Set<String> scopes) {
    static final Requirement SIGNED_IN = new Requirement(false, Set.of());
    static final Requirement ANYONE = new Requirement(true, Set.of());

    /** Whether the descriptor says {@code noauth} itself (not by a default). */
    static boolean declaresNoAuth(JsonNode descriptor) {
      JsonNode schemes = descriptor.has("securitySchemes") ? descriptor.get("securitySchemes")
          : descriptor.path("_meta").path("securitySchemes");
      for (JsonNode s : schemes) {
        if ("noauth".equalsIgnoreCase(s.path("type").asText())) {
          return true;
        }
      }
      return false;
    }

    static Requirement of(JsonNode descriptor) {
      JsonNode schemes = descriptor.get("securitySchemes");
      if (schemes == null) {
        schemes = descriptor.path("_meta").get("securitySchemes"); // resources and prompts carry it in _meta
      }
      if (schemes == null || !schemes.isArray() || schemes.isEmpty()) {
        return descriptor.path("uri").asText("").regionMatches(true, 0, "ui://", 0, 5) ? ANYONE : SIGNED_IN;
      }
      boolean anonymous = false;
      Set<String> scopes = new LinkedHashSet<>();
      for (JsonNode s : schemes) {
        String type = s.path("type").asText("").toLowerCase(Locale.ROOT);
        if (type.equals("noauth")) {
          anonymous = true;
        } else if (type.equals("oauth2")) {
          for (JsonNode sc : s.path("scopes")) {
            if (sc.isTextual()) {
              scopes.add(sc.textValue());
            }
          }
        }
      }
      return new Requirement(anonymous, java.util.Collections.unmodifiableSet(scopes));
    }
  }
}
