package dev.mcpapt.runtime.input;

/** A {@code requestState} that fails verification; answered with -32602 (invalid params). */
public final class InvalidRequestStateException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidRequestStateException(String message) {
    super(message, null, false, false);
  }
}
