package bad;

import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.McpContext;

public class McpTaskStartWithoutTask {
  @Tool(
      title = "Export",
      taskStartedByMethod = true)
  public String export(McpContext context) {
    context.startTask();
    return "done";
  }
}
