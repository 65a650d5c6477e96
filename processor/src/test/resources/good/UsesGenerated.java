package good;

import dev.mcpapt.annotations.Tool;
import gen.Payload;

public class UsesGenerated {
  @Tool
  public Payload echo(Payload payload) {
    return payload;
  }
}
