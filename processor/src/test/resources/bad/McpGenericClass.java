package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpGenericClass<T> {
  @Tool
  public String a() {
    return "";
  }
}
