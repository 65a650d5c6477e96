package dev.mcpapt.runtime.store;

/**
 * The shared store did not answer in time or refused the operation. The request that needed it
 * cannot be served now; the transports answer {@code 503} with a JSON-RPC error, and the caller
 * may retry once the store is back.
 */
public final class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
