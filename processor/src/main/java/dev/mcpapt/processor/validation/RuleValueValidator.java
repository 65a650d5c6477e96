package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.Constraints;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.ToolSchemaModel;
import dev.mcpapt.processor.model.ValueModel;

/**
 * Checks each {@code @RequiredWhen(is)} at compile time: the tested argument must be able to take
 * the value, or the condition could never hold. The same test as a default value's.
 */
public final class RuleValueValidator {
  private RuleValueValidator() {}

  /** Reports every {@code @RequiredWhen} value of {@code model} its argument cannot take. */
  public static void validate(ComponentModel model, Report report) {
    DefaultValueValidator values = new DefaultValueValidator(model.types());
    for (ToolModel tool : model.tools()) {
      for (ToolSchemaModel.Condition c : tool.schema().conditions()) {
        ToolSchemaModel.Source s = c.source();
        ValueModel plain = new ValueModel(s.tested().type(), false, false, Constraints.NONE);
        String problem = c.valueJson().isBlank() ? "it is empty" : values.check(c.valueJson(), plain);
        if (problem != null) {
          report.error(Diagnostic.McpInvalidRuleValue, tool.element(), s.annotation().mirror(), s.annotation().isValue(),
              s.annotation().is(), tool.element().getSimpleName(), c.param(), problem);
        }
      }
    }
  }
}
