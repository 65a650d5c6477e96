package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.display.DisplayModel;
import dev.mcpapt.processor.read.Mirrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks the display side of a class's members: each {@code @Icon} (exactly one of {@code src} and
 * {@code resource}, an image type, an https URL or a well-formed {@code data:} URI, a class-path
 * image that exists and is small enough to embed, sizes of the form WxH), a resource's
 * {@code priority} within [0, 1], and {@code @Icon} only on members that have icons.
 */
public final class DisplayValidator {
  /** Class-path icons are embedded; larger ones belong on a web server. */
  public static final int MAX_RESOURCE_BYTES = 64 * 1024;

  private static final Pattern SIZE = Pattern.compile("any|[1-9][0-9]{0,4}x[1-9][0-9]{0,4}");
  private static final Pattern IMAGE_TYPE = Pattern.compile("image/[a-z0-9][a-z0-9.+-]*");

  private DisplayValidator() {}

  public static void validate(DisplayModel model, Report report) {
    for (DisplayModel.Member member : model.members()) {
      for (DisplayModel.Icon icon : member.icons()) {
        icon(member.method(), icon, report);
      }
      DisplayModel.ResourceAnnotations annotations = member.annotations();
      if (annotations != null && annotations.priority() != null) {
        double p = ((Number) annotations.priority().getValue()).doubleValue();
        if (!(p >= 0 && p <= 1)) {
          report.error(Diagnostic.McpInvalidResourceAnnotations, member.method(), annotations.mirror(),
              annotations.priority(), annotations.kind(), member.method().getSimpleName() + "()",
              "priority " + p + " is not within [0, 1] (0: optional, 1: effectively required)");
        }
      }
    }
    model.misplacedIcons().forEach((method, icon) -> report.error(Diagnostic.McpInvalidIcon, method, icon, null,
        method.getSimpleName() + "()", "@Icon applies to @Tool, @Resource, @ResourceTemplate and @Prompt methods only"));
  }

  /** Reports the first thing wrong with one icon, if any. */
  private static void icon(ExecutableElement method, DisplayModel.Icon icon, Report report) {
    String where = method.getSimpleName() + "()";
    AnnotationMirror m = icon.mirror();
    if (icon.src().isEmpty() == icon.resource().isEmpty()) {
      report.error(Diagnostic.McpInvalidIcon, method, m, null, where,
          "give exactly one of src (an https: URL or a data: URI) and resource (a class-path image)");
      return;
    }
    if (!icon.mimeType().isEmpty() && !IMAGE_TYPE.matcher(icon.mimeType()).matches()) {
      report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "mimeType"), where,
          "mimeType \"" + icon.mimeType() + "\" is not an image type such as image/png or image/svg+xml");
      return;
    }
    if (!icon.src().isEmpty()) {
      String problem = srcProblem(icon.src());
      if (problem != null) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "src"), where, problem);
        return;
      }
    } else {
      String resource = icon.resource();
      if (icon.type() == null) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "resource"), where,
            "the type of \"" + resource + "\" is not known from its extension; set mimeType");
        return;
      }
      if (icon.bytes() == null) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "resource"), where,
            "resource \"" + resource + "\" was not found in the source, resource or class path folders");
        return;
      }
      if (icon.bytes().length > MAX_RESOURCE_BYTES) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "resource"), where,
            "resource \"" + resource + "\" is " + icon.bytes().length + " bytes, more than the " + MAX_RESOURCE_BYTES
                + " embedded at most; serve it over https and give its URL as src");
        return;
      }
    }
    for (String size : icon.sizes()) {
      if (!SIZE.matcher(size).matches()) {
        report.error(Diagnostic.McpInvalidIcon, method, m, Mirrors.explicit(m, "sizes"), where,
            "size \"" + size + "\" is not WxH (such as 48x48) or any");
        return;
      }
    }
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
}
