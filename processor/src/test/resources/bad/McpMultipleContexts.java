package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpMultipleContexts {
  @Tool
  public String a(
      McpContext one,
      McpContext two) {
    return "";
  }
}
