package dev.mcpapt.conformance;

import dev.mcpapt.annotations.Icon;
import dev.mcpapt.annotations.Resource;
import dev.mcpapt.annotations.ResourceTemplate;
import dev.mcpapt.annotations.Role;
import dev.mcpapt.annotations.Skill;
import dev.mcpapt.runtime.McpContext;
import java.util.Base64;

/**
 * The resources the conformance scenarios read, and the skill the skills scenarios list (its root
 * has a subdirectory, which {@code sep-2640-skills-directory} needs).
 */
@Skill(path = "skills/conformance-guide")
public class ConformanceResources {
  /** A fixed text. */
  @Resource(uri = "test://static-text", mimeType = "text/plain", audience = Role.USER, priority = 0.7)
  @Icon(src = "https://modelcontextprotocol.io/favicon.svg")
  public String staticText() {
    return "This is the content of the static text resource.";
  }

  /** A 1x1 red PNG image. */
  @Resource(uri = "test://static-binary", mimeType = "image/png")
  public byte[] staticBinary() {
    return Base64.getDecoder().decode(Media.RED_PIXEL_PNG);
  }

  /** A resource clients subscribe to; it changes when {@code touch} is called. */
  @Resource(uri = "test://watched-resource", mimeType = "text/plain")
  public String watchedResource() {
    return "Watched resource content";
  }

  /**
   * The data of one item.
   *
   * @param id the item
   */
  @ResourceTemplate(uriTemplate = "test://template/{id}/data", mimeType = "application/json")
  public String templateData(String id, McpContext context) {
    return "{\"id\":\"" + id.replace("\"", "") + "\",\"templateTest\":true,\"data\":\"Data for ID: "
        + id.replace("\"", "") + "\"}";
  }
}
