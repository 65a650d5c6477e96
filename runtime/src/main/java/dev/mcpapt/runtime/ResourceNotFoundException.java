package dev.mcpapt.runtime;

/**
 * Thrown by a resource or resource-template method when the URI it was asked for names nothing
 * (a template variable that matches no item). The client gets the resource-not-found error of
 * its revision ({@code -32002} up to 2025-11-25, {@code -32602} in 2026-07-28) with the URI in
 * the error data.
 */
public class ResourceNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what was not found, e.g. {@code "no task 42"} */
  public ResourceNotFoundException(String message) {
    super(message);
  }
}
