package dev.mcpapt.processor.widget;

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
 * parameters of one {@code @Tool} method into a {@link ToolWidget}, and keeps what was written in
 * a {@link WidgetDeclaration} that {@code validation.WidgetValidator} checks (status texts, CSP
 * origins, domain, the HTML and the bridge, one declaration per {@code ui://} URI).
 *
 * <ol>
 *   <li>Read each annotation through its mirror; note which values were written explicitly.
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
  public static final Pattern ORIGIN =
      Pattern.compile("(?i)(https?|wss?)://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");

  /** A {@code <script src>} or {@code <link href>} pointing at another origin. */
  public static final Pattern REMOTE_LOAD =
      Pattern.compile("(?i)<(script|link)\\b[^>]*?\\b(src|href)\\s*=\\s*[\"']?((?:https?:)?//[^\"'\\s>]+)");

  private static final Pattern URL_ORIGIN = Pattern.compile("(?i)(https?://[^/?#\\s]+)");

  private final Filer filer;
  private String bridge;

  public WidgetReader(Filer filer) {
    this.filer = filer;
  }

  /**
   * The widget side of a class from its tool methods ({@code tools}: tool name → method, in
   * declaration order). A {@code ui://} URI declared on several tools is served as first declared.
   */
  public WidgetComponent read(Map<String, ExecutableElement> tools) {
    Map<String, ToolWidget> byTool = new LinkedHashMap<>();
    Map<String, Template> byUri = new LinkedHashMap<>();
    List<WidgetDeclaration> declarations = new ArrayList<>();
    for (Map.Entry<String, ExecutableElement> tool : tools.entrySet()) {
      WidgetDeclaration declaration = declaration(tool.getValue());
      declarations.add(declaration);
      ToolWidget widget = widget(declaration);
      if (widget.isEmpty()) {
        continue;
      }
      if (widget.template() != null) {
        byUri.putIfAbsent(widget.template().declaredUri(), widget.template());
      }
      byTool.put(tool.getKey(), widget);
    }
    return new WidgetComponent(byTool, new ArrayList<>(byUri.values()), declarations);
  }

  /** The widget annotations of {@code method} as written, with the HTML and bridge they load. */
  private WidgetDeclaration declaration(ExecutableElement method) {
    AnnotationMirror m = Mirrors.find(method, AnnotationNames.OUTPUT_TEMPLATE).orElse(null);
    if (m == null) {
      return new WidgetDeclaration(method, null, null, "", "", "", List.of(), null, null);
    }
    List<WidgetDeclaration.CspOrigin> origins = new ArrayList<>();
    AnnotationValue cspValue = Mirrors.explicit(m, "csp");
    if (cspValue != null && cspValue.getValue() instanceof AnnotationMirror csp) {
      for (String member : CSP_MEMBERS) {
        strings(csp, member).forEach(o -> origins.add(new WidgetDeclaration.CspOrigin(member, o)));
      }
    }
    // A malformed ui:// URI is reported by the validator; nothing more to read for it.
    Template template = UiUri.problem(string(m, "uri", "")) == null ? template(m, csp(origins)) : null;
    String html = template == null || template.htmlPath().isEmpty() ? null : load(template.htmlPath());
    String script = html != null && template.bridge() ? bridge() : null;
    if (template != null && html != null) {
      template = served(m, template, script == null ? html : inline(html, script));
    }
    return new WidgetDeclaration(method, m, template, string(m, "invoking", ""), string(m, "invoked", ""),
        string(m, "domain", "").trim(), List.copyOf(origins), html, script);
  }

  /** The widget keys of a tool; a status text too long to show is left out (the validator says so). */
  private static ToolWidget widget(WidgetDeclaration d) {
    ExecutableElement method = d.method();
    String visibility = Mirrors.find(method, AnnotationNames.WIDGET_ACCESSIBLE)
        .map(m -> enumConstant(m, "visibility", "MODEL_AND_APP")).orElse(null);
    Optional<SecurityAnnotation> security = SecurityAnnotation.read(method);
    List<String> schemes = security.map(SecurityAnnotation::schemes).orElse(List.of());
    List<String> scopes = security.map(SecurityAnnotation::scopes).orElse(List.of());
    return new ToolWidget(d.template(), visibility, status(d.invoking()), status(d.invoked()), fileParams(method),
        schemes, scopes);
  }

  private static String status(String text) {
    return text.isEmpty() || text.codePointCount(0, text.length()) > MAX_STATUS_LENGTH ? null : text;
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

  /** The widget of {@code m} before its document is loaded. */
  private static Template template(AnnotationMirror m, Csp csp) {
    String declaredUri = string(m, "uri", "");
    String domain = string(m, "domain", "").trim();
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
    String description = string(m, "description", "");
    String name = declaredUri.startsWith("ui://") ? declaredUri.substring("ui://".length()) : declaredUri;
    return new Template(declaredUri, declaredUri, null, name, description, prefersBorder, domain, csp, permissions,
        htmlPath, null, bool(m, "bridge", true), "");
  }

  /** {@code draft} serving {@code document}: its URI carries the hash of the document and its metadata. */
  private static Template served(AnnotationMirror m, Template draft, String document) {
    Template t = new Template(draft.declaredUri(), draft.uri(), null, draft.name(), draft.description(),
        draft.prefersBorder(), draft.domain(), draft.csp(), draft.permissions(), draft.htmlPath(), document,
        draft.bridge(), "");
    String hash = hash(document + "\n" + WidgetJson.resourceMeta(t));
    String uri = bool(m, "versioned", true) ? withQuery(t.declaredUri(), "v=" + hash) : t.declaredUri();
    String skybridge = bool(m, "skybridge", false) ? withQuery(uri, "skybridge=1") : null;
    return new Template(t.declaredUri(), uri, skybridge, t.name(), t.description(), t.prefersBorder(), t.domain(),
        t.csp(), t.permissions(), t.htmlPath(), document, t.bridge(), hash);
  }

  /** {@code scheme://host[:port]} of an absolute or scheme-relative URL (https assumed), or null. */
  public static String origin(String url) {
    String u = url.startsWith("//") ? "https:" + url : url;
    java.util.regex.Matcher o = URL_ORIGIN.matcher(u);
    return o.lookingAt() ? o.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Whether {@code origins} allows {@code origin}, exactly or through a {@code *.} wildcard (subdomains only, as in CSP). */
  public static boolean declares(List<String> origins, String origin) {
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

  private static final String[] CSP_MEMBERS = {"connect", "resource", "frame", "redirect", "baseUri"};

  /** The valid origins of each member, trimmed and without repeats (the validator reports the others). */
  private static Csp csp(List<WidgetDeclaration.CspOrigin> written) {
    List<List<String>> lists = new ArrayList<>();
    for (String member : CSP_MEMBERS) {
      List<String> origins = new ArrayList<>();
      for (WidgetDeclaration.CspOrigin o : written) {
        String origin = o.origin().trim();
        if (o.member().equals(member) && ORIGIN.matcher(origin).matches() && !origins.contains(origin)) {
          origins.add(origin);
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

  public static boolean looksLikeHtml(String html) {
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
