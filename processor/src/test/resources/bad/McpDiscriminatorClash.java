package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpDiscriminatorClash {
  public sealed interface Shape permits Circle {}

  public record Circle(String type, double r) implements Shape {}

  @Tool
  public String a(Shape shape) {
    return "";
  }
}
