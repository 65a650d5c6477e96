package dev.mcpapt.processor.model;

/**
 * A use of a type: a parameter, a property or a container element, with what the use site adds
 * (nullability, {@code Optional}, Bean Validation constraints).
 *
 * @param nullable JSON {@code null} is accepted (and absence, for properties)
 * @param optional the Java type is {@code Optional<type>}
 */
public record ValueModel(JsonType type, boolean nullable, boolean optional, Constraints constraints) {
  public static ValueModel of(JsonType type) {
    return new ValueModel(type, false, false, Constraints.NONE);
  }
}
