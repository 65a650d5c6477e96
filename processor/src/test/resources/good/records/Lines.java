package good.records;

import dev.mcpapt.annotations.Tool;

/** Records, nested; a record used twice goes to $defs. */
public class Lines {
  /**
   * A point on a grid.
   *
   * @param x the column
   * @param y the row
   */
  public record Point(int x, int y) {}

  /**
   * A segment between two points (Point is used twice, so it goes to $defs).
   *
   * @param from where it starts
   * @param to where it ends
   */
  public record Line(Point from, Point to) {}

  /**
   * Returns the line it is given.
   *
   * @param line the line to draw
   */
  @Tool(readOnlyHint = true)
  public Line draw(Line line) {
    return line;
  }
}
