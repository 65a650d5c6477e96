package bad;

import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.annotations.Tool;

public class McpTaskStartWithoutContext {
  @Tool(
      task = TaskSupport.OPTIONAL,
      taskStartedByMethod = true)
  public String export(String target) {
    return target;
  }
}
