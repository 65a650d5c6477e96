package dev.mcpapt.testing;

import dev.mcpapt.annotations.Prompt;
import dev.mcpapt.annotations.Resource;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.widget.WidgetResult;

/** A small server to test the tester with: every kind of answer it can assert on. */
public class Shop {
  /**
   * A price with tax.
   *
   * @param net the price before tax, in cents
   * @param gross the price with tax, in cents
   */
  public record Price(long net, long gross) {}

  /**
   * Adds 20 % tax.
   *
   * @param net the price before tax, in cents
   */
  @Tool
  public Price withTax(long net) {
    if (net < 0) {
      throw new ToolException("A price cannot be negative");
    }
    return new Price(net, net * 6 / 5);
  }

  /** Counts to three, reporting progress and logging each step. */
  @Tool
  public String countToThree(McpContext context) {
    for (int i = 1; i <= 3; i++) {
      context.progress(i, 3.0, "step " + i);
      context.log(McpContext.LogLevel.INFO, "counted " + i);
    }
    return "done";
  }

  /** Asks the user for their name, then greets them. */
  @Tool
  public String greetUser(McpContext context) {
    ElicitResult r = context.elicit("name", ElicitRequest.form("What is your name?",
        ElicitSchema.builder().required("name", ElicitSchema.string()).build()));
    return r.accepted() ? "Hello, " + r.string("name").orElse("?") : "Hello, stranger";
  }

  /** The basket as a widget would show it. */
  @Tool
  public WidgetResult<Price> basket() {
    return WidgetResult.of(new Price(100, 120)).text("One item").meta("items", 1);
  }

  /** The shop's opening hours. */
  @Resource(uri = "shop://hours", mimeType = "text/plain")
  public String hours() {
    return "9 to 5";
  }

  /**
   * Asks for a product description.
   *
   * @param product what to describe
   */
  @Prompt
  public String describe(String product) {
    return "Describe " + product + " in one sentence.";
  }
}
