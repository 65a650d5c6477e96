package dev.mcpapt.sample.taskmanager;

import dev.mcpapt.annotations.OutputTemplate;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Security;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.widget.TypedWidgetResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * The TaskManager's tools. {@code show_tasks} renders the task widget; the others change the
 * list, and the widget calls them directly (they are widget-accessible).
 *
 * <p>Every result carries the whole, fresh task list in its widget-only {@code _meta.tasks} (a
 * {@link TaskWidgetData}, written by generated code and typed in the widget's declarations), so
 * the widget redraws from the answer to its own call, without a second request and without a
 * turn of the conversation. The model gets a short text and the structured value.
 *
 * <p>Each signed-in user has a list of their own: the tools pass the caller ({@link
 * #ownerOf(McpContext)}) to every store operation, so nobody reads or changes another user's
 * tasks, not even by guessing ids. Without sign-in (authorization off, or stdio) there is one
 * list, owned by {@link TaskStore#LOCAL_OWNER}. Reading needs the scope {@value #READ_SCOPE},
 * every change {@value #WRITE_SCOPE}.
 */
public final class TaskTools {
  /** The widget's resource URI (the processor appends a content hash). */
  public static final String WIDGET_URI = "ui://taskmanager/tasks.html";

  /** The OAuth scope that lets a caller see their tasks. */
  public static final String READ_SCOPE = "tasks.read";

  /** The OAuth scope that lets a caller change their tasks. */
  public static final String WRITE_SCOPE = "tasks.write";

  /** How many tasks the text for the model lists before it summarizes the rest. */
  static final int MAX_LISTED_FOR_MODEL = 100;

  private final TaskStore store;

  /** Serves the database chosen on the command line ({@code --db}), or the default one. */
  public TaskTools() {
    this(TaskStore.open(TaskManagerMain.databaseLocation(System.getProperties(), System.getenv())));
  }

  /** Serves {@code store}; for tests and programs that wire their own. */
  public TaskTools(TaskStore store) {
    this.store = store;
  }

  /**
   * Shows the user's task list as an interactive widget where they can add, complete, rename
   * and delete tasks. The text lists every task with its id, for follow-up tool calls.
   */
  @Tool(title = "Show tasks", readOnlyHint = true, openWorldHint = false)
  @Security(scopes = READ_SCOPE)
  @WidgetAccessible
  @OutputTemplate(
      uri = WIDGET_URI,
      html = "dev/mcpapt/sample/taskmanager/tasks-widget.html",
      description = "The user's task list: each task with a checkbox, rename and delete buttons, and a field to add a task.",
      prefersBorder = true,
      invoking = "Loading your tasks…",
      invoked = "Tasks loaded")
  public TypedWidgetResult<TaskSummary, TaskWidgetData> showTasks(McpContext context) {
    List<Task> tasks = listOf(ownerOf(context));
    TaskSummary summary = TaskSummary.of(tasks);
    return withTasks(summary, describe(tasks, summary), tasks);
  }

  /**
   * Adds a task to the list.
   *
   * @param title what to do, e.g. "Buy groceries"; at most 500 characters
   */
  @Tool(title = "Add a task", destructiveHint = false, openWorldHint = false)
  @Security(scopes = WRITE_SCOPE)
  @WidgetAccessible
  public TypedWidgetResult<Task, TaskWidgetData> addTask(String title, McpContext context) {
    String owner = ownerOf(context);
    Task task = run(() -> store.add(owner, title));
    return withTasks(task, "Added task " + task.id() + ": " + forModel(task.title()), listOf(owner));
  }

  /**
   * Marks a task as completed, or as open again with {@code done: false}. Completing a completed
   * task changes nothing.
   *
   * @param taskId the task's id, as listed by show_tasks
   * @param done true to complete the task, false to reopen it
   */
  @Tool(title = "Complete a task", destructiveHint = false, idempotentHint = true, openWorldHint = false)
  @Security(scopes = WRITE_SCOPE)
  @WidgetAccessible
  public TypedWidgetResult<Task, TaskWidgetData> completeTask(
      @Param(name = "task_id") long taskId, @Param(defaultValue = "true") boolean done, McpContext context) {
    String owner = ownerOf(context);
    Task task = run(() -> store.setDone(owner, taskId, done));
    String text = (done ? "Completed task " : "Reopened task ") + task.id() + ": " + forModel(task.title());
    return withTasks(task, text, listOf(owner));
  }

  /**
   * Deletes a task for good. Ask the user first.
   *
   * @param taskId the task's id, as listed by show_tasks
   */
  @Tool(title = "Delete a task", destructiveHint = true, idempotentHint = false, openWorldHint = false)
  @Security(scopes = WRITE_SCOPE)
  @WidgetAccessible
  public TypedWidgetResult<Task, TaskWidgetData> deleteTask(@Param(name = "task_id") long taskId, McpContext context) {
    String owner = ownerOf(context);
    Task task = run(() -> store.delete(owner, taskId));
    return withTasks(task, "Deleted task " + task.id() + ": " + forModel(task.title()), listOf(owner));
  }

  /**
   * Gives a task a new title.
   *
   * @param taskId the task's id, as listed by show_tasks
   * @param title the new title; at most 500 characters
   */
  @Tool(title = "Rename a task", destructiveHint = false, idempotentHint = true, openWorldHint = false)
  @Security(scopes = WRITE_SCOPE)
  @WidgetAccessible
  public TypedWidgetResult<Task, TaskWidgetData> renameTask(
      @Param(name = "task_id") long taskId, String title, McpContext context) {
    String owner = ownerOf(context);
    Task task = run(() -> store.rename(owner, taskId, title));
    return withTasks(task, "Renamed task " + task.id() + " to: " + forModel(task.title()), listOf(owner));
  }

  /** Deletes every completed task. Ask the user first. */
  @Tool(title = "Clear completed tasks", destructiveHint = true, openWorldHint = false)
  @Security(scopes = WRITE_SCOPE)
  @WidgetAccessible
  public TypedWidgetResult<ClearedTasks, TaskWidgetData> clearCompleted(McpContext context) {
    String owner = ownerOf(context);
    int deleted = run(() -> store.clearCompleted(owner));
    List<Task> tasks = listOf(owner);
    String text = deleted == 0 ? "There were no completed tasks." : "Deleted " + deleted + (deleted == 1 ? " completed task." : " completed tasks.");
    return withTasks(new ClearedTasks(deleted, TaskSummary.of(tasks)), text, tasks);
  }

  /**
   * What {@code clear_completed} did.
   *
   * @param deleted how many completed tasks were deleted
   * @param summary the list afterwards
   */
  public record ClearedTasks(int deleted, TaskSummary summary) {}

  /**
   * Whose list a call works on: the signed-in user, as {@code "ISSUER SUBJECT"} (the issuer with
   * {@code %} and spaces percent-encoded, so the first space always splits the two and two issuers
   * never share a list), else {@link TaskStore#LOCAL_OWNER}, which has no space and so is never a
   * user's. The {@code openai/*} hints are never used: any client can send them.
   */
  static String ownerOf(McpContext context) {
    return context.principal().map(TaskTools::ownerOf).orElse(TaskStore.LOCAL_OWNER);
  }

  static String ownerOf(Principal principal) {
    String issuer = principal.issuer().replace("%", "%25").replace(" ", "%20");
    return issuer + " " + principal.subject();
  }

  private List<Task> listOf(String owner) {
    return run(() -> store.list(owner));
  }

  /** The text the model reads for show_tasks: counts, then one line per task with its id. */
  static String describe(List<Task> tasks, TaskSummary summary) {
    if (tasks.isEmpty()) {
      return "The task list is empty.";
    }
    StringBuilder text = new StringBuilder()
        .append(summary.total()).append(summary.total() == 1 ? " task" : " tasks")
        .append(" (").append(summary.pending()).append(" open, ").append(summary.completed()).append(" done):");
    int listed = 0;
    for (Task task : tasks) {
      if (listed++ == MAX_LISTED_FOR_MODEL) {
        text.append("\n… and ").append(tasks.size() - MAX_LISTED_FOR_MODEL).append(" more");
        break;
      }
      text.append("\n- [").append(task.done() ? 'x' : ' ').append("] #").append(task.id()).append(' ').append(forModel(task.title()));
    }
    return text.toString();
  }

  /**
   * A title as the model reads it: control and bidirectional characters escaped, so a title
   * cannot fake a line of the list or reorder the text around it. The widget shows titles as typed.
   */
  static String forModel(String title) {
    return Content.escapeControls(title);
  }

  /** {@code value} for the model and the widget, {@code text} for the model, the list for the widget only. */
  private static <T> TypedWidgetResult<T, TaskWidgetData> withTasks(T value, String text, List<Task> tasks) {
    return TypedWidgetResult.of(value, new TaskWidgetData(tasks)).text(text);
  }

  /** Runs a store operation; what the user can fix comes back as the tool's error text. */
  private static <T> T run(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (TaskNotFoundException | IllegalArgumentException | TaskStoreException e) {
      throw new ToolException(e.getMessage(), e);
    }
  }
}
