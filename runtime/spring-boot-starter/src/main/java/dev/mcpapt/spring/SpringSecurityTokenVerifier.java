package dev.mcpapt.spring;

import dev.mcpapt.runtime.auth.InvalidTokenException;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.auth.TokenVerificationUnavailableException;
import dev.mcpapt.runtime.auth.TokenVerifier;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks bearer tokens with the application's Spring Security {@link JwtDecoder} (signature,
 * issuer, expiry and whatever validators the application configured) and maps the {@link Jwt} to
 * the {@link Principal} a tool sees in {@code McpContext.principal()}. The audience is checked
 * here too, against the resource and the configured audiences, because a decoder built from an
 * issuer URI alone does not check it.
 */
public final class SpringSecurityTokenVerifier implements TokenVerifier {
  private final JwtDecoder decoder;
  private final Set<String> audiences;

  /** @param audiences the accepted {@code aud} values (the resource URL first) */
  public SpringSecurityTokenVerifier(JwtDecoder decoder, Collection<String> audiences) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.audiences = Set.copyOf(audiences);
    if (this.audiences.isEmpty()) {
      throw new IllegalArgumentException("at least one accepted audience is needed");
    }
  }

  @Override
  public Principal verify(String token) throws InvalidTokenException, TokenVerificationUnavailableException {
    Jwt jwt;
    try {
      jwt = decoder.decode(token);
    } catch (JwtValidationException e) {
      // The validators' descriptions ("Jwt expired at ..."); never the token itself.
      String why = e.getErrors().stream().map(OAuth2Error::getDescription).filter(Objects::nonNull)
          .collect(Collectors.joining("; "));
      throw new InvalidTokenException(why.isEmpty() ? "The access token is not valid" : why);
    } catch (BadJwtException e) {
      throw new InvalidTokenException("The access token is malformed or its signature is not valid");
    } catch (JwtException e) {
      throw new TokenVerificationUnavailableException("The access token cannot be checked now", e);
    }
    List<String> aud = jwt.getAudience() == null ? List.of() : jwt.getAudience();
    if (aud.stream().noneMatch(audiences::contains)) {
      throw new InvalidTokenException("The access token was not issued for this resource (audience)");
    }
    if (jwt.getSubject() == null) {
      throw new InvalidTokenException("The access token names no subject");
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    jwt.getClaims().forEach((k, v) -> claims.put(k, jsonValue(v)));
    String issuer = jwt.getIssuer() != null ? jwt.getIssuer().toString() : String.valueOf(claims.getOrDefault("iss", ""));
    return new Principal(issuer, jwt.getSubject(), scopes(jwt), claims, jwt.getTokenValue(), jwt.getExpiresAt());
  }

  private static Set<String> scopes(Jwt jwt) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String claim : List.of("scope", "scp")) {
      Object v = jwt.getClaims().get(claim);
      if (v instanceof String s) {
        for (String word : s.trim().split("\\s+")) {
          if (!word.isEmpty()) {
            scopes.add(word);
          }
        }
      } else if (v instanceof Collection<?> c) {
        c.forEach(x -> scopes.add(String.valueOf(x)));
      }
    }
    return scopes;
  }

  /** Claims as JSON values, as the runtime's own verifier gives them (times in epoch seconds). */
  private static Object jsonValue(Object v) {
    if (v instanceof Instant i) {
      return i.getEpochSecond();
    }
    if (v instanceof URL u) {
      return u.toString();
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(x -> out.add(jsonValue(x)));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), jsonValue(x)));
      return out;
    }
    return v;
  }
}
