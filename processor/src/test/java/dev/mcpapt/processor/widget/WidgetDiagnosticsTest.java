package dev.mcpapt.processor.widget;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.mcpapt.annotations.OutputTemplate;
import dev.mcpapt.processor.Covers;
import dev.mcpapt.processor.Compilations;
import dev.mcpapt.processor.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One negative test per widget diagnostic: the id, and the line it is reported on. */
public class WidgetDiagnosticsTest {
  private static JavaFileObject source(String body) {
    return Compilations.source(
        "test.bad.Bad",
        """
        package test.bad;

        import dev.mcpapt.annotations.OutputTemplate;
        import dev.mcpapt.annotations.Security;
        import dev.mcpapt.annotations.Tool;

        public class Bad {
        """
            + body
            + "\n}\n");
  }

  /** The compiler these cases run under; {@code EclipseWidgetDiagnosticsTest} runs them under ecj. */
  Compilations.Tool tool() {
    return Compilations.Tool.JAVAC;
  }

  private Compilation compile(JavaFileObject source) {
    return tool().compiler().compile(source);
  }

  @Test
  @Covers(Diagnostic.McpWidgetHtmlMissing)
  void htmlMissing() {
    JavaFileObject src =
        source(
            """
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html",
                  html = "widgets/nowhere.html")
              public String a() { return ""; }

              @Tool
              @OutputTemplate(uri = "ui://bad/b.html")
              public String b() { return ""; }
            """);
    Compilation c = compile(src);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining(Diagnostic.McpWidgetHtmlMissing.tag() + " @OutputTemplate html \"widgets/nowhere.html\" was not found")
        .inFile(src).onLineContaining("html = \"widgets/nowhere.html\"");
    assertThat(c).hadErrorContaining(Diagnostic.McpWidgetHtmlMissing.tag() + " @OutputTemplate html \"(none)\"")
        .inFile(src).onLineContaining("@OutputTemplate(uri = \"ui://bad/b.html\")");
  }

  @Test
  @Covers(Diagnostic.McpWidgetNotHtml)
  void notHtml() {
    JavaFileObject src =
        source(
            """
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/fragment.html")
              public String a() { return ""; }
            """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpWidgetNotHtml.tag()).inFile(src).onLineContaining("fragment.html");
  }

