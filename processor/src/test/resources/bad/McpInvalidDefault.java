package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpInvalidDefault {
  @Tool
  public String a(@Param(defaultValue = "abc") int limit) {
    return "";
  }
}
