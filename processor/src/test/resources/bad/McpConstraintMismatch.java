package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpConstraintMismatch {
  @Tool
  public String a(@jakarta.validation.constraints.Email int count) {
    return "";
  }
}
