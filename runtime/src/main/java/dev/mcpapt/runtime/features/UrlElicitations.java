package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which session each URL elicitation went to (revision 2025-11-25), so that
 * {@code notifications/elicitation/complete} reaches only the client the elicitation was sent to.
 * Bounded: the oldest entries go first once it is full.
 */
public final class UrlElicitations {
  private static final int MAX = 10_000;

  private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
      return size() > MAX;
    }
  };

  /** Notes that the URL elicitation {@code id} was sent to {@code session}. */
  synchronized void sent(String id, Session session) {
    if (session != null && session.revision() == Revision.V2025_11_25) {
      sessions.put(id, session);
    }
  }

  /**
   * Sends {@code notifications/elicitation/complete} for {@code id} to the session it was sent
   * to, once; nothing if the id is unknown, already completed, or its session has ended.
   */
  void complete(String id) {
    Session session;
    synchronized (this) {
      session = sessions.remove(id);
    }
    if (session != null && !session.isClosed()) {
      session.notify("notifications/elicitation/complete", JsonNodeFactory.instance.objectNode().put("elicitationId", id));
    }
  }
}
