package dev.mcpapt.processor.model;

import java.util.List;

/**
 * A use of a type: a parameter, a property or a container element, with what the use site adds
 * (nullability, {@code Optional}, Bean Validation constraints).
 *
 * @param nullable JSON {@code null} is accepted (and absence, for properties)
 * @param optional the Java type is {@code Optional<type>}
 * @param misplaced constraint annotations written on the use that cannot constrain its JSON type
 *     (not in {@code constraints})
 */
public record ValueModel(
    JsonType type, boolean nullable, boolean optional, Constraints constraints, List<MisplacedConstraint> misplaced) {
  public ValueModel(JsonType type, boolean nullable, boolean optional, Constraints constraints) {
    this(type, nullable, optional, constraints, List.of());
  }

  public static ValueModel of(JsonType type) {
    return new ValueModel(type, false, false, Constraints.NONE);
  }
}
