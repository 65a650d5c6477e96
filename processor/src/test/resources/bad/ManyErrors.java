package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class ManyErrors {
  @Tool(title = "hidden")
  String hidden() {
    return "";
  }

  @Tool(name = "no spaces allowed")
  public String named() {
    return "";
  }

  @Tool
  public String thread(Thread thread) {
    return "";
  }
}
