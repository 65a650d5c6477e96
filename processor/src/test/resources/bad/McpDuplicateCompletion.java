package bad;

import dev.mcpapt.annotations.Complete;

public class McpDuplicateCompletion {
  @Complete(prompt = "ask", argument = "topic")
  public java.util.List<String> a(String value) {
    return java.util.List.of();
  }

  @Complete(argument = "topic", prompt = "ask")
  public java.util.List<String> b(String value) {
    return java.util.List.of();
  }
}
