package dev.mcpapt.sample.taskmanager;

import dev.mcpapt.annotations.ResourceTemplate;
import dev.mcpapt.annotations.Security;
import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.ResourceNotFoundException;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Exports the task list to a Markdown file the result links to. A list can be long, so the export
 * runs as an MCP task when the client can follow one: the call is answered at once, progress shows
 * in the task's status, and cancelling stops the export and removes the partial file.
 *
 * <p>Each export lives in a folder of the user who made it ({@code McpContext.principal()}), and
 * is read back through {@code taskmanager://exports/{exportId}} by that user only.
 */
public final class TaskExports {
  /** The system property naming the folder exports are written to. */
  public static final String EXPORTS_PROPERTY = "taskmanager.exports";

  /** The environment variable read when the property is not set. */
  public static final String EXPORTS_ENVIRONMENT = "TASKMANAGER_EXPORTS";

  private static final Pattern EXPORT_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TaskStore store;
  private final Path folder;

  /** Exports the database chosen on the command line to the configured folder. */
  public TaskExports() {
    this(TaskStore.open(TaskManagerMain.databaseLocation(System.getProperties(), System.getenv())),
        exportsFolder(System.getProperty(EXPORTS_PROPERTY), System.getenv(EXPORTS_ENVIRONMENT)));
  }

  /** Exports {@code store} to {@code folder}; for tests and programs that wire their own. */
  public TaskExports(TaskStore store, Path folder) {
    this.store = store;
    this.folder = folder;
  }

  /** The property, else the environment variable, else a folder under the system's temporary one. */
  static Path exportsFolder(String property, String environment) {
    String chosen = property != null && !property.isBlank() ? property : environment;
    return chosen != null && !chosen.isBlank() ? Path.of(chosen)
        : Path.of(System.getProperty("java.io.tmpdir"), "mcp-apt-taskmanager-exports");
  }

  /**
   * Exports every task (open and done, with dates) to a Markdown file and links to it. Runs in the
   * background when the client supports tasks; read the file through the returned link.
   */
  @Tool(title = "Export tasks", task = TaskSupport.OPTIONAL, readOnlyHint = false, destructiveHint = false,
      idempotentHint = false, openWorldHint = false)
  @Security(scopes = TaskTools.READ_SCOPE)
  public ToolResult exportTasks(McpContext context) throws InterruptedException {
    List<Task> tasks;
    try {
      tasks = store.list(TaskTools.ownerOf(context)); // the caller's own tasks only
    } catch (TaskStoreException e) {
      throw new ToolException("The task list could not be read: " + e.getMessage());
    }
    String id = newExportId();
    Path dir = folder.resolve(ownerFolder(context));
    Path target = dir.resolve(id + ".md");
    Path partial = dir.resolve(id + ".partial");
    try {
      Files.createDirectories(dir);
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        out.write("# Tasks\n\n");
        int done = 0;
        for (Task t : tasks) {
          if (context.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("export cancelled");
          }
          out.write("- [" + (t.done() ? "x" : " ") + "] " + t.title().replace("\n", " ")
              + " (#" + t.id() + ", added " + t.createdAt()
              + (t.completedAt() == null ? "" : ", done " + t.completedAt()) + ")\n");
          done++;
          if (done % 100 == 0 || done == tasks.size()) {
            context.progress(done, (double) tasks.size(), "Exported " + done + " of " + tasks.size() + " tasks");
          }
        }
        if (tasks.isEmpty()) {
          out.write("The task list is empty.\n");
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new ToolException("The export could not be written: " + e.getMessage());
    } catch (InterruptedException | RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
    String uri = "taskmanager://exports/" + id;
    return ToolResult.of(List.of(
        Content.text("Exported " + tasks.size() + (tasks.size() == 1 ? " task" : " tasks") + " to " + uri),
        new Content.ResourceLink(uri, "tasks-" + id + ".md", "The exported task list (Markdown)", "text/markdown")));
  }

  /**
   * An export made by {@code export_tasks}; only the user who made it can read it.
   *
   * @param exportId the id in the link {@code export_tasks} returned
   */
  @ResourceTemplate(uriTemplate = "taskmanager://exports/{exportId}", title = "Task export", mimeType = "text/markdown")
  @Security(scopes = TaskTools.READ_SCOPE)
  public ResourceContents export(String exportId, McpContext context) {
    if (!EXPORT_ID.matcher(exportId).matches()) {
      throw new ResourceNotFoundException("No such export: " + exportId);
    }
    Path file = folder.resolve(ownerFolder(context)).resolve(exportId + ".md");
    try {
      return ResourceContents.text("taskmanager://exports/" + exportId, "text/markdown", Files.readString(file));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ResourceNotFoundException("No such export: " + exportId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A folder name for the caller: a digest of issuer and subject, or {@code anonymous} when signed out. */
  static String ownerFolder(McpContext context) {
    return context.principal().map(p -> {
      try {
        byte[] d = MessageDigest.getInstance("SHA-256")
            .digest((p.issuer() + "\n" + p.subject()).getBytes(StandardCharsets.UTF_8));
        return "user-" + HexFormat.of().formatHex(d, 0, 16);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }).orElse("anonymous");
  }

  private static String newExportId() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: a partial file is all that is left
    }
  }
}
