package dev.mcpapt.processor.display;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.FeatureAnnotations;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.ParamAnnotation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * arguments) and checks it, reporting what is wrong.
 */
public final class DisplayReader {
  /** Class-path icons are embedded; larger ones belong on a web server. */
  static final int MAX_RESOURCE_BYTES = 64 * 1024;

  private static final Pattern SIZE = Pattern.compile("any|[1-9][0-9]{0,4}x[1-9][0-9]{0,4}");
  private static final Pattern IMAGE_TYPE = Pattern.compile("image/[a-z0-9][a-z0-9.+-]*");
  private static final Map<String, String> EXTENSIONS = Map.of(
      "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
      "svg", "image/svg+xml", "webp", "image/webp", "ico", "image/x-icon", "avif", "image/avif");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Filer filer;

  public DisplayReader(Filer filer) {
    this.filer = filer;
  }

  /**
   * The display fields of {@code type}'s members.
   *
   * @param toolMethods the {@code @Tool} methods by tool name
   */
  public Display read(TypeElement type, Map<String, ExecutableElement> toolMethods, Report report) {
    Display display = new Display();
    toolMethods.forEach((name, method) -> icons(method, report).ifPresent(i -> display.tool(name).set("icons", i)));
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<FeatureAnnotations.Resource> resource = FeatureAnnotations.Resource.read(method);
      if (resource.isPresent()) {
        ObjectNode fields = display.resource(resource.get().uri());
        icons(method, report).ifPresent(i -> fields.set("icons", i));
        annotations(method, resource.get().mirror(), "Resource", report).ifPresent(a -> fields.set("annotations", a));
      }
      Optional<FeatureAnnotations.ResourceTemplate> template = FeatureAnnotations.ResourceTemplate.read(method);
      if (template.isPresent()) {
        ObjectNode fields = display.template(template.get().uriTemplate());
        icons(method, report).ifPresent(i -> fields.set("icons", i));
        annotations(method, template.get().mirror(), "ResourceTemplate", report)
            .ifPresent(a -> fields.set("annotations", a));
      }
      Optional<FeatureAnnotations.Prompt> prompt = FeatureAnnotations.Prompt.read(method);
      if (prompt.isPresent()) {
        String name = prompt.get().name().isEmpty() ? method.getSimpleName().toString() : prompt.get().name();
        ObjectNode fields = display.prompt(name);
        icons(method, report).ifPresent(i -> fields.set("icons", i));
        for (VariableElement p : method.getParameters()) {
          Optional<ParamAnnotation> param = ParamAnnotation.read(p);
          String title = param.map(a -> Mirrors.string(a.mirror(), "title", "")).orElse("");
          if (!title.isEmpty()) {
            String arg = param.map(ParamAnnotation::name).filter(n -> !n.isEmpty()).orElse(p.getSimpleName().toString());
            display.argumentTitle(name, arg, title);
          }
        }
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean member = toolMethods.containsValue(m) || FeatureAnnotations.Resource.read(m).isPresent()
          || FeatureAnnotations.ResourceTemplate.read(m).isPresent() || FeatureAnnotations.Prompt.read(m).isPresent();
      if (!member && !mirrors(m).isEmpty()) {
        report.error(Diagnostic.McpInvalidIcon, m, mirrors(m).get(0), null, m.getSimpleName() + "()",
            "@Icon applies to @Tool, @Resource, @ResourceTemplate and @Prompt methods only");
      }
    }
    return display;
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

  private Optional<ArrayNode> icons(ExecutableElement method, Report report) {
    List<AnnotationMirror> mirrors = mirrors(method);
    if (mirrors.isEmpty()) {
      return Optional.empty();
    }
    ArrayNode icons = NODES.arrayNode();
    String where = method.getSimpleName() + "()";
    for (AnnotationMirror m : mirrors) {
      ObjectNode icon = icon(m, method, where, report);
      if (icon != null) {
        icons.add(icon);
      }
    }
    return Optional.of(icons);
  }

  private ObjectNode icon(AnnotationMirror m, ExecutableElement method, String where, Report report) {
    String src = Mirrors.string(m, "src", "");
    String resource = Mirrors.string(m, "resource", "");
    String mimeType = Mirrors.string(m, "mimeType", "");
    if (src.isEmpty() == resource.isEmpty()) {
      report.error(Diagnostic.McpInvalidIcon, method, m, null, where,
          "give exactly one of src (an https: URL or a data: URI) and resource (a class-path image)");
      return null;
    }
    if (!mimeType.isEmpty() && !IMAGE_TYPE.matcher(mimeType).matches()) {
      report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "mimeType"), where,
          "mimeType \"" + mimeType + "\" is not an image type such as image/png or image/svg+xml");
      return null;
    }
    ObjectNode icon = NODES.objectNode();
    if (!src.isEmpty()) {
      String problem = srcProblem(src);
      if (problem != null) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "src"), where, problem);
        return null;
      }
      icon.put("src", src);
    } else {
      String type = mimeType.isEmpty() ? EXTENSIONS.get(extension(resource)) : mimeType;
      if (type == null) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "resource"), where,
            "the type of \"" + resource + "\" is not known from its extension; set mimeType");
        return null;
      }
      byte[] bytes = load(resource);
      if (bytes == null) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "resource"), where,
            "resource \"" + resource + "\" was not found in the source, resource or class path folders");
        return null;
      }
      if (bytes.length > MAX_RESOURCE_BYTES) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "resource"), where,
            "resource \"" + resource + "\" is " + bytes.length + " bytes, more than the " + MAX_RESOURCE_BYTES
                + " embedded at most; serve it over https and give its URL as src");
        return null;
      }
      icon.put("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
      mimeType = type;
    }
    if (!mimeType.isEmpty()) {
      icon.put("mimeType", mimeType);
    }
    List<String> sizes = Mirrors.strings(m, "sizes");
    for (String size : sizes) {
      if (!SIZE.matcher(size).matches()) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "sizes"), where,
            "size \"" + size + "\" is not WxH (such as 48x48) or any");
        return null;
      }
    }
    if (!sizes.isEmpty()) {
      ArrayNode array = icon.putArray("sizes");
      sizes.forEach(array::add);
    }
    String theme = Mirrors.enumConstant(m, "theme", "ANY");
    if (!theme.equals("ANY")) {
      icon.put("theme", theme.toLowerCase(Locale.ROOT));
    }
    return icon;
  }

  /** What is wrong with an icon's {@code src}, or null. */
  static String srcProblem(String src) {
    if (src.regionMatches(true, 0, "data:", 0, 5)) {
      int comma = src.indexOf(',');
      if (comma < 0) {
        return "the data: URI has no comma before its data";
      }
      String header = src.substring(5, comma);
      String type = header.split(";", 2)[0];
      if (!IMAGE_TYPE.matcher(type.toLowerCase(Locale.ROOT)).matches()) {
        return "the data: URI's type \"" + type + "\" is not an image type";
      }
      if (header.toLowerCase(Locale.ROOT).endsWith(";base64")) {
        try {
          Base64.getDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException e) {
          return "the data: URI's base64 does not decode: " + e.getMessage();
        }
      }
      return null;
    }
    URI uri;
    try {
      uri = new URI(src);
    } catch (URISyntaxException e) {
      return "src \"" + src + "\" is not a URI: " + e.getReason();
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return "src \"" + src + "\" must be an https: URL or a data: URI";
    }
    if (uri.getHost() == null) {
      return "src \"" + src + "\" has no host";
    }
    return null;
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private Optional<ObjectNode> annotations(ExecutableElement method, AnnotationMirror m, String kind, Report report) {
    ObjectNode annotations = NODES.objectNode();
    AnnotationValue audience = Mirrors.explicit(m, "audience");
    if (audience != null && audience.getValue() instanceof List<?> roles && !roles.isEmpty()) {
      ArrayNode array = annotations.putArray("audience");
      for (Object r : roles) {
        array.add(((VariableElement) ((AnnotationValue) r).getValue()).getSimpleName().toString().toLowerCase(Locale.ROOT));
      }
    }
    AnnotationValue priority = Mirrors.explicit(m, "priority");
    if (priority != null) {
      double p = ((Number) priority.getValue()).doubleValue();
      if (!(p >= 0 && p <= 1)) {
        report.error(Diagnostic.McpInvalidResourceAnnotations, method, m, priority, kind, method.getSimpleName() + "()",
            "priority " + p + " is not within [0, 1] (0: optional, 1: effectively required)");
      } else {
        annotations.put("priority", p);
      }
    }
    return annotations.isEmpty() ? Optional.empty() : Optional.of(annotations);
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
