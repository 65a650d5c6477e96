package good.defaults;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import java.util.List;
import java.util.Optional;

/** Optional arguments, and defaults of a scalar and of a list. */
public class Listing {
  /** How urgent a task is. */
  public enum Priority {
    LOW,
    NORMAL,
    HIGH
  }

  /**
   * Lists tasks, optionally only those of one priority.
   *
   * @param priority only tasks of this priority
   * @param limit at most this many
   * @param tags only tasks with all of these labels
   */
  @Tool(readOnlyHint = true)
  public List<String> listTasks(
      Optional<Priority> priority, @Param(defaultValue = "20") int limit, @Param(defaultValue = "[]") List<String> tags) {
    return List.of();
  }
}
