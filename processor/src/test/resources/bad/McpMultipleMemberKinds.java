package bad;

import dev.mcpapt.annotations.Prompt;
import dev.mcpapt.annotations.Resource;

public class McpMultipleMemberKinds {
  @Resource(uri = "x://a") @Prompt
  public String both() {
    return "";
  }
}
