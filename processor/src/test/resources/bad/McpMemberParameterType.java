package bad;

import dev.mcpapt.annotations.Prompt;

public class McpMemberParameterType {
  @Prompt
  public String ask(java.util.List<String> topics) {
    return "";
  }
}
