package dev.mcpapt.runtime;

/**
 * Changes a server announces to its clients. Up to revision 2025-11-25 the notifications go to
 * every session (resource updates only to sessions subscribed to the URI); in 2026-07-28 to every
 * open {@code subscriptions/listen} stream whose filter asks for them.
 *
 * <p>Get it from {@link McpContext#serverEvents()} inside a request, or from the server object
 * outside one. Thread-safe.
 */
public interface ServerEvents {
  /** The set of tools changed ({@code notifications/tools/list_changed}). */
  void toolsChanged();

  /** The set of prompts changed ({@code notifications/prompts/list_changed}). */
  void promptsChanged();

  /** The set of resources or resource templates changed ({@code notifications/resources/list_changed}). */
  void resourcesChanged();

  /** The contents of the resource at {@code uri} changed ({@code notifications/resources/updated}). */
  void resourceUpdated(String uri);

  /**
   * The out-of-band interaction of the URL elicitation {@code elicitationId} is done
   * ({@code notifications/elicitation/complete}, revision 2025-11-25): sent once, only to the
   * client the elicitation went to; nothing for an unknown or already completed id. 2026-07-28
   * has no such notification: the client retries the request instead.
   */
  void elicitationComplete(String elicitationId);
}
