package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class MoreTools {
  @Tool(name = "shared")
  public String b() {
    return "";
  }
}
