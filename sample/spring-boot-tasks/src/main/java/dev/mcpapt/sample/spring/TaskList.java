package dev.mcpapt.sample.spring;

import java.util.List;

/**
 * The task list.
 *
 * @param tasks every task, oldest first
 * @param open how many are not completed
 */
public record TaskList(List<Task> tasks, int open) {
  static TaskList of(List<Task> tasks) {
    return new TaskList(tasks, (int) tasks.stream().filter(t -> !t.done()).count());
  }
}
