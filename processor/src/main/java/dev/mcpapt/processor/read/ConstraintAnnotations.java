package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;

/**
 * Jakarta (or javax) Bean Validation constraints on a use site, read by name so that no validation
 * API is needed at compile time; the model turns them into JSON Schema keywords.
 */
public final class ConstraintAnnotations {

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
        if (AnnotationNames.CONSTRAINT_PACKAGES.stream().noneMatch(type::startsWith)) {
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
}
