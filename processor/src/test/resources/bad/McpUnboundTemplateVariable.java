package bad;

import dev.mcpapt.annotations.ResourceTemplate;

public class McpUnboundTemplateVariable {
  @ResourceTemplate(uriTemplate = "x://users/{user}/items/{id}")
  public String item(String id) {
    return id;
  }
}
