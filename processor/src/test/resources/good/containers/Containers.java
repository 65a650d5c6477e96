package good.containers;

import dev.mcpapt.annotations.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import support.Nullable;

/** Sets, arrays, maps and lists, with nullable elements. */
public class Containers {
  /**
   * A point on a grid.
   *
   * @param x the column
   * @param y the row
   */
  public record Point(int x, int y) {}

  /**
   * Counts things in containers.
   *
   * @param names distinct names
   * @param numbers some numbers
   * @param words some words
   * @param groups points by group
   */
  @Tool
  public Map<String, Integer> counts(Set<String> names, int[] numbers, String[] words, Map<String, List<Point>> groups) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put("names", names.size());
    return out;
  }

  /**
   * Counts distinct values.
   *
   * @param values the values, each once
   */
  @Tool
  public int distinct(Set<Double> values) {
    return values.size();
  }

  /**
   * Echoes words, some of which may be null.
   *
   * @param words the words
   */
  @Tool
  public List<@Nullable String> echo(List<@Nullable String> words) {
    return words;
  }
}
