package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpInvalidTemplateUri {
  @Tool
  @OutputTemplate(uri = "https://example.com/widget.html")
  public String a() {
    return "";
  }
}