  @Test
  @Covers(Diagnostic.McpStatusTextTooLong)
  void statusTextTooLong() {
    String text = "x".repeat(65);
    JavaFileObject src =
        source(
            """
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/board.html",
                  invoked = "%s")
              public String a() { return ""; }
            """.formatted(text));
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpStatusTextTooLong.tag() + " @OutputTemplate invoked text is 65 characters long; hosts show at most 64")
        .inFile(src).onLineContaining("invoked =");
  }

  @Test
  void sixtyFourCharactersAreFine() {
    JavaFileObject src =
        source(
            """
              /** Shows the board. */
              @Tool
              @OutputTemplate(uri = "ui://ok/a.html", html = "widgets/board.html", invoking = "%s")
              public java.util.Map<String, String> a() { return java.util.Map.of(); }
            """.formatted("é".repeat(64)));
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  @Covers(Diagnostic.McpInvalidWidgetOrigin)
  void invalidOrigins() {
    JavaFileObject src =
        source(
            """
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/board.html",
                  domain = "board.example.com",
                  csp = @OutputTemplate.Csp(connect = {"https://api.example.com/v1", "https://ok.example.com"},
                      resource = "https://cdn.example.com; script-src *"))
              public String a() { return ""; }
            """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining(Diagnostic.McpInvalidWidgetOrigin.tag() + " @OutputTemplate domain entry \"board.example.com\"")
        .inFile(src).onLineContaining("domain = ");
    assertThat(c).hadErrorContaining("csp.connect entry \"https://api.example.com/v1\" is not an origin")
        .inFile(src).onLineContaining("csp = ");
    assertThat(c).hadErrorContaining("csp.resource entry \"https://cdn.example.com; script-src *\" is not an origin")
        .inFile(src).onLineContaining("csp = ");
  }

  @Test
  @Covers(Diagnostic.McpWidgetRemoteWithoutCsp)
  void remoteScriptsAndStylesWithoutCspAreWarnedOncePerOrigin() {
    JavaFileObject src =
        source(
            """
              /** Shows the chart. */
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/remote.html",
                  csp = @OutputTemplate.Csp(resource = "https://fonts.example.net"))
              public String a() { return ""; }
            """);
    Compilation c = compile(src);
    // Only warnings: the widget is still generated.
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(2);
    assertThat(c).hadWarningContaining(Diagnostic.McpWidgetRemoteWithoutCsp.tag()
            + " @OutputTemplate html \"widgets/remote.html\" loads a script from https://cdn.example.com")
        .inFile(src).onLineContaining("csp = ");
    assertThat(c).hadWarningContaining("loads a script from https://static.example.org")
        .inFile(src).onLineContaining("csp = ");
    assertThat(c).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/mcp/test.bad.Bad.json");
  }

  @Test
  void remoteLoadsDeclaredInTheCspOrSuppressedAreNotWarned() {
    JavaFileObject declared =
        source(
            """
              /** Shows the chart. */
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/remote.html",
                  csp = @OutputTemplate.Csp(resource = {"https://fonts.example.net", "https://*.example.com",
                      "https://static.example.org"}))
              public String a() { return ""; }
            """);
    assertThat(compile(declared)).succeededWithoutWarnings();

    JavaFileObject suppressed =
        source(
            """
              /** Shows the chart. */
              @Tool
              @SuppressWarnings("mcp-McpWidgetRemoteWithoutCsp")
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/remote.html")
              public String a() { return ""; }
            """);
    assertThat(compile(suppressed)).succeededWithoutWarnings();
  }

  @Test
  void aWildcardOriginCoversSubdomainsOnly() {
    assertEquals(true, WidgetReader.declares(List.of("https://*.example.com"), "https://cdn.example.com"));
    assertEquals(false, WidgetReader.declares(List.of("https://*.example.com"), "https://example.com"));
    assertEquals(false, WidgetReader.declares(List.of("https://*.example.com"), "http://cdn.example.com"));
    assertEquals(false, WidgetReader.declares(List.of("https://*.example.com"), "https://cdn.example.com.evil.net"));
    assertEquals("https://static.example.org", WidgetReader.origin("//static.example.org/util.js"));
    assertEquals("https://cdn.example.com:8443", WidgetReader.origin("https://CDN.example.com:8443/a.js?x=1"));
  }

  @Test
  @Covers(Diagnostic.McpInvalidSecurity)
  void invalidSecurity() {
    JavaFileObject src =
        source(
            """
              @Tool
              @Security(value = Security.Scheme.NOAUTH,
                  scopes = "board.read")
              public String a() { return ""; }

              @Tool
              @Security({})
              public String b() { return ""; }
            """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining(Diagnostic.McpInvalidSecurity.tag() + " @Security is invalid: scopes need the OAUTH2 scheme")
        .inFile(src).onLineContaining("scopes = \"board.read\"");
    assertThat(c).hadErrorContaining(Diagnostic.McpInvalidSecurity.tag() + " @Security is invalid: it lists no scheme")
        .inFile(src).onLineContaining("@Security({})");
  }

  @Test
  @Covers(Diagnostic.McpSecurityWithoutTool)
  void securityWithoutTool() {
    JavaFileObject src =
        source(
            """
              @Tool
              public String a() { return ""; }

              @Security(scopes = "x")
              public String b() { return ""; }
            """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpSecurityWithoutTool.tag() + " @Security only applies to @Tool, @Resource, @ResourceTemplate and @Prompt methods; add one to b")
        .inFile(src).onLineContaining("@Security(scopes = \"x\")");
  }

  @Test
  void securityOnResourcesAndPromptsIsWrittenToTheirMeta() throws Exception {
    JavaFileObject src = Compilations.source("test.sec.Docs", """
        package test.sec;

        import dev.mcpapt.annotations.Prompt;
        import dev.mcpapt.annotations.Resource;
        import dev.mcpapt.annotations.ResourceTemplate;
        import dev.mcpapt.annotations.Security;

        public class Docs {
          @Resource(uri = "docs://secret")
          @Security(scopes = "docs.read")
          public String secret() { return "s"; }

          @ResourceTemplate(uriTemplate = "docs://pages/{id}")
          @Security({Security.Scheme.NOAUTH, Security.Scheme.OAUTH2})
          public String page(String id) { return id; }

          @Prompt
          @Security(scopes = {"docs.read", "docs.write"})
          public String review() { return "review"; }

          @Resource(uri = "docs://open")
          public String open() { return "o"; }
        }
        """);
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    com.fasterxml.jackson.databind.JsonNode d = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        c.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/mcp/test.sec.Docs.json").orElseThrow()
            .getCharContent(false).toString());
    java.util.Map<String, String> byUri = new java.util.HashMap<>();
    d.get("resources").forEach(r -> byUri.put(r.get("uri").asText(), r.path("_meta").path("securitySchemes").toString()));
    assertEquals("[{\"type\":\"oauth2\",\"scopes\":[\"docs.read\"]}]", byUri.get("docs://secret"));
    assertEquals("", byUri.get("docs://open"), "no @Security, no _meta");
    assertEquals("[{\"type\":\"noauth\"},{\"type\":\"oauth2\"}]",
        d.get("resourceTemplates").get(0).path("_meta").path("securitySchemes").toString());
    assertEquals("[{\"type\":\"oauth2\",\"scopes\":[\"docs.read\",\"docs.write\"]}]",
        d.get("prompts").get(0).path("_meta").path("securitySchemes").toString());
  }

  @Test
  @Covers(Diagnostic.McpInvalidSecurity)
  void scopesMustBeScopeTokens() {
    JavaFileObject src =
        source(
            """
              @Tool
              @Security(scopes = "tasks read")
              public String a() { return ""; }
            """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpInvalidSecurity.tag() + " @Security is invalid: scope \"tasks read\" is not an OAuth scope token")
        .inFile(src).onLineContaining("@Security(scopes = \"tasks read\")");
  }

  @Test
  @Covers(Diagnostic.McpWidgetUriConflict)
  void uriDeclaredTwoWays() {
    JavaFileObject src =
        source(
            """
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/board.html")
              public java.util.Map<String, String> first() { return java.util.Map.of(); }

              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/board.html", description = "other")
              public java.util.Map<String, String> second() { return java.util.Map.of(); }

              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/board.html")
              public java.util.Map<String, String> third() { return java.util.Map.of(); }
            """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpWidgetUriConflict.tag() + " Widget ui://bad/a.html is declared differently on first")
        .inFile(src).onLineContaining("description = \"other\"");
  }

  @Test
  @Covers(Diagnostic.McpWidgetBridgeMissing)
  void bridgeMissing(@TempDir Path classes) throws Exception {
    copyAnnotations(classes);
    JavaFileObject src =
        source(
            """
              @Tool
              @OutputTemplate(uri = "ui://bad/a.html", html = "widgets/board.html")
              public String a() { return ""; }
            """);
    Path html = classes.resolve("widgets/board.html");
    Files.createDirectories(html.getParent());
    try (InputStream in = WidgetDiagnosticsTest.class.getResourceAsStream("/widgets/board.html")) {
      Files.copy(in, html);
    }
    Compilation c =
        tool().withClassPath(List.of(classes.toFile())).compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpWidgetBridgeMissing.tag() + " The widget bridge dev/mcpapt/widget/mcp-widget.js is not on the class path")
        .inFile(src).onLineContaining("@OutputTemplate(");
  }

  /** The annotation classes alone (no runtime jar, so no bridge), from wherever the tests load them. */
  private static void copyAnnotations(Path target) throws IOException, URISyntaxException {
    Path from = Path.of(OutputTemplate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = target.resolve("dev/mcpapt/annotations");
    Files.createDirectories(dir);
    if (Files.isDirectory(from)) {
      try (Stream<Path> files = Files.list(from.resolve("dev/mcpapt/annotations"))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
      }
    } else {
      try (JarFile jar = new JarFile(from.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          JarEntry entry = e.nextElement();
          if (entry.getName().startsWith("dev/mcpapt/annotations/") && entry.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              Files.copy(in, target.resolve(entry.getName()));
            }
          }
        }
      }
    }
  }
}
