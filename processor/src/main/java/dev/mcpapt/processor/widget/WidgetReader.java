package dev.mcpapt.processor.widget;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.Mirrors;
import dev.mcpapt.processor.read.SecurityAnnotation;
import dev.mcpapt.processor.read.UiUri;
import dev.mcpapt.processor.widget.WidgetModel.Csp;
import dev.mcpapt.processor.widget.WidgetModel.Template;
import dev.mcpapt.processor.widget.WidgetModel.ToolWidget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads {@code @OutputTemplate}, {@code @WidgetAccessible}, {@code @Security} and {@code FileRef}
 * parameters of one {@code @Tool} method into a {@link ToolWidget}, reporting every misuse.
 *
 * <ol>
 *   <li>Read each annotation through its mirror; note which values were written explicitly.
 *   <li>Check the status texts (at most 64 characters), CSP origins, domain and security scopes.
 *   <li>Load the HTML at compile time: from the class output (Maven copies
 *       {@code src/main/resources} there before compiling), the source path, then the class path.
 *   <li>Inline the widget bridge, read from the runtime jar on the class path.
 *   <li>Hash the served document and its metadata into the URI, so changed widgets get new URIs.
 * </ol>
 */
public final class WidgetReader {
  private static final String FILE_REF = RuntimeTypes.FILE_REF.canonicalName();
  static final String BRIDGE_MARKER = "/*! mcp-apt widget bridge";

  /** ChatGPT's limit for {@code openai/toolInvocation/*} texts. */
  public static final int MAX_STATUS_LENGTH = 64;

  /** {@code scheme://host[:port]}, host possibly starting with {@code *.}; nothing a CSP header could be bent by. */
  private static final Pattern ORIGIN =
      Pattern.compile("(?i)(https?|wss?)://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");

  /** A {@code <script src>} or {@code <link href>} pointing at another origin. */
  private static final Pattern REMOTE_LOAD =
      Pattern.compile("(?i)<(script|link)\\b[^>]*?\\b(src|href)\\s*=\\s*[\"']?((?:https?:)?//[^\"'\\s>]+)");

  private static final Pattern URL_ORIGIN = Pattern.compile("(?i)(https?://[^/?#\\s]+)");

  private final Filer filer;
  private String bridge;

  public WidgetReader(Filer filer) {
    this.filer = filer;
  }

  /**
   * The widget side of a class from its tool methods ({@code tools}: tool name → method, in
   * declaration order); errors go to {@code report}. A {@code ui://} URI declared on several tools
   * must be declared the same way on each.
   */
  public WidgetComponent read(Map<String, ExecutableElement> tools, Report report) {
    Map<String, ToolWidget> byTool = new LinkedHashMap<>();
    Map<String, Template> byUri = new LinkedHashMap<>();
    Map<String, ExecutableElement> declaredOn = new LinkedHashMap<>();
    for (Map.Entry<String, ExecutableElement> tool : tools.entrySet()) {
      ExecutableElement method = tool.getValue();
      Optional<ToolWidget> widget = read(method, report);
      if (widget.isEmpty()) {
        continue;
      }
      Template t = widget.get().template();
      if (t != null) {
        Template first = byUri.putIfAbsent(t.declaredUri(), t);
        if (first == null) {
          declaredOn.put(t.declaredUri(), method);
        } else if (!first.sameAs(t)) {
          AnnotationMirror m = Mirrors.find(method, AnnotationNames.OUTPUT_TEMPLATE).orElseThrow();
          report.error(Diagnostic.McpWidgetUriConflict, method, m, Mirrors.explicit(m, "uri"), t.declaredUri(),
              declaredOn.get(t.declaredUri()).getSimpleName());
          continue;
        }
      }
      byTool.put(tool.getKey(), widget.get());
    }
    return new WidgetComponent(byTool, new ArrayList<>(byUri.values()));
  }

