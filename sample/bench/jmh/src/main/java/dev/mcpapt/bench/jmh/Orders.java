package dev.mcpapt.bench.jmh;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import java.util.List;

/** A tool with a large structured argument: an order of many lines, each validated. */
public final class Orders {
  /** One order line. */
  public record Line(
      @Param(description = "Stock keeping unit") String sku,
      @Param(description = "How many") int quantity,
      @Param(description = "Unit price") double price) {}

  /** An order. */
  public record Order(
      @Param(description = "Who orders") String customer,
      @Param(description = "What is ordered") List<Line> lines,
      @Param(description = "A note for the packer") String note) {}

  /** Places an order and returns its line count. */
  @Tool(description = "Places an order.")
  public String place(@Param(description = "The order") Order order) {
    return order.customer() + ": " + order.lines().size() + " lines";
  }
}
