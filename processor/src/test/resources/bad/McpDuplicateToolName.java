package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpDuplicateToolName {
  @Tool(name = "same")
  public String a() {
    return "";
  }

  @Tool(name = "same", title = "B")
  public String b() {
    return "";
  }
}