  /** The widget keys of {@code method}, or empty if it has none or they have errors (in {@code report}). */
  public Optional<ToolWidget> read(ExecutableElement method, Report report) {
    int errors = report.errorCount();
    Optional<AnnotationMirror> outputTemplate = Mirrors.find(method, AnnotationNames.OUTPUT_TEMPLATE);
    // A malformed ui:// URI is reported by the component validator; nothing more to say about it.
    Template template = outputTemplate
        .filter(m -> UiUri.problem(string(m, "uri", "")) == null)
        .map(m -> template(method, m, report))
        .orElse(null);
    String invoking = outputTemplate.map(m -> status(method, m, "invoking", report)).orElse(null);
    String invoked = outputTemplate.map(m -> status(method, m, "invoked", report)).orElse(null);
    String visibility =
        Mirrors.find(method, AnnotationNames.WIDGET_ACCESSIBLE).map(m -> enumConstant(m, "visibility", "MODEL_AND_APP")).orElse(null);

    Optional<SecurityAnnotation> security = SecurityAnnotation.read(method, report);
    List<String> schemes = security.map(SecurityAnnotation::schemes).orElse(List.of());
    List<String> scopes = security.map(SecurityAnnotation::scopes).orElse(List.of());

    ToolWidget widget =
        new ToolWidget(template, visibility, invoking, invoked, fileParams(method), schemes, scopes);
    return report.errorCount() > errors || widget.isEmpty() ? Optional.empty() : Optional.of(widget);
  }

  private String status(ExecutableElement method, AnnotationMirror m, String member, Report report) {
    String text = string(m, member, "");
    if (text.isEmpty()) {
      return null;
    }
    if (text.codePointCount(0, text.length()) > MAX_STATUS_LENGTH) {
      report.error(
          Diagnostic.McpStatusTextTooLong, method, m, Mirrors.explicit(m, member), member,
          text.codePointCount(0, text.length()), MAX_STATUS_LENGTH);
      return null;
    }
    return text;
  }

