package dev.mcpapt.runtime.tasks;

/** A task could not be created: a limit of the store or of the client was reached. */
public final class TaskLimitException extends Exception {
  private static final long serialVersionUID = 1L;

  public TaskLimitException(String message) {
    super(message, null, false, false);
  }
}
