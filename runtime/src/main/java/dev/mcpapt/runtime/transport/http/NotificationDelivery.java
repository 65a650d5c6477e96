package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.engine.Outbound;

/**
 * Where the messages of a session that answer no request go (list changes, resource updates, log
 * messages, server-to-client requests outside a call): the standalone GET stream of a Streamable
 * HTTP session (logged for resumption even while no GET is open), or the event stream of an
 * HTTP+SSE session. The one place that fans a session's notifications out to its client.
 */
final class NotificationDelivery {
  /** The engine's outbound side of {@code session}. */
  Outbound outboundOf(HttpSession session) {
    return message -> deliver(session, message);
  }

  void deliver(HttpSession session, byte[] message) {
    switch (session.kind) {
      case STREAMABLE -> session.standalone().send(message);
      case HTTP_SSE -> {
        SseConnection c = session.sseConnection;
        if (c != null) {
          c.message(null, message);
        }
      }
    }
  }
}
