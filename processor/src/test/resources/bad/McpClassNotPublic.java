package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

class McpClassNotPublic {
  @Tool
  public String a() {
    return "";
  }
}
