package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpDuplicateName {
  @Tool
  public String a(
      @Param(name = "x") String first,
      String x) {
    return "";
  }
}
