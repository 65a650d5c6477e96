package bad;

import dev.mcpapt.annotations.*;

public class McpInvalidHeader {
  @Tool
  public String a(@Param(header = "Region") String region, @Param(header = "Big") long count) {
    return "";
  }
}
