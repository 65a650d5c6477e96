package bad;

import dev.mcpapt.annotations.ResourceTemplate;

public class McpUnboundTemplateParameter {
  @ResourceTemplate(uriTemplate = "x://items/{id}")
  public String item(String id, String extra) {
    return id;
  }
}
