package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpWidgetAccessibleWithoutTool {
  @Tool
  public String a() {
    return "";
  }

  @WidgetAccessible
  public String b() {
    return "";
  }
}
