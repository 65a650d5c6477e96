package bad;

import dev.mcpapt.annotations.Prompt;

public class McpMemberGenericMethod {
  @Prompt
  public <T> String generic() {
    return "";
  }
}
