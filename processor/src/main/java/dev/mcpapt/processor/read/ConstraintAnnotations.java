package dev.mcpapt.processor.read;

import dev.mcpapt.processor.model.Constraints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jakarta (or javax) Bean Validation constraints on a use site, read by name so that no validation
 * API is needed at compile time, and turned into {@link Constraints}.
 */
public final class ConstraintAnnotations {
  private static final List<String> PACKAGES = List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

  /** What a constraint applies to, for checking it against the type. */
  public enum Target {
    TEXT,
    SIZED,
    NUMBER,
    ANY
  }

  /** One constraint annotation found, with what it applies to. */
  public record Found(String simpleName, AnnotationMirror mirror, Target target) {}

  private ConstraintAnnotations() {}

  /** The constraint annotations on the given constructs (duplicates from declaration + type use removed). */
  public static List<Found> find(AnnotatedConstruct... sites) {
    Map<String, Found> found = new LinkedHashMap<>();
    for (AnnotatedConstruct site : sites) {
      if (site == null) {
        continue;
      }
      for (AnnotationMirror m : site.getAnnotationMirrors()) {
        String type = Mirrors.typeName(m);
        if (PACKAGES.stream().noneMatch(type::startsWith)) {
          continue;
        }
        String simple = Mirrors.simpleName(m);
        Target target = switch (simple) {
          case "NotBlank", "Pattern", "Email" -> Target.TEXT;
          case "NotEmpty", "Size" -> Target.SIZED;
          case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" ->
              Target.NUMBER;
          case "NotNull" -> Target.ANY;
          default -> null;
        };
        if (target != null) {
          found.putIfAbsent(simple, new Found(simple, m, target));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Whether {@code @NotNull} is among them. */
  public static boolean hasNotNull(List<Found> found) {
    return found.stream().anyMatch(f -> f.simpleName().equals("NotNull"));
  }

  /** The keywords the constraints become; {@code array} says whether sizes count items or characters. */
  public static Constraints toConstraints(List<Found> found, boolean array) {
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
    for (Found f : found) {
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
