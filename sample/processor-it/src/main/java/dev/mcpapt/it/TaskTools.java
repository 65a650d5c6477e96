package dev.mcpapt.it;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A small task list: instance tools over in-memory state. */
public class TaskTools {
  private final Map<Long, TaskView> tasks = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** How urgent a task is. */
  public enum Priority {
    LOW,
    NORMAL,
    HIGH
  }

  /**
   * One task.
   *
   * @param id the task's id
   * @param title what to do
   * @param done whether it is done
   * @param priority how urgent it is
   * @param tags free labels
   */
  public record TaskView(long id, String title, boolean done, Priority priority, List<String> tags) {}

  /**
   * Adds a task.
   *
   * @param title what to do
   * @param priority how urgent it is
   * @param tags free labels
   */
  @Tool(title = "Add task", idempotentHint = false)
  public TaskView addTask(String title, Optional<Priority> priority, @Param(defaultValue = "[]") List<String> tags) {
    long id = ids.incrementAndGet();
    TaskView task = new TaskView(id, title, false, priority.orElse(Priority.NORMAL), tags);
    tasks.put(id, task);
    return task;
  }

  /**
   * Toggle a task's completion status.
   *
   * @param taskId the task to toggle
   */
  @Tool
  @WidgetAccessible
  public TaskView completeTask(long taskId) {
    TaskView t = tasks.get(taskId);
    if (t == null) {
      throw new ToolException("No task " + taskId);
    }
    TaskView done = new TaskView(t.id(), t.title(), !t.done(), t.priority(), t.tags());
    tasks.put(taskId, done);
    return done;
  }

  /**
   * Lists tasks, optionally only those of one priority.
   *
   * @param priority only tasks of this priority
   * @param limit at most this many
   */
  @Tool(readOnlyHint = true)
  public List<TaskView> listTasks(Optional<Priority> priority, @Param(defaultValue = "20") int limit) {
    List<TaskView> out = new ArrayList<>();
    for (TaskView t : tasks.values()) {
      if (out.size() < limit && priority.map(p -> p == t.priority()).orElse(true)) {
        out.add(t);
      }
    }
    out.sort(java.util.Comparator.comparingLong(TaskView::id));
    return out;
  }

  /**
   * Finds a task.
   *
   * @param taskId the task's id
   */
  @Tool(readOnlyHint = true)
  public TaskView findTask(long taskId) {
    return tasks.get(taskId);
  }

  /** Counts the tasks. */
  @Tool(name = "tasks.count", readOnlyHint = true, nonBlocking = true)
  public int count() {
    return tasks.size();
  }

  /**
   * Removes every task, reporting progress.
   *
   * @param context the call's context
   */
  @Tool(destructiveHint = true)
  public CompletableFuture<ToolResult> clear(McpContext context) {
    int n = tasks.size();
    tasks.clear();
    context.progress(1, 1.0, "cleared");
    return CompletableFuture.completedFuture(ToolResult.text("Removed " + n + " tasks"));
  }

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
