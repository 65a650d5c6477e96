package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpInvalidToolName {
  @Tool(name = "bad name!")
  public String a() {
    return "";
  }
}
