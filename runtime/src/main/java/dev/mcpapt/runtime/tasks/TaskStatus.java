package dev.mcpapt.runtime.tasks;

/** The status of a task, as MCP names it. */
public enum TaskStatus {
  WORKING("working"),
  INPUT_REQUIRED("input_required"),
  COMPLETED("completed"),
  FAILED("failed"),
  CANCELLED("cancelled");

  private final String wireName;

  TaskStatus(String wireName) {
    this.wireName = wireName;
  }

  /** {@code "working"}, {@code "input_required"}, ... */
  public String wireName() {
    return wireName;
  }

  /** Completed, failed and cancelled tasks never change again. */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }

  /** The status with this wire name. */
  public static TaskStatus of(String wireName) {
    for (TaskStatus s : values()) {
      if (s.wireName.equals(wireName)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown task status " + wireName);
  }
}
