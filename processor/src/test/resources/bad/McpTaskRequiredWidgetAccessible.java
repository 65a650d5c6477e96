package bad;

import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.annotations.WidgetAccessible;

public class McpTaskRequiredWidgetAccessible {
  @Tool(task = TaskSupport.REQUIRED)
  @WidgetAccessible
  public String export(String target) {
    return target;
  }
}
