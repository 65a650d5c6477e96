package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.SchemaAnnotations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a tool's input schema says beyond its parameters: the declared dialect, and the rules that
 * tie arguments together ({@code @AtLeastOneOf}, {@code @RequiredWhen}), which the generated
 * handler also enforces.
 *
 * @param declaresDialect the schemas' root carries {@code $schema}
 * @param atLeastOneOf groups of argument names of which a call must give one or more
 * @param conditions the {@code if}/{@code then}/{@code else} rules
 */
public record ToolSchemaModel(boolean declaresDialect, List<List<String>> atLeastOneOf, List<Condition> conditions) {
  public static final ToolSchemaModel NONE = new ToolSchemaModel(false, List.of(), List.of());

  /**
   * When argument {@code param} equals {@code valueJson}, the arguments {@code require} are
   * required; otherwise (another value, or absent) the arguments {@code otherwise} are.
   *
   * @param valueJson the value as JSON text; null if the argument is missing or of a type that
   *     cannot be compared with a value
   * @param source where it was written, for the checks of {@code validation.SchemaRuleValidator}
   */
  public record Condition(String param, String valueJson, List<String> require, List<String> otherwise,
      Source source) {}

  /**
   * The {@code @RequiredWhen} a condition comes from, and the tested argument's type (null if
   * there is no such argument), which {@code valueJson} is checked against.
   */
  public record Source(SchemaAnnotations.RequiredWhen annotation, ValueModel tested) {}

  /** Whether a rule ties arguments together. */
  public boolean hasRules() {
    return !atLeastOneOf.isEmpty() || !conditions.isEmpty();
  }

  /** Every argument a rule names: given as {@code null}, such an argument counts as absent. */
  public Set<String> namedArguments() {
    Set<String> names = new LinkedHashSet<>();
    atLeastOneOf.forEach(names::addAll);
    for (Condition c : conditions) {
      names.add(c.param());
      names.addAll(c.require());
      names.addAll(c.otherwise());
    }
    return names;
  }
}
