package dev.mcpapt.sample.taskmanager;

import java.util.List;

/**
 * How many tasks there are, open and completed.
 *
 * @param total all tasks
 * @param pending tasks not yet completed
 * @param completed completed tasks
 */
public record TaskSummary(int total, int pending, int completed) {

  /** Counts the given tasks. */
  public static TaskSummary of(List<Task> tasks) {
    int completed = 0;
    for (Task task : tasks) {
      if (task.done()) {
        completed++;
      }
    }
    return new TaskSummary(tasks.size(), tasks.size() - completed, completed);
  }
}
