package good;

import dev.mcpapt.annotations.Tool;
import gen.Payload;

public class UsesGenerated {
  /** Returns the payload it is given. */
  @Tool
  public Payload echo(Payload payload) {
    return payload;
  }
}
