package dev.mcpapt.runtime;

import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.Session;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One client connected to a server in this process, with no wire in between: the client's
 * JSON-RPC messages go in as bytes, every message of the server (responses, notifications, its own
 * requests) comes out as bytes to the consumer given to {@link McpServer#connect}. It is what a
 * transport does for each connection, so it serves a transport of one's own and measuring the
 * server without one. Like a stdio connection it is one session of the 2025 revisions, or
 * stateless when the client speaks 2026-07-28.
 */
public final class Connection implements AutoCloseable {
  private final Engine engine;
  private final Session session;
  private final RequestChannel channel;

  Connection(Engine engine, Consumer<byte[]> toClient) {
    Objects.requireNonNull(toClient, "toClient");
    this.engine = engine;
    this.session = engine.openSession(toClient::accept);
    this.channel = RequestChannel.of(toClient::accept);
  }

  /**
   * Handles one message (or batch) of the client. Its answer reaches the consumer, on this thread
   * or on a worker; malformed JSON and invalid JSON-RPC are answered with their error, never thrown.
   */
  public void receive(byte[] message) {
    engine.dispatch(engine.parse(message), session, channel);
  }

  /** Ends the session: requests still running are cancelled. */
  @Override
  public void close() {
    session.close();
  }
}
