package good;

import dev.mcpapt.annotations.OutputTemplate;
import dev.mcpapt.annotations.Tool;

public class UsesGeneratedWidget {
  /** Shows the board. */
  @Tool
  @OutputTemplate(uri = gen.Widgets.BOARD, html = "widgets/board.html")
  public String board() {
    return "board";
  }
}
