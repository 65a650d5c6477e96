package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Carries what must reach other nodes when several share one state (see the store package):
 * notifications not tied to a request, resource subscriptions of shared sessions, and client
 * responses to server requests another node is waiting for. Set with {@link Engine#relay}; without
 * one, everything stays in this process as it always did.
 */
public interface Relay {
  /**
   * A notification for every session and listener ({@code list_changed}), or for the subscribers
   * of a resource ({@code notifications/resources/updated}, {@code params.uri}). The relay
   * delivers it everywhere, this node included, through {@link Engine#broadcastHere}.
   */
  void broadcast(String method, ObjectNode params);

  /** A shared session subscribed to (or unsubscribed from) {@code uri}. */
  void subscription(String sessionId, String uri, boolean subscribed);

  /** A client response no request on this node waits for: another node may. */
  void response(String sessionId, byte[] body);
}
