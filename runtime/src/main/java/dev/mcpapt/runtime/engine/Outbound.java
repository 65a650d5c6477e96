package dev.mcpapt.runtime.engine;

/**
 * Where a transport takes the messages the engine sends. Each call carries one complete JSON-RPC
 * message as UTF-8 JSON with no line breaks; the transport frames it (a line on stdio, an SSE
 * event or a response body on HTTP). Implementations must be thread-safe: calls come from the
 * threads that run requests.
 */
@FunctionalInterface
public interface Outbound {
  void send(byte[] message);
}
