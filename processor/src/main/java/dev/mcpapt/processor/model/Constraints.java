package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.ConstraintAnnotations;
import dev.mcpapt.processor.read.Mirrors;
import java.math.BigDecimal;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;

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

  /** The keywords the constraints become; {@code array} says whether sizes count items or characters. */
  public static Constraints of(List<ConstraintAnnotations.Found> found, boolean array) {
    Integer minLength = null;
    Integer maxLength = null;
    Integer minItems = null;
    Integer maxItems = null;
    BigDecimal minimum = null;
    boolean minExclusive = false;
    BigDecimal maximum = null;
    boolean maxExclusive = false;
    String pattern = null;
    boolean notBlank = false;
    boolean email = false;
    for (ConstraintAnnotations.Found f : found) {
      AnnotationMirror m = f.mirror();
      switch (f.simpleName()) {
        case "NotBlank" -> notBlank = true;
        case "NotEmpty" -> {
          if (array) {
            minItems = 1;
          } else {
            minLength = 1;
          }
        }
        case "Size" -> {
          int min = (int) Mirrors.number(m, "min", 0);
          int max = (int) Mirrors.number(m, "max", Integer.MAX_VALUE);
          if (array) {
            minItems = min > 0 ? Integer.valueOf(Math.max(min, minItems == null ? 0 : minItems)) : minItems;
            maxItems = max < Integer.MAX_VALUE ? Integer.valueOf(max) : null;
          } else {
            minLength = min > 0 ? Integer.valueOf(Math.max(min, minLength == null ? 0 : minLength)) : minLength;
            maxLength = max < Integer.MAX_VALUE ? Integer.valueOf(max) : null;
          }
        }
        case "Min" -> minimum = BigDecimal.valueOf(Mirrors.number(m, "value", 0));
        case "Max" -> maximum = BigDecimal.valueOf(Mirrors.number(m, "value", 0));
        case "DecimalMin" -> {
          minimum = decimal(Mirrors.string(m, "value", "0"));
          minExclusive = !Mirrors.bool(m, "inclusive", true);
        }
        case "DecimalMax" -> {
          maximum = decimal(Mirrors.string(m, "value", "0"));
          maxExclusive = !Mirrors.bool(m, "inclusive", true);
        }
        case "Positive" -> {
          minimum = BigDecimal.ZERO;
          minExclusive = true;
        }
        case "PositiveOrZero" -> minimum = BigDecimal.ZERO;
        case "Negative" -> {
          maximum = BigDecimal.ZERO;
          maxExclusive = true;
        }
        case "NegativeOrZero" -> maximum = BigDecimal.ZERO;
        case "Pattern" -> pattern = Mirrors.string(m, "regexp", ".*");
        case "Email" -> email = true;
        default -> {
          // NotNull: decides "required", not a keyword
        }
      }
    }
    return new Constraints(
        minLength, maxLength, minItems, maxItems, minimum, minExclusive, maximum, maxExclusive, pattern, notBlank, email);
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}
