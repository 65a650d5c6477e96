package dev.mcpapt.processor.display;

import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.ParamAnnotation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads the display side of a class's members ({@code @Icon}, {@code @Resource} and
 * {@code @ResourceTemplate} {@code audience}/{@code priority}, {@code @Param(title)} of prompt
 * arguments) as written, with the bytes of class-path icons; {@code validation.DisplayValidator}
 * checks it.
 */
public final class DisplayReader {
  private static final Map<String, String> EXTENSIONS = Map.of(
      "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
      "svg", "image/svg+xml", "webp", "image/webp", "ico", "image/x-icon", "avif", "image/avif");

  private final Filer filer;

  public DisplayReader(Filer filer) {
    this.filer = filer;
  }

  /**
   * The display side of {@code type}'s members.
   *
   * @param toolMethods the {@code @Tool} methods by tool name
   */
  public DisplayModel read(TypeElement type, Map<String, ExecutableElement> toolMethods) {
    List<DisplayModel.Member> members = new ArrayList<>();
    toolMethods.forEach((name, method) ->
        members.add(new DisplayModel.Member(DisplayModel.Kind.TOOL, name, method, icons(method), null, Map.of())));
    Map<ExecutableElement, AnnotationMirror> misplaced = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean member = toolMethods.containsValue(method);
      Optional<FeatureAnnotations.Resource> resource = FeatureAnnotations.Resource.read(method);
      if (resource.isPresent()) {
        member = true;
        members.add(new DisplayModel.Member(DisplayModel.Kind.RESOURCE, resource.get().uri(), method, icons(method),
            annotations(resource.get().mirror(), "Resource"), Map.of()));
      }
      Optional<FeatureAnnotations.ResourceTemplate> template = FeatureAnnotations.ResourceTemplate.read(method);
      if (template.isPresent()) {
        member = true;
        members.add(new DisplayModel.Member(DisplayModel.Kind.TEMPLATE, template.get().uriTemplate(), method,
            icons(method), annotations(template.get().mirror(), "ResourceTemplate"), Map.of()));
      }
      Optional<FeatureAnnotations.Prompt> prompt = FeatureAnnotations.Prompt.read(method);
      if (prompt.isPresent()) {
        member = true;
        String name = prompt.get().name().isEmpty() ? method.getSimpleName().toString() : prompt.get().name();
        Map<String, String> titles = new LinkedHashMap<>();
        for (VariableElement p : method.getParameters()) {
          Optional<ParamAnnotation> param = ParamAnnotation.read(p);
          String title = param.map(a -> Mirrors.string(a.mirror(), "title", "")).orElse("");
          if (!title.isEmpty()) {
            titles.put(param.map(ParamAnnotation::name).filter(n -> !n.isEmpty()).orElse(p.getSimpleName().toString()),
                title);
          }
        }
        members.add(new DisplayModel.Member(DisplayModel.Kind.PROMPT, name, method, icons(method), null, titles));
      }
      List<AnnotationMirror> icons = mirrors(method);
      if (!member && !icons.isEmpty()) {
        misplaced.put(method, icons.get(0));
      }
    }
    return new DisplayModel(List.copyOf(members), misplaced);
  }

  /** The image type of a file name's extension, or null. */
  static String typeOfExtension(String path) {
    int dot = path.lastIndexOf('.');
    return EXTENSIONS.get(dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The {@code @Icon} annotations of {@code method}, direct or in their container. */
  private static List<AnnotationMirror> mirrors(ExecutableElement method) {
    List<AnnotationMirror> out = new ArrayList<>();
    Mirrors.find(method, AnnotationNames.ICON).ifPresent(out::add);
    Mirrors.find(method, AnnotationNames.ICONS).ifPresent(container -> {
      AnnotationValue v = Mirrors.value(container, "value");
      if (v != null && v.getValue() instanceof List<?> list) {
        for (Object o : list) {
          out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
        }
      }
    });
    return out;
  }

  private List<DisplayModel.Icon> icons(ExecutableElement method) {
    List<DisplayModel.Icon> icons = new ArrayList<>();
    for (AnnotationMirror m : mirrors(method)) {
      String resource = Mirrors.string(m, "resource", "");
      icons.add(new DisplayModel.Icon(m, Mirrors.string(m, "src", ""), resource, Mirrors.string(m, "mimeType", ""),
          resource.isEmpty() ? null : load(resource), Mirrors.strings(m, "sizes"), Mirrors.enumConstant(m, "theme", "ANY")));
    }
    return List.copyOf(icons);
  }

  private static DisplayModel.ResourceAnnotations annotations(AnnotationMirror m, String kind) {
    List<String> audience = new ArrayList<>();
    AnnotationValue roles = Mirrors.explicit(m, "audience");
    if (roles != null && roles.getValue() instanceof List<?> list) {
      for (Object r : list) {
        audience.add(((VariableElement) ((AnnotationValue) r).getValue()).getSimpleName().toString().toLowerCase(Locale.ROOT));
      }
    }
    return new DisplayModel.ResourceAnnotations(m, kind, List.copyOf(audience), Mirrors.explicit(m, "priority"));
  }

  /** The bytes of a class-path resource, from the first location that has it, or null. */
  private byte[] load(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    for (StandardLocation location :
        new StandardLocation[] {StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH}) {
      try {
        FileObject file = filer.getResource(location, "", relative);
        try (InputStream in = file.openInputStream()) {
          return in.readAllBytes();
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // not there (or not a location this compiler knows): try the next one
      }
    }
    return null;
  }
}
