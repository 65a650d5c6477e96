package bad;

import dev.mcpapt.annotations.Resource;

public class McpMemberReturnType {
  @Resource(uri = "x://count")
  public int count() {
    return 1;
  }
}
