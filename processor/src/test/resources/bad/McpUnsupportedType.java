package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpUnsupportedType {
  @Tool
  public String a(Thread thread) {
    return "";
  }
}
