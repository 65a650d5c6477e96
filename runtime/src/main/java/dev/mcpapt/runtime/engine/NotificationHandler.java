package dev.mcpapt.runtime.engine;

/**
 * Serves one client notification method. Register it with {@link Engine#registerNotification}.
 * Runs on the transport's reading thread: keep it short. Exceptions are logged and otherwise
 * ignored (notifications get no response).
 *
 * <p>{@code session} is {@code null} for a stateless message with no connection state.
 */
@FunctionalInterface
public interface NotificationHandler {
  void handle(Inbound notification, Session session) throws Exception;
}
