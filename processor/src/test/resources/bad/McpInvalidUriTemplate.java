package bad;

import dev.mcpapt.annotations.ResourceTemplate;

public class McpInvalidUriTemplate {
  @ResourceTemplate(uriTemplate = "x://items/{id")
  public String item(String id) {
    return id;
  }
}
