package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpUnresolvedType {
  @Tool
  public String a(DoesNotExist value) {
    return "";
  }
}
