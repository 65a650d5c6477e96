package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The JSON Schema annotations: {@code @SchemaDialect}, {@code @SchemaDef}, {@code @AtLeastOneOf}
 * and {@code @RequiredWhen}, as written. Empty strings mean "not set".
 */
public final class SchemaAnnotations {
  private SchemaAnnotations() {}

  /** {@code @SchemaDialect} on an element. */
  public record Dialect(Element on, AnnotationMirror mirror, String uri, AnnotationValue uriValue) {}

  /** {@code @SchemaDef} on a type. */
  public record Def(AnnotationMirror mirror, String name, AnnotationValue nameValue, String anchor,
      AnnotationValue anchorValue) {}

  /** One {@code @AtLeastOneOf}. */
  public record AtLeastOneOf(AnnotationMirror mirror, List<String> names, AnnotationValue namesValue) {}

  /** One {@code @RequiredWhen}. */
  public record RequiredWhen(AnnotationMirror mirror, String param, AnnotationValue paramValue, String is,
      AnnotationValue isValue, List<String> require, AnnotationValue requireValue, List<String> otherwise,
      AnnotationValue otherwiseValue) {}

  /** {@code @SchemaDialect} on the method, or else on the class declaring it. */
  public static Optional<Dialect> dialect(Element method) {
    for (Element e = method; e != null; e = e.getEnclosingElement()) {
      Optional<AnnotationMirror> m = Mirrors.find(e, AnnotationNames.SCHEMA_DIALECT);
      if (m.isPresent()) {
        Element on = e;
        return m.map(a -> new Dialect(on, a, Mirrors.string(a, "value", ""), Mirrors.explicit(a, "value")));
      }
      if (e.getKind().isClass() || e.getKind().isInterface()) {
        break;
      }
    }
    return Optional.empty();
  }

  public static Optional<Def> def(Element type) {
    return Mirrors.find(type, AnnotationNames.SCHEMA_DEF).map(m -> new Def(m, Mirrors.string(m, "name", ""), Mirrors.explicit(m, "name"),
        Mirrors.string(m, "anchor", ""), Mirrors.explicit(m, "anchor")));
  }

  public static List<AtLeastOneOf> atLeastOneOf(Element method) {
    List<AtLeastOneOf> out = new ArrayList<>();
    for (AnnotationMirror m : repeated(method, AnnotationNames.AT_LEAST_ONE_OF, AnnotationNames.AT_LEAST_ONE_OF_LIST)) {
      out.add(new AtLeastOneOf(m, Mirrors.strings(m, "value"), Mirrors.explicit(m, "value")));
    }
    return out;
  }

  public static List<RequiredWhen> requiredWhen(Element method) {
    List<RequiredWhen> out = new ArrayList<>();
    for (AnnotationMirror m : repeated(method, AnnotationNames.REQUIRED_WHEN, AnnotationNames.REQUIRED_WHEN_LIST)) {
      out.add(new RequiredWhen(m, Mirrors.string(m, "param", ""), Mirrors.explicit(m, "param"),
          Mirrors.string(m, "is", ""), Mirrors.explicit(m, "is"), Mirrors.strings(m, "require"),
          Mirrors.explicit(m, "require"), Mirrors.strings(m, "otherwise"), Mirrors.explicit(m, "otherwise")));
    }
    return out;
  }

  /** A repeatable annotation written once, or several times (in its container). */
  private static List<AnnotationMirror> repeated(Element element, String type, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    Mirrors.find(element, type).ifPresent(out::add);
    Mirrors.find(element, container).ifPresent(found -> {
      AnnotationValue v = Mirrors.value(found, "value");
      if (v != null && v.getValue() instanceof List<?> list) {
        for (Object o : list) {
          out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
        }
      }
    });
    return out;
  }
}
