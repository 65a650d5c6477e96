package good.context;

import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import java.util.concurrent.CompletableFuture;

/** A tool given the call's context that returns a stage of a ToolResult, and one a widget may call. */
public class Cleanup {
  /**
   * Removes every task, reporting progress.
   *
   * @param context the call's context
   */
  @Tool(destructiveHint = true)
  public CompletableFuture<ToolResult> clear(McpContext context) {
    context.progress(1, 1.0, "cleared");
    return CompletableFuture.completedFuture(ToolResult.text("Removed all tasks"));
  }

  /**
   * Toggles a task's completion status.
   *
   * @param taskId the task to toggle
   */
  @Tool
  @WidgetAccessible
  public boolean completeTask(long taskId) {
    return true;
  }
}
