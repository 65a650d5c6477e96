package bad;

import dev.mcpapt.annotations.Resource;

public class McpInvalidResourceUri {
  @Resource(uri = "no scheme here")
  public String notes() {
    return "";
  }
}