  private static List<String> fileParams(ExecutableElement method) {
    List<String> names = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      if (isFileRef(p.asType())) {
        String name = Mirrors.find(p, AnnotationNames.PARAM).map(m -> string(m, "name", "")).orElse("");
        names.add(name.isEmpty() ? p.getSimpleName().toString() : name);
      }
    }
    return names;
  }

  private static boolean isFileRef(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((javax.lang.model.element.TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(FILE_REF);
  }

  private Template template(ExecutableElement method, AnnotationMirror m, Report report) {
    int errors = report.errorCount();
    String declaredUri = string(m, "uri", "");
    Csp csp = csp(method, m, report);
    String domain = string(m, "domain", "").trim();
    if (!domain.isEmpty() && !ORIGIN.matcher(domain).matches()) {
      report.error(Diagnostic.McpInvalidWidgetOrigin, method, m, Mirrors.explicit(m, "domain"), "domain", domain);
    }
    List<String> permissions = new ArrayList<>();
    for (String name : enumConstants(m, "permissions", List.of())) {
      String wire = camel(name);
      if (!permissions.contains(wire)) {
        permissions.add(wire);
      }
    }
    AnnotationValue explicitBorder = Mirrors.explicit(m, "prefersBorder");
    Boolean prefersBorder = explicitBorder == null ? null : (Boolean) explicitBorder.getValue();

    String htmlPath = string(m, "html", "").trim();
    while (htmlPath.startsWith("/")) {
      htmlPath = htmlPath.substring(1);
    }
    String html = null;
    if (htmlPath.isEmpty()) {
      report.error(Diagnostic.McpWidgetHtmlMissing, method, m, Mirrors.explicit(m, "html"), "(none)",
          "set html to a class-path resource, e.g. html = \"widgets/board.html\" for src/main/resources/widgets/board.html");
    } else {
      html = load(htmlPath);
      if (html == null) {
        report.error(Diagnostic.McpWidgetHtmlMissing, method, m, Mirrors.explicit(m, "html"), htmlPath,
            "put it under src/main/resources/" + htmlPath + " (or next to the sources)");
      } else if (!looksLikeHtml(html)) {
        report.error(Diagnostic.McpWidgetNotHtml, method, m, Mirrors.explicit(m, "html"), htmlPath);
      } else {
        warnRemoteWithoutCsp(method, m, htmlPath, html, csp, report);
      }
    }
    String document = html;
    boolean bridge = bool(m, "bridge", true);
    if (html != null && bridge) {
      String script = bridge();
      if (script == null) {
        report.error(Diagnostic.McpWidgetBridgeMissing, method, m, null, RuntimeTypes.WIDGET_BRIDGE_PACKAGE.replace('.', '/') + "/" + RuntimeTypes.WIDGET_BRIDGE_FILE);
      } else {
        document = inline(html, script);
      }
    }
    if (report.errorCount() > errors) {
      return null;
    }
    String description = string(m, "description", "");
    String name = declaredUri.startsWith("ui://") ? declaredUri.substring("ui://".length()) : declaredUri;
    Template draft =
        new Template(declaredUri, declaredUri, null, name, description, prefersBorder, domain, csp, permissions,
            htmlPath, document, bridge, "");
    String hash = hash(document + "\n" + WidgetJson.resourceMeta(draft));
    String uri = bool(m, "versioned", true) ? withQuery(declaredUri, "v=" + hash) : declaredUri;
    String skybridge = bool(m, "skybridge", false) ? withQuery(uri, "skybridge=1") : null;
    return new Template(declaredUri, uri, skybridge, name, description, prefersBorder, domain, csp, permissions,
        htmlPath, document, bridge, hash);
  }

  /**
   * Warns once per origin that {@code html} loads a script or stylesheet from, but that
   * {@code csp.resource} does not declare: hosts sandbox widgets with a CSP built from it, so the
   * load would fail in the host only, at run time.
   */
  private static void warnRemoteWithoutCsp(
      ExecutableElement method, AnnotationMirror m, String htmlPath, String html, Csp csp, Report report) {
    List<String> warned = new ArrayList<>();
    java.util.regex.Matcher tag = REMOTE_LOAD.matcher(html);
    while (tag.find()) {
      String origin = origin(tag.group(3));
      if (origin == null || warned.contains(origin) || declares(csp.resource(), origin)) {
        continue;
      }
      warned.add(origin);
      String what = tag.group(1).equalsIgnoreCase("script") ? "a script" : "a stylesheet or other resource";
      AnnotationValue at = Mirrors.explicit(m, "csp");
      report.warning(Diagnostic.McpWidgetRemoteWithoutCsp, method, m, at != null ? at : Mirrors.explicit(m, "html"),
          htmlPath, what, origin);
    }
  }

  /** {@code scheme://host[:port]} of an absolute or scheme-relative URL (https assumed), or null. */
  static String origin(String url) {
    String u = url.startsWith("//") ? "https:" + url : url;
    java.util.regex.Matcher o = URL_ORIGIN.matcher(u);
    return o.lookingAt() ? o.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Whether {@code origins} allows {@code origin}, exactly or through a {@code *.} wildcard (subdomains only, as in CSP). */
  static boolean declares(List<String> origins, String origin) {
    for (String declared : origins) {
      String d = declared.toLowerCase(Locale.ROOT);
      int wildcard = d.indexOf("://*.");
      if (d.equals(origin)) {
        return true;
      }
      if (wildcard > 0) {
        String scheme = d.substring(0, wildcard + 3);
        String suffix = d.substring(wildcard + 4);
        if (origin.startsWith(scheme) && origin.endsWith(suffix) && origin.length() > scheme.length() + suffix.length()) {
          return true;
        }
      }
    }
    return false;
  }

  private Csp csp(ExecutableElement method, AnnotationMirror m, Report report) {
    AnnotationValue value = Mirrors.explicit(m, "csp");
    if (value == null || !(value.getValue() instanceof AnnotationMirror csp)) {
      return new Csp(List.of(), List.of(), List.of(), List.of(), List.of());
    }
    List<List<String>> lists = new ArrayList<>();
    for (String member : new String[] {"connect", "resource", "frame", "redirect", "baseUri"}) {
      List<String> origins = new ArrayList<>();
      for (String origin : strings(csp, member)) {
        String o = origin.trim();
        if (!ORIGIN.matcher(o).matches()) {
          report.error(Diagnostic.McpInvalidWidgetOrigin, method, m, value, "csp." + member, origin);
        } else if (!origins.contains(o)) {
          origins.add(o);
        }
      }
      lists.add(origins);
    }
    return new Csp(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4));
  }

  // Values are read only where written; defaults are the annotations' own, restated here. The
  // defaults of annotations loaded from class files can still be unresolved proxies while javac
  // runs processors (reading one throws), and every default of these annotations is known.

  private static String string(AnnotationMirror m, String member, String fallback) {
    AnnotationValue v = Mirrors.explicit(m, member);
    return v != null && v.getValue() instanceof String s ? s : fallback;
  }

  private static boolean bool(AnnotationMirror m, String member, boolean fallback) {
    AnnotationValue v = Mirrors.explicit(m, member);
    return v != null && v.getValue() instanceof Boolean b ? b : fallback;
  }

  private static List<String> strings(AnnotationMirror m, String member) {
    List<String> out = new ArrayList<>();
    for (Object o : list(Mirrors.explicit(m, member))) {
      if (o instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  private static String enumConstant(AnnotationMirror m, String member, String fallback) {
    AnnotationValue v = Mirrors.explicit(m, member);
    return v != null && v.getValue() instanceof VariableElement e ? e.getSimpleName().toString() : fallback;
  }

  private static List<String> enumConstants(AnnotationMirror m, String member, List<String> fallback) {
    AnnotationValue v = Mirrors.explicit(m, member);
    if (v == null) {
      return fallback;
    }
    List<String> out = new ArrayList<>();
    for (Object o : list(v)) {
      if (o instanceof VariableElement e) {
        out.add(e.getSimpleName().toString());
      }
    }
    return out;
  }

  /** The values of an array member (a single value written without braces counts as one). */
  private static List<Object> list(AnnotationValue v) {
    if (v == null) {
      return List.of();
    }
    List<Object> out = new ArrayList<>();
    if (v.getValue() instanceof List<?> values) {
      for (Object o : values) {
        out.add(((AnnotationValue) o).getValue());
      }
    } else {
      out.add(v.getValue());
    }
    return out;
  }

  /** The resource's text, from the first location that has it, or null. */
  private String load(String path) {
    for (StandardLocation location :
        new StandardLocation[] {StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH}) {
      try {
        FileObject file = filer.getResource(location, "", path);
        try (InputStream in = file.openInputStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // not there (or not a location this compiler knows): try the next one
      }
    }
    return null;
  }

  /** The bridge script from the class path of the compilation (the runtime jar), or null. */
  private String bridge() {
    if (bridge == null) {
      try {
        FileObject file = filer.getResource(StandardLocation.CLASS_PATH, RuntimeTypes.WIDGET_BRIDGE_PACKAGE, RuntimeTypes.WIDGET_BRIDGE_FILE);
        try (InputStream in = file.openInputStream()) {
          bridge = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        return null;
      }
    }
    return bridge;
  }

  private static boolean looksLikeHtml(String html) {
    String lower = html.stripLeading().toLowerCase(Locale.ROOT);
    return lower.startsWith("<!doctype html") || lower.contains("<html");
  }

  /**
   * {@code html} with {@code script} inlined right after its {@code <meta charset>}; a document
   * without one gets {@code <meta charset="utf-8">} first, at the top of {@code <head>} or after
   * the doctype (browsers look for the charset in the first 1,024 bytes only, and the bridge is
   * longer). Unchanged if it already has the bridge. (The runtime's {@code WidgetBridge.inline}
   * does the same for documents built at run time.)
   */
  static String inline(String html, String script) {
    if (html.contains(BRIDGE_MARKER)) {
      return html;
    }
    String tag = "<script>\n" + script.replace("</script", "<\\/script") + "\n</script>\n";
    String lower = html.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf("<meta"); at >= 0; at = lower.indexOf("<meta", at + 5)) {
      int end = lower.indexOf('>', at);
      if (end < 0) {
        break;
      }
      if (lower.substring(at, end).contains("charset")) {
        return html.substring(0, end + 1) + "\n" + tag + html.substring(end + 1);
      }
    }
    tag = "<meta charset=\"utf-8\">\n" + tag;
    int head = lower.indexOf("<head");
    if (head >= 0) {
      int end = lower.indexOf('>', head);
      if (end >= 0) {
        return html.substring(0, end + 1) + "\n" + tag + html.substring(end + 1);
      }
    }
    int doctype = lower.startsWith("<!doctype") ? lower.indexOf('>') + 1 : 0;
    return html.substring(0, doctype) + tag + html.substring(doctype);
  }

  static String withQuery(String uri, String parameter) {
    int fragment = uri.indexOf('#');
    String base = fragment >= 0 ? uri.substring(0, fragment) : uri;
    String tail = fragment >= 0 ? uri.substring(fragment) : "";
    return base + (base.contains("?") ? "&" : "?") + parameter + tail;
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code CLIPBOARD_WRITE} → {@code clipboardWrite}. */
  static String camel(String constant) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
