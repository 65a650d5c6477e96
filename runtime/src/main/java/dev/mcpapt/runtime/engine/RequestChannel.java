package dev.mcpapt.runtime.engine;

/**
 * The messages of one inbound request, as the engine produces them. The transport passes one to
 * {@link Engine#dispatch}; the engine calls it from any thread, never concurrently for the same
 * request:
 *
 * <ol>
 *   <li>{@link #message} zero or more times: notifications ({@code notifications/progress},
 *       {@code notifications/message}) and server-to-client requests ({@code sampling/*},
 *       {@code elicitation/create}, {@code roots/list} on legacy revisions) that belong to this
 *       request. They always come before the response, so an HTTP transport can switch the
 *       answer of a POST to an SSE stream when the first one arrives;
 *   <li>then exactly one of {@link #response} (the final result or error) or {@link #abandoned}
 *       (the request was cancelled, or a batch held only notifications: send nothing more).
 * </ol>
 *
 * <p>Nothing is called after the response.
 */
public interface RequestChannel {
  /** A message tied to this request, sent before its response. */
  void message(byte[] message);

  /** The final response (a JSON-RPC result or error, or a batch array of them). */
  void response(byte[] response);

  /** The request ends with no response. */
  default void abandoned() {}

  /** Who sent the request (principal, HTTP headers); {@link Caller#NONE} where nothing is known. */
  default Caller caller() {
    return Caller.NONE;
  }

  /** A channel that sends everything through {@code out} (stdio: every message goes to stdout). */
  static RequestChannel of(Outbound out) {
    return new RequestChannel() {
      @Override
      public void message(byte[] message) {
        out.send(message);
      }

      @Override
      public void response(byte[] response) {
        out.send(response);
      }
    };
  }
}
