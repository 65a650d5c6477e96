package dev.mcpapt.sample.spring;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.ToolException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task tools, as a Spring bean: the repository comes through the constructor, and
 * {@link #addTasks} runs in one transaction (Spring's proxy of this bean is what the generated
 * code calls).
 */
@Service
public class TaskTools {
  /** The longest title accepted. */
  static final int MAX_TITLE = 200;

  private final TaskRepository tasks;

  public TaskTools(TaskRepository tasks) {
    this.tasks = tasks;
  }

  /** Lists every task with its id and whether it is done. */
  @Tool(readOnlyHint = true, openWorldHint = false)
  public TaskList listTasks() {
    return TaskList.of(tasks.all());
  }

  /**
   * Adds a task.
   *
   * @param title what to do, at most 200 characters
   */
  @Tool(openWorldHint = false)
  public Task addTask(String title) {
    return tasks.add(checked(title));
  }

  /**
   * Adds several tasks at once: all of them, or none if one title is not acceptable.
   *
   * @param titles what to do, one title each
   */
  @Tool(openWorldHint = false)
  @Transactional
  public TaskList addTasks(List<String> titles) {
    List<Task> added = new ArrayList<>();
    for (String title : titles) {
      added.add(tasks.add(checked(title))); // a bad title rolls back the ones before it
    }
    return TaskList.of(added);
  }

  /**
   * Marks a task as done, or open again.
   *
   * @param taskId the task's id, as list_tasks shows it
   * @param done false to reopen the task
   */
  @Tool(idempotentHint = true, openWorldHint = false)
  public Task completeTask(@Param(name = "task_id") long taskId, @Param(defaultValue = "true") boolean done) {
    if (!tasks.setDone(taskId, done)) {
      throw notFound(taskId);
    }
    return tasks.find(taskId).orElseThrow(() -> notFound(taskId));
  }

  /**
   * Deletes a task for good. Ask the user first.
   *
   * @param taskId the task's id, as list_tasks shows it
   */
  @Tool(destructiveHint = true, openWorldHint = false)
  public String deleteTask(@Param(name = "task_id") long taskId) {
    Task task = tasks.find(taskId).orElseThrow(() -> notFound(taskId));
    tasks.delete(taskId);
    return "Deleted task " + taskId + ": " + task.title();
  }

  private static String checked(String title) {
    if (title == null || title.isBlank()) {
      throw new ToolException("A task needs a title");
    }
    if (title.length() > MAX_TITLE) {
      throw new ToolException("A title has at most " + MAX_TITLE + " characters; this one has " + title.length());
    }
    return title.strip();
  }

  private static ToolException notFound(long id) {
    return new ToolException("There is no task " + id + "; list_tasks shows the ids");
  }
}
