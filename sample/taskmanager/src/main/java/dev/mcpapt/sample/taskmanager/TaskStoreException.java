package dev.mcpapt.sample.taskmanager;

/** The database failed; the change, if any, was rolled back. */
public final class TaskStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TaskStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
