package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpGenericMethod {
  @Tool
  public <T> String pick() {
    return "";
  }
}
