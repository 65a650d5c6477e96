package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.PropertyModel;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.OutputTemplateAnnotation;
import dev.mcpapt.processor.read.SecurityAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.read.UiUri;
import dev.mcpapt.processor.read.WidgetAccessibleAnnotation;
import dev.mcpapt.processor.widget.WidgetDeclaration;
import dev.mcpapt.processor.widget.WidgetModel;
import dev.mcpapt.processor.widget.WidgetModel.Template;
import dev.mcpapt.processor.widget.WidgetReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of {@code @OutputTemplate}, {@code @WidgetAccessible} and typed widget data: they go
 * on a {@code @Tool}, a widget URI is {@code ui://<host>/<path>}, a tool that must run as a task
 * cannot be called from a widget; on the widget annotations as read ({@link WidgetDeclaration}):
 * status texts fit, origins are origins, the HTML is there and is HTML (and loads nothing from an
 * origin its CSP leaves out, a warning), the bridge is on the class path, a tool's
 * {@code @Security} is valid, and a {@code ui://} URI declared on several tools is declared the
 * same way on each.
 */
public final class WidgetValidator {
  /** A {@code _meta} key: an optional prefix of dot-separated labels and a slash, then a name. */
  private static final Pattern KEY = Pattern.compile(
      "((?<labels>[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?)*)/)?"
          + "([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?");

  private WidgetValidator() {}

  public static void validate(ComponentModel model, Report report) {
    validateAnnotations(model.element(), report);
    Map<String, Template> byUri = new LinkedHashMap<>();
    Map<String, ExecutableElement> declaredOn = new LinkedHashMap<>();
    for (WidgetDeclaration d : model.widgets().declarations()) {
      int errors = report.errorCount();
      declaration(d, report);
      Template t = d.template();
      if (report.errorCount() > errors || t == null) {
        continue;
      }
      Template first = byUri.putIfAbsent(t.declaredUri(), t);
      if (first == null) {
        declaredOn.put(t.declaredUri(), d.method());
      } else if (!first.sameAs(t)) {
        report.error(Diagnostic.McpWidgetUriConflict, d.method(), d.outputTemplate(),
            Mirrors.explicit(d.outputTemplate(), "uri"), t.declaredUri(), declaredOn.get(t.declaredUri()).getSimpleName());
      }
    }
  }

  private static void declaration(WidgetDeclaration d, Report report) {
    ExecutableElement method = d.method();
    AnnotationMirror m = d.outputTemplate();
    Template t = d.template();
    if (t != null) {
      for (WidgetDeclaration.CspOrigin o : d.cspOrigins()) {
        if (!WidgetReader.ORIGIN.matcher(o.origin().trim()).matches()) {
          report.error(Diagnostic.McpInvalidWidgetOrigin, method, m, Mirrors.explicit(m, "csp"), "csp." + o.member(),
              o.origin());
        }
      }
      if (!d.domain().isEmpty() && !WidgetReader.ORIGIN.matcher(d.domain()).matches()) {
        report.error(Diagnostic.McpInvalidWidgetOrigin, method, m, Mirrors.explicit(m, "domain"), "domain", d.domain());
      }
      String htmlPath = t.htmlPath();
      if (htmlPath.isEmpty()) {
        report.error(Diagnostic.McpWidgetHtmlMissing, method, m, Mirrors.explicit(m, "html"), "(none)",
            "set html to a class-path resource, e.g. html = \"widgets/board.html\" for src/main/resources/widgets/board.html");
      } else if (d.html() == null) {
        report.error(Diagnostic.McpWidgetHtmlMissing, method, m, Mirrors.explicit(m, "html"), htmlPath,
            "put it under src/main/resources/" + htmlPath + " (or next to the sources)");
      } else if (!WidgetReader.looksLikeHtml(d.html())) {
        report.error(Diagnostic.McpWidgetNotHtml, method, m, Mirrors.explicit(m, "html"), htmlPath);
      } else {
        warnRemoteWithoutCsp(method, m, htmlPath, d.html(), t.csp(), report);
      }
      if (d.html() != null && t.bridge() && d.bridgeScript() == null) {
        report.error(Diagnostic.McpWidgetBridgeMissing, method, m, null,
            RuntimeTypes.WIDGET_BRIDGE_PACKAGE.replace('.', '/') + "/" + RuntimeTypes.WIDGET_BRIDGE_FILE);
      }
    }
    if (m != null) {
      status(method, m, "invoking", d.invoking(), report);
      status(method, m, "invoked", d.invoked(), report);
    }
    SecurityAnnotation.read(method).filter(s -> s.problem() != null).ifPresent(s ->
        report.error(Diagnostic.McpInvalidSecurity, method, s.mirror(), s.problemValue(), s.problem()));
  }

  private static void status(ExecutableElement method, AnnotationMirror m, String member, String text, Report report) {
    if (text.codePointCount(0, text.length()) > WidgetReader.MAX_STATUS_LENGTH) {
      report.error(Diagnostic.McpStatusTextTooLong, method, m, Mirrors.explicit(m, member), member,
          text.codePointCount(0, text.length()), WidgetReader.MAX_STATUS_LENGTH);
    }
  }

  /**
   * Warns once per origin that {@code html} loads a script or stylesheet from, but that
   * {@code csp.resource} does not declare: hosts sandbox widgets with a CSP built from it, so the
   * load would fail in the host only, at run time.
   */
  private static void warnRemoteWithoutCsp(
      ExecutableElement method, AnnotationMirror m, String htmlPath, String html, WidgetModel.Csp csp, Report report) {
    List<String> warned = new ArrayList<>();
    java.util.regex.Matcher tag = WidgetReader.REMOTE_LOAD.matcher(html);
    while (tag.find()) {
      String origin = WidgetReader.origin(tag.group(3));
      if (origin == null || warned.contains(origin) || WidgetReader.declares(csp.resource(), origin)) {
        continue;
      }
      warned.add(origin);
      String what = tag.group(1).equalsIgnoreCase("script") ? "a script" : "a stylesheet or other resource";
      AnnotationValue at = Mirrors.explicit(m, "csp");
      report.warning(Diagnostic.McpWidgetRemoteWithoutCsp, method, m, at != null ? at : Mirrors.explicit(m, "html"),
          htmlPath, what, origin);
    }
  }

  private static void validateAnnotations(TypeElement type, Report report) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean tool = ToolAnnotation.read(method).isPresent();
      WidgetAccessibleAnnotation.read(method).ifPresent(w -> {
        if (!tool) {
          report.error(Diagnostic.McpWidgetAccessibleWithoutTool, method, w.mirror(), null, method.getSimpleName());
        } else if (ToolAnnotation.read(method).orElseThrow().task().equals("REQUIRED")) {
          report.error(Diagnostic.McpTaskRequiredWidgetAccessible, method, w.mirror(), null, method.getSimpleName());
        }
      });
      OutputTemplateAnnotation.read(method).ifPresent(o -> {
        if (!tool) {
          report.error(Diagnostic.McpOutputTemplateWithoutTool, method, o.mirror(), null, method.getSimpleName());
          return;
        }
        String problem = UiUri.problem(o.uri());
        if (problem != null) {
          report.error(Diagnostic.McpInvalidTemplateUri, method, o.mirror(), o.uriValue(), o.uri(), problem);
        }
      });
    }
  }

  /**
   * The {@code D} of a tool returning {@code TypedWidgetResult<T, D>}: a record or bean whose
   * properties become the keys of the result's {@code _meta}. Its values may be anything an output
   * type may hold; its own shape must be an object, and each property name a {@code _meta} key the
   * MCP specification allows a server to use. False after reporting a problem.
   */
  static boolean widgetData(ExecutableElement method, ValueModel value, TypeMirror type,
      Map<ClassName, NamedType> types, Report report) {
    if (value.optional() || !(value.type() instanceof JsonType.Named n)
        || !(types.get(n.javaType()) instanceof NamedType.ObjectModel object)) {
      report.error(Diagnostic.McpInvalidWidgetData, method, method.getSimpleName(), type,
          "it becomes the result's _meta, a JSON object whose keys are its properties; declare a record whose"
              + " components are those keys, e.g. record TaskBoard(List<Task> tasks), and return"
              + " TypedWidgetResult<YourOutput, TaskBoard>");
      return false;
    }
    boolean ok = true;
    for (PropertyModel p : object.properties()) {
      String problem = p.read() == null ? null : keyProblem(p.jsonName());
      if (problem != null) {
        report.error(Diagnostic.McpInvalidWidgetData, method, method.getSimpleName(), type,
            "its property \"" + p.jsonName() + "\" (" + p.javaName() + ") " + problem
                + "; give it another name with @JsonProperty");
        ok = false;
      }
    }
    return ok;
  }

  /** Why {@code key} is not a {@code _meta} key a server may use, or null if it is one. */
  static String keyProblem(String key) {
    java.util.regex.Matcher m = KEY.matcher(key);
    if (key.isEmpty() || !m.matches()) {
      return "is not a valid _meta key (an optional prefix such as com.example/, then a name that starts and ends"
          + " with a letter or digit and holds only letters, digits, '-', '_' and '.')";
    }
    String labels = m.group("labels");
    if (labels != null) {
      String[] parts = labels.split("\\.");
      if (parts.length > 1 && (parts[1].equals("modelcontextprotocol") || parts[1].equals("mcp"))) {
        return "uses a prefix reserved for MCP itself (its second label is " + parts[1] + ")";
      }
    }
    return null;
  }
}
