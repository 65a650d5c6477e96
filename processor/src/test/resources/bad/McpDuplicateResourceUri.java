package bad;

import dev.mcpapt.annotations.Resource;

public class McpDuplicateResourceUri {
  @Resource(uri = "x://same")
  public String a() {
    return "";
  }

  @Resource(uri = "x://same", title = "second")
  public String b() {
    return "";
  }
}
