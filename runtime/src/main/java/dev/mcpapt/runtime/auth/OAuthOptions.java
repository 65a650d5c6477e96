package dev.mcpapt.runtime.auth;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How the HTTP server acts as an OAuth 2.1 resource server: which authorization servers it
 * trusts, which resource it is, and how tokens are checked.
 *
 * <pre>{@code
 * OAuthOptions oauth = OAuthOptions.builder()
 *     .issuer("https://auth.example.com/realms/tasks")
 *     .resource("https://tasks.example.com/mcp")
 *     .build();
 * HttpOptions http = HttpOptions.builder().oauth(oauth).build();
 * }</pre>
 *
 * <p>Tokens must be JWTs signed by one of the issuers' keys (found through the issuer's
 * authorization-server metadata or OpenID discovery), with {@code aud} naming {@link #resource()}
 * (RFC 8707). Programs with opaque tokens pass their own {@link TokenVerifier}.
 */
public final class OAuthOptions {
  /** The signature algorithms accepted by default: asymmetric only, never {@code none} or HMAC. */
  public static final Set<String> DEFAULT_ALGORITHMS = Set.of(
      "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512");

  private final List<URI> issuers;
  private final URI resource;
  private final Set<String> audiences;
  private final Set<String> extraScopes;
  private final Set<String> algorithms;
  private final Duration clockSkew;
  private final Duration jwksRefreshInterval;
  private final Duration fetchTimeout;
  private final boolean allowAnonymous;
  private final ChallengeStyle challengeStyle;
  private final String resourceName;
  private final URI resourceDocumentation;
  private final TokenVerifier verifier;

  /**
   * Where a refused {@code tools/call} is told to sign in or to ask for more scopes.
   *
   * <ul>
   *   <li>{@link #HTTP}: an HTTP {@code 401}/{@code 403} with {@code WWW-Authenticate}, as the MCP
   *       authorization spec asks (its step-up flow); what MCP clients such as the official SDKs
   *       act on.
   *   <li>{@link #RESULT}: an {@code isError} tool result whose {@code _meta["mcp/www_authenticate"]}
   *       holds the same challenge; what ChatGPT reads to show its sign-in button.
   *   <li>{@link #AUTO} (default): {@link #RESULT} when the request carries ChatGPT's
   *       {@code openai/*} hints in {@code _meta}, else {@link #HTTP}. The hints choose only the
   *       form of the refusal, never whether the call is allowed.
   * </ul>
   */
  public enum ChallengeStyle {
    AUTO,
    HTTP,
    RESULT
  }

  private OAuthOptions(Builder b) {
    this.issuers = List.copyOf(b.issuers);
    this.resource = b.resource;
    LinkedHashSet<String> aud = new LinkedHashSet<>();
    aud.add(b.resource.toString());
    aud.addAll(b.audiences);
    this.audiences = Set.copyOf(aud);
    this.extraScopes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.extraScopes));
    this.algorithms = Set.copyOf(b.algorithms);
    this.clockSkew = b.clockSkew;
    this.jwksRefreshInterval = b.jwksRefreshInterval;
    this.fetchTimeout = b.fetchTimeout;
    this.allowAnonymous = b.allowAnonymous;
    this.challengeStyle = b.challengeStyle;
    this.resourceName = b.resourceName;
    this.resourceDocumentation = b.resourceDocumentation;
    this.verifier = b.verifier;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The authorization servers whose tokens are accepted ({@code iss}), as listed in the metadata. */
  public List<URI> issuers() {
    return issuers;
  }

  /** This server's resource identifier: the URL of its MCP endpoint, e.g. {@code https://host/mcp}. */
  public URI resource() {
    return resource;
  }

  /** The accepted {@code aud} values: {@link #resource()} and any added with {@link Builder#audience}. */
  public Set<String> audiences() {
    return audiences;
  }

  /**
   * Scopes advertised in {@code scopes_supported} besides those the tools declare, e.g.
   * {@code openid} or {@code offline_access} for an authorization server that needs them at
   * sign-in. They are never required by a call.
   */
  public Set<String> extraScopes() {
    return extraScopes;
  }

  /** The JWS algorithms accepted. */
  public Set<String> algorithms() {
    return algorithms;
  }

  /** The clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}. */
  public Duration clockSkew() {
    return clockSkew;
  }

  /** The least time between two fetches of an issuer's keys when a token names an unknown key. */
  public Duration jwksRefreshInterval() {
    return jwksRefreshInterval;
  }

  /** The timeout of each fetch of metadata or keys. */
  public Duration fetchTimeout() {
    return fetchTimeout;
  }

  /**
   * Whether requests without a token are served (as a signed-out caller) even when no tool
   * declares {@code NOAUTH}. A tool that declares it makes the server accept anonymous requests
   * anyway; tools that need OAuth are still refused to them.
   */
  public boolean allowAnonymous() {
    return allowAnonymous;
  }

  public ChallengeStyle challengeStyle() {
    return challengeStyle;
  }

  /** The {@code resource_name} of the metadata, or {@code null}. */
  public String resourceName() {
    return resourceName;
  }

  /** The {@code resource_documentation} of the metadata, or {@code null}. */
  public URI resourceDocumentation() {
    return resourceDocumentation;
  }

  /** The verifier set with {@link Builder#verifier}, or {@code null} for the JWT default. */
  public TokenVerifier verifier() {
    return verifier;
  }

  @Override
  public String toString() {
    return "OAuthOptions[issuers=" + issuers + ", resource=" + resource + "]";
  }

  /** Builds {@link OAuthOptions}; {@link #resource} and at least one {@link #issuer} are required. */
  public static final class Builder {
    private final List<URI> issuers = new ArrayList<>();
    private URI resource;
    private final Set<String> audiences = new LinkedHashSet<>();
    private final Set<String> extraScopes = new LinkedHashSet<>();
    private Set<String> algorithms = DEFAULT_ALGORITHMS;
    private Duration clockSkew = Duration.ofSeconds(60);
    private Duration jwksRefreshInterval = Duration.ofSeconds(30);
    private Duration fetchTimeout = Duration.ofSeconds(5);
    private boolean allowAnonymous;
    private ChallengeStyle challengeStyle = ChallengeStyle.AUTO;
    private String resourceName;
    private URI resourceDocumentation;
    private TokenVerifier verifier;

    private Builder() {}

    /** Trusts tokens of this issuer (may be called several times). */
    public Builder issuer(String issuer) {
      return issuer(URI.create(issuer));
    }

    public Builder issuer(URI issuer) {
      checkHttpUrl(issuer, "issuer");
      if (issuer.getQuery() != null || issuer.getFragment() != null) {
        throw new IllegalArgumentException("an issuer has no query or fragment: " + issuer);
      }
      issuers.add(issuer);
      return this;
    }

    /** This server's resource identifier (its MCP endpoint URL). */
    public Builder resource(String resource) {
      return resource(URI.create(resource));
    }

    public Builder resource(URI resource) {
      checkHttpUrl(resource, "resource");
      if (resource.getFragment() != null) {
        throw new IllegalArgumentException("a resource identifier has no fragment: " + resource);
      }
      this.resource = resource;
      return this;
    }

    /** Also accepts tokens whose {@code aud} names this value (for authorization servers that cannot send the resource URL). */
    public Builder audience(String audience) {
      audiences.add(Objects.requireNonNull(audience, "audience"));
      return this;
    }

    /** Also advertises {@code scope} in {@code scopes_supported} (see {@link OAuthOptions#extraScopes()}). */
    public Builder scope(String scope) {
      if (scope == null || scope.isBlank() || scope.contains(" ") || scope.contains("\"")) {
        throw new IllegalArgumentException("a scope is one non-empty word without spaces or quotes: " + scope);
      }
      extraScopes.add(scope);
      return this;
    }

    /** The JWS algorithms accepted; {@code none} and the HMAC ones are refused. */
    public Builder algorithms(Set<String> algorithms) {
      for (String a : algorithms) {
        String u = a.toUpperCase(Locale.ROOT);
        if (u.equals("NONE") || u.startsWith("HS")) {
          throw new IllegalArgumentException("algorithm " + a + " is not accepted for access tokens (asymmetric algorithms only)");
        }
        if (!DEFAULT_ALGORITHMS.contains(a)) {
          throw new IllegalArgumentException("unknown JWS algorithm " + a + "; one of " + DEFAULT_ALGORITHMS);
        }
      }
      if (algorithms.isEmpty()) {
        throw new IllegalArgumentException("at least one algorithm is needed");
      }
      this.algorithms = Set.copyOf(algorithms);
      return this;
    }

    public Builder clockSkew(Duration skew) {
      if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("the clock skew must be between 0 and 5 minutes");
      }
      this.clockSkew = skew;
      return this;
    }

    public Builder jwksRefreshInterval(Duration interval) {
      this.jwksRefreshInterval = requirePositive(interval, "jwksRefreshInterval");
      return this;
    }

    public Builder fetchTimeout(Duration timeout) {
      this.fetchTimeout = requirePositive(timeout, "fetchTimeout");
      return this;
    }

    public Builder allowAnonymous(boolean allow) {
      this.allowAnonymous = allow;
      return this;
    }

    public Builder challengeStyle(ChallengeStyle style) {
      this.challengeStyle = Objects.requireNonNull(style, "style");
      return this;
    }

    public Builder resourceName(String name) {
      this.resourceName = name;
      return this;
    }

    public Builder resourceDocumentation(URI url) {
      this.resourceDocumentation = url;
      return this;
    }

    /** Verifies tokens with {@code verifier} instead of the JWT default (issuers are still advertised). */
    public Builder verifier(TokenVerifier verifier) {
      this.verifier = verifier;
      return this;
    }

    public OAuthOptions build() {
      if (resource == null) {
        throw new IllegalArgumentException("the resource identifier is required (the MCP endpoint URL, e.g. https://host/mcp)");
      }
      if (issuers.isEmpty()) {
        throw new IllegalArgumentException("at least one issuer is required");
      }
      return new OAuthOptions(this);
    }

    private static Duration requirePositive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }

    private static void checkHttpUrl(URI uri, String what) {
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) || uri.getHost() == null) {
        throw new IllegalArgumentException("the " + what + " must be an absolute http(s) URL: " + uri);
      }
    }
  }
}
