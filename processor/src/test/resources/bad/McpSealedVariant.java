package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpSealedVariant {
  public sealed interface Shape permits Circle, Blob {}

  public record Circle(double r) implements Shape {}

  public static final class Blob implements Shape {}

  @Tool
  public String a(Shape shape) {
    return "";
  }
}
