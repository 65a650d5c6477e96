package dev.mcpapt.processor.read;

import dev.mcpapt.processor.names.AnnotationNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Typed readers of {@code @Resource}, {@code @ResourceTemplate}, {@code @Prompt} and {@code @Complete}. */
public final class FeatureAnnotations {
  private FeatureAnnotations() {}

  /** {@code @Resource}; empty strings mean "not set". */
  public record Resource(AnnotationMirror mirror, String uri, AnnotationValue uriValue, String name, String title,
      String description, String mimeType) {
    public static Optional<Resource> read(Element element) {
      return Mirrors.find(element, AnnotationNames.RESOURCE).map(m -> new Resource(m,
          Mirrors.string(m, "uri", ""), Mirrors.explicit(m, "uri"), Mirrors.string(m, "name", ""),
          Mirrors.string(m, "title", ""), Mirrors.string(m, "description", ""), Mirrors.string(m, "mimeType", "")));
    }
  }

  /** {@code @ResourceTemplate}; empty strings mean "not set". */
  public record ResourceTemplate(AnnotationMirror mirror, String uriTemplate, AnnotationValue uriTemplateValue,
      String name, String title, String description, String mimeType) {
    public static Optional<ResourceTemplate> read(Element element) {
      return Mirrors.find(element, AnnotationNames.RESOURCE_TEMPLATE).map(m -> new ResourceTemplate(m,
          Mirrors.string(m, "uriTemplate", ""), Mirrors.explicit(m, "uriTemplate"), Mirrors.string(m, "name", ""),
          Mirrors.string(m, "title", ""), Mirrors.string(m, "description", ""), Mirrors.string(m, "mimeType", "")));
    }
  }

  /** {@code @Prompt}; empty strings mean "not set". */
  public record Prompt(AnnotationMirror mirror, String name, AnnotationValue nameValue, String title,
      String description) {
    public static Optional<Prompt> read(Element element) {
      return Mirrors.find(element, AnnotationNames.PROMPT).map(m -> new Prompt(m,
          Mirrors.string(m, "name", ""), Mirrors.explicit(m, "name"), Mirrors.string(m, "title", ""),
          Mirrors.string(m, "description", "")));
    }
  }

  /** {@code @Complete}; empty strings mean "not set". */
  public record Complete(AnnotationMirror mirror, String prompt, AnnotationValue promptValue, String resourceTemplate,
      AnnotationValue resourceTemplateValue, String argument, AnnotationValue argumentValue) {
    public static Optional<Complete> read(Element element) {
      return Mirrors.find(element, AnnotationNames.COMPLETE).map(m -> new Complete(m,
          Mirrors.string(m, "prompt", ""), Mirrors.explicit(m, "prompt"),
          Mirrors.string(m, "resourceTemplate", ""), Mirrors.explicit(m, "resourceTemplate"),
          Mirrors.string(m, "argument", ""), Mirrors.explicit(m, "argument")));
    }
  }
}
