package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;

/**
 * The Jackson annotations the processor honours, read by simple name so Jackson annotations are
 * not needed at compile time: {@code @JsonProperty} (name, required), {@code @JsonPropertyDescription},
 * {@code @JsonIgnore}, {@code @JsonTypeName} and {@code @JsonTypeInfo} (property).
 */
public final class JacksonAnnotations {
  private JacksonAnnotations() {}

  /** {@code @JsonProperty("name")} on any of the sites, if its value is set. */
  public static Optional<String> propertyName(AnnotatedConstruct... sites) {
    for (AnnotatedConstruct site : sites) {
      if (site != null) {
        Optional<String> name = Mirrors.findBySimpleName(site, AnnotationNames.JSON_PROPERTY)
            .map(m -> Mirrors.string(m, "value", ""))
            .filter(s -> !s.isEmpty());
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  /** {@code @JsonProperty(required = true)} on any of the sites. */
  public static boolean required(AnnotatedConstruct... sites) {
    for (AnnotatedConstruct site : sites) {
      if (site != null
          && Mirrors.findBySimpleName(site, AnnotationNames.JSON_PROPERTY).map(m -> Mirrors.bool(m, "required", false)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  public static Optional<String> description(AnnotatedConstruct... sites) {
    for (AnnotatedConstruct site : sites) {
      if (site != null) {
        Optional<String> d = Mirrors.findBySimpleName(site, AnnotationNames.JSON_PROPERTY_DESCRIPTION)
            .map(m -> Mirrors.string(m, "value", ""))
            .filter(s -> !s.isEmpty());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  public static boolean ignored(AnnotatedConstruct... sites) {
    for (AnnotatedConstruct site : sites) {
      if (site != null
          && Mirrors.findBySimpleName(site, AnnotationNames.JSON_IGNORE).map(m -> Mirrors.bool(m, "value", true)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  public static Optional<String> typeName(AnnotatedConstruct site) {
    return Mirrors.findBySimpleName(site, AnnotationNames.JSON_TYPE_NAME).map(m -> Mirrors.string(m, "value", "")).filter(s -> !s.isEmpty());
  }

  public static Optional<String> typeInfoProperty(AnnotatedConstruct site) {
    return Mirrors.findBySimpleName(site, AnnotationNames.JSON_TYPE_INFO).map(m -> Mirrors.string(m, "property", "")).filter(s -> !s.isEmpty());
  }

  /** Whether any of the sites carries an annotation simply named {@code Nullable}, from any package. */
  public static boolean nullable(AnnotatedConstruct... sites) {
    for (AnnotatedConstruct site : sites) {
      if (site != null && Mirrors.findBySimpleName(site, AnnotationNames.NULLABLE).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
