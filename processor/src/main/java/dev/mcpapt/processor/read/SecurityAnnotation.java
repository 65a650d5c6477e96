package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * {@code @Security} on a tool, resource, resource template or prompt: the accepted schemes
 * ({@code noauth}, {@code oauth2}, in order) and the OAuth scopes, and what is wrong with them.
 *
 * @param problem why the annotation is invalid (on {@code problemValue} of {@code mirror}), or null
 */
public record SecurityAnnotation(List<String> schemes, List<String> scopes, AnnotationMirror mirror,
    AnnotationValue problemValue, String problem) {

  public SecurityAnnotation {
    schemes = List.copyOf(schemes);
    scopes = List.copyOf(scopes);
  }

  /** The method's {@code @Security} as written, valid or not; empty if it has none. */
  public static Optional<SecurityAnnotation> read(ExecutableElement method) {
    Optional<AnnotationMirror> found = Mirrors.find(method, AnnotationNames.SECURITY);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror m = found.get();
    List<String> schemes = new ArrayList<>();
    AnnotationValue value = Mirrors.explicit(m, "value");
    for (String name : schemeNames(value)) {
      String type = name.toLowerCase(Locale.ROOT);
      if (!schemes.contains(type)) {
        schemes.add(type);
      }
    }
    List<String> scopes = Mirrors.strings(m, "scopes");
    if (schemes.isEmpty()) {
      return Optional.of(new SecurityAnnotation(schemes, scopes, m, value,
          "it lists no scheme; name NOAUTH, OAUTH2 or both"));
    }
    if (!scopes.isEmpty() && !schemes.contains("oauth2")) {
      return Optional.of(new SecurityAnnotation(schemes, scopes, m, Mirrors.explicit(m, "scopes"),
          "scopes need the OAUTH2 scheme; add it"));
    }
    for (String scope : scopes) {
      if (scope.isBlank() || !scope.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
        return Optional.of(new SecurityAnnotation(schemes, scopes, m, Mirrors.explicit(m, "scopes"), "scope \""
            + scope + "\" is not an OAuth scope token (printable ASCII without spaces, quotes or backslashes)"));
      }
    }
    return Optional.of(new SecurityAnnotation(schemes, scopes, m, null, null));
  }

  /** The scheme constants named, {@code OAUTH2} when the member is left out. */
  private static List<String> schemeNames(AnnotationValue value) {
    if (value == null) {
      return List.of("OAUTH2");
    }
    List<String> out = new ArrayList<>();
    Object raw = value.getValue();
    List<?> items = raw instanceof List<?> l ? l : List.of(value);
    for (Object o : items) {
      Object v = o instanceof AnnotationValue av ? av.getValue() : o;
      if (v instanceof VariableElement e) {
        out.add(e.getSimpleName().toString());
      }
    }
    return out;
  }
}
