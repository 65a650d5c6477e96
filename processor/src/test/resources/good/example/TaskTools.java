package com.example;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class TaskTools {
  private final Map<Long, Task> tasks = new ConcurrentHashMap<>();

  public enum Status { OPEN, DONE }

  /**
   * One task.
   *
   * @param id its id
   * @param title what to do
   * @param status whether it is done
   */
  public record Task(long id, String title, Status status) {}

  /**
   * Toggle a task's completion status.
   *
   * @param taskId the task to toggle
   */
  @Tool
  @WidgetAccessible
  public Task completeTask(long taskId) {
    Task t = tasks.get(taskId);
    Task toggled = new Task(t.id(), t.title(), t.status() == Status.DONE ? Status.OPEN : Status.DONE);
    tasks.put(taskId, toggled);
    return toggled;
  }

  /**
   * Lists tasks.
   *
   * @param status only tasks with this status
   * @param limit at most this many
   */
  @Tool(readOnlyHint = true)
  public List<Task> listTasks(Optional<Status> status, @Param(defaultValue = "20") int limit) {
    List<Task> out = new ArrayList<>();
    for (Task t : tasks.values()) {
      if (out.size() < limit && status.map(s -> s == t.status()).orElse(true)) {
        out.add(t);
      }
    }
    return out;
  }
}
