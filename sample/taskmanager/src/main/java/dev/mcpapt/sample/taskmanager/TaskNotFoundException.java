package dev.mcpapt.sample.taskmanager;

/** No task has the given id: it never existed, or someone deleted it. */
public final class TaskNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long id;

  public TaskNotFoundException(long id) {
    super("There is no task " + id + "; it may have been deleted. Show the tasks again to see the current list.");
    this.id = id;
  }

  public long id() {
    return id;
  }
}
