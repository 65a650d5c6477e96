package dev.mcpapt.runtime.auth;

/**
 * A token could not be checked now (the issuer's metadata or keys cannot be fetched): the
 * request is answered {@code 503}, not {@code 401}, so the client retries instead of signing the
 * user out.
 */
public class TokenVerificationUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public TokenVerificationUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
