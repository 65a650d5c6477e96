package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpInnerClass {
  public class Inner {
    @Tool
    public String a() {
      return "";
    }
  }
}
