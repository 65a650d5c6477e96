package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpToolNotPublic {
  @Tool
  String hidden() {
    return "";
  }
}
