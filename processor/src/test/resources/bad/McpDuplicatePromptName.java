package bad;

import dev.mcpapt.annotations.Prompt;

public class McpDuplicatePromptName {
  @Prompt(name = "ask")
  public String a() {
    return "";
  }

  @Prompt(name = "ask", title = "second")
  public String b() {
    return "";
  }
}
