package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class OtherTools {
  @Tool(name = "shared")
  public String a() {
    return "";
  }
}
