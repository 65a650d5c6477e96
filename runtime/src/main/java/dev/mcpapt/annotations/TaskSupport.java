package dev.mcpapt.annotations;

/**
 * Whether a tool may run as an MCP task: the call is answered at once with a task handle, the
 * method runs in the background, and the client polls for its status and result (revision
 * 2025-11-25 {@code execution.taskSupport}, and the {@code io.modelcontextprotocol/tasks}
 * extension of 2026-07-28).
 */
public enum TaskSupport {
  /** Never a task: the call is answered when the method returns (the default). */
  FORBIDDEN,
  /** A task when the client can handle tasks, else an ordinary call. */
  OPTIONAL,
  /**
   * Always a task. A client that cannot handle tasks is refused with a clear error
   * ({@code -32601} up to 2025-11-25, {@code -32021} naming the tasks extension in 2026-07-28).
   */
  REQUIRED;

  /** The wire value of {@code execution.taskSupport}: {@code "forbidden"}, {@code "optional"}, {@code "required"}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The value with this wire name, or {@code FORBIDDEN} for anything else (the default when absent). */
  public static TaskSupport ofWireName(String name) {
    for (TaskSupport t : values()) {
      if (t.wireName().equals(name)) {
        return t;
      }
    }
    return FORBIDDEN;
  }
}
