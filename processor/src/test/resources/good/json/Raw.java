package good.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.annotations.Tool;

/** Any JSON, as Jackson's tree. */
public class Raw {
  /**
   * Echoes any JSON.
   *
   * @param data anything
   */
  @Tool
  public JsonNode raw(JsonNode data) {
    return data;
  }
}
