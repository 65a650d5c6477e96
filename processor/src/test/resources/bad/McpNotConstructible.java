package bad;

import dev.mcpapt.annotations.*;
import dev.mcpapt.runtime.McpContext;

public class McpNotConstructible {
  public static class Bean {
    private int x;

    public Bean(int x) {
      this.x = x;
    }

    public int getX() {
      return x;
    }

    public void setX(int x) {
      this.x = x;
    }
  }

  @Tool
  public String a(Bean bean) {
    return "";
  }
}
