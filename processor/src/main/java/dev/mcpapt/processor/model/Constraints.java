package dev.mcpapt.processor.model;

import java.math.BigDecimal;

/**
 * Bean Validation constraints found on a use site, as the JSON Schema keywords they become. Null
 * means "not constrained".
 */
public record Constraints(
    Integer minLength,
    Integer maxLength,
    Integer minItems,
    Integer maxItems,
    BigDecimal minimum,
    boolean minimumExclusive,
    BigDecimal maximum,
    boolean maximumExclusive,
    String pattern,
    boolean notBlank,
    boolean email) {

  public static final Constraints NONE =
      new Constraints(null, null, null, null, null, false, null, false, null, false, false);

  public boolean isEmpty() {
    return equals(NONE);
  }

  public boolean hasLength() {
    return minLength != null || maxLength != null;
  }

  public boolean hasItems() {
    return minItems != null || maxItems != null;
  }

  public boolean hasRange() {
    return minimum != null || maximum != null;
  }
}
