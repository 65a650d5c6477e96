package dev.mcpapt.runtime.auth;

/**
 * A bearer token that is not accepted: malformed, badly signed, expired, issued by another
 * issuer or for another resource. The message is safe to send to the client (it becomes the
 * {@code error_description} of the {@code 401} challenge) and never contains the token.
 */
public class InvalidTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String message) {
    super(message);
  }

  public InvalidTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
