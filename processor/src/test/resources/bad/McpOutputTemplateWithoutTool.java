package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpOutputTemplateWithoutTool {
  @Tool
  public String a() {
    return "";
  }

  @OutputTemplate(uri = "ui://widget/b.html")
  public String b() {
    return "";
  }
}
