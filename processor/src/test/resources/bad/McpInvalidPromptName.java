package bad;

import dev.mcpapt.annotations.Prompt;

public class McpInvalidPromptName {
  @Prompt(name = "bad name!")
  public String ask() {
    return "";
  }
}
