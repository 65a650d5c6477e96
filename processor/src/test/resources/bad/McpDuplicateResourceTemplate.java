package bad;

import dev.mcpapt.annotations.ResourceTemplate;

public class McpDuplicateResourceTemplate {
  @ResourceTemplate(uriTemplate = "x://items/{id}")
  public String a(String id) {
    return id;
  }

  @ResourceTemplate(uriTemplate = "x://items/{id}", title = "second")
  public String b(String id) {
    return id;
  }
}
