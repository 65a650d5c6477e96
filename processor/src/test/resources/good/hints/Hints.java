package good.hints;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;

/** Titles, hints (only those written), a tool name of one's own, non-blocking and static tools. */
public class Hints {
  /**
   * Adds a task.
   *
   * @param title what to do
   */
  @Tool(title = "Add task", idempotentHint = false)
  public String addTask(String title) {
    return title;
  }

  /** Counts the tasks. */
  @Tool(name = "tasks.count", readOnlyHint = true, nonBlocking = true)
  public int count() {
    return 0;
  }

  /** Removes every task. */
  @Tool(destructiveHint = true)
  public void clear() {}

  /**
   * Echoes a greeting, from a static method.
   *
   * @param name who to greet
   */
  @Tool
  public static String greet(@Param(description = "the name to greet") String name) {
    return "Hello, " + name + "!";
  }
}
