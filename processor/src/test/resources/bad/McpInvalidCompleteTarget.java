package bad;

import dev.mcpapt.annotations.Complete;

public class McpInvalidCompleteTarget {
  @Complete(prompt = "p", resourceTemplate = "x://{id}", argument = "id")
  public java.util.List<String> both(String value) {
    return java.util.List.of();
  }
}
