package bad;

import dev.mcpapt.annotations.Complete;
import dev.mcpapt.annotations.Prompt;

public class McpUnknownCompletionArgument {
  @Prompt
  public String ask(String topic) {
    return topic;
  }

  @Complete(prompt = "ask", argument = "subject")
  public java.util.List<String> subjects(String value) {
    return java.util.List.of();
  }
}
