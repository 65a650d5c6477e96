package dev.mcpapt.runtime.auth;

/**
 * Turns a bearer token into the {@link Principal} it was issued to. {@link JwtTokenVerifier}
 * checks JWT access tokens against their issuer's keys; a program with opaque tokens plugs in its
 * own (for example RFC 7662 introspection) through {@link OAuthOptions.Builder#verifier}.
 *
 * <p>Implementations must be thread-safe, must check that the token was issued for this resource
 * (its audience), and must never log the token.
 */
@FunctionalInterface
public interface TokenVerifier {
  /**
   * @throws InvalidTokenException if the token is not acceptable (answered {@code 401})
   * @throws TokenVerificationUnavailableException if it cannot be checked now (answered {@code 503})
   */
  Principal verify(String token) throws InvalidTokenException, TokenVerificationUnavailableException;
}
