package dev.mcpapt.runtime.auth;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the user (or client) an access token was issued to, as the resource server
 * verified it. A tool method receives it through {@link dev.mcpapt.runtime.McpContext#principal()}.
 *
 * <p>Two principals are the same user when their {@link #issuer()} and {@link #subject()} are
 * equal ({@link #sameUser}); sessions, streams and {@code requestState} are bound that way, so a
 * refreshed token keeps working. {@link #toString()} never shows the token.
 */
public final class Principal {
  private final String issuer;
  private final String subject;
  private final Set<String> scopes;
  private final Map<String, Object> claims;
  private final String token;
  private final Instant expiresAt;

  /**
   * @param issuer the token's {@code iss}
   * @param subject the token's {@code sub}
   * @param scopes the scopes granted ({@code scope} or {@code scp})
   * @param claims every claim of the token, as JSON values (strings, numbers, booleans, lists,
   *     maps)
   * @param token the access token itself, to call downstream APIs on the user's behalf
   * @param expiresAt the token's {@code exp}, or {@code null}
   */
  public Principal(String issuer, String subject, Set<String> scopes, Map<String, Object> claims, String token,
      Instant expiresAt) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    this.token = Objects.requireNonNull(token, "token");
    this.expiresAt = expiresAt;
  }

  /** The issuer ({@code iss}) that vouches for this principal. */
  public String issuer() {
    return issuer;
  }

  /** The user's stable id at the issuer ({@code sub}); scope user data by it. */
  public String subject() {
    return subject;
  }

  /** The scopes the token grants. */
  public Set<String> scopes() {
    return scopes;
  }

  /** Whether the token grants {@code scope}. */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** Every claim of the token (read-only). */
  public Map<String, Object> claims() {
    return claims;
  }

  /** One claim, if present. */
  public Optional<Object> claim(String name) {
    return Optional.ofNullable(claims.get(name));
  }

  /** The OAuth client the token was issued to ({@code client_id}, else {@code azp}), if the token says. */
  public Optional<String> clientId() {
    Object c = claims.get("client_id");
    if (c == null) {
      c = claims.get("azp");
    }
    return c instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The raw access token, for calling downstream APIs on the user's behalf. Never log it; prefer
   * a token exchange where the downstream API has another audience.
   */
  public String token() {
    return token;
  }

  /** When the token expires, if it says. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** Whether {@code other} is the same user: same issuer and subject. */
  public boolean sameUser(Principal other) {
    return other != null && issuer.equals(other.issuer) && subject.equals(other.subject);
  }

  /** Shows issuer, subject and scopes; never the token. */
  @Override
  public String toString() {
    return "Principal[issuer=" + issuer + ", subject=" + subject + ", scopes=" + scopes + "]";
  }
}
