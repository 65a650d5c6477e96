package dev.mcpapt.processor.display;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.mcpapt.processor.Compilations;
import dev.mcpapt.processor.diag.Diagnostic;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @Icon}, resource annotations, prompt argument titles and the tool's annotations.title in the descriptor file. */
public class DisplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The diagnostics these tests provoke. */
  public static final java.util.Set<Diagnostic> COVERED =
      java.util.EnumSet.of(Diagnostic.McpInvalidIcon, Diagnostic.McpInvalidResourceAnnotations);

  /** The compiler these cases run under; {@code EclipseDisplayTest} runs them under ecj. */
  Compilations.Tool tool() {
    return Compilations.Tool.JAVAC;
  }

  private Compiler compiler(File... extraClassPath) {
    return tool().withClassPath(Compilations.classPath(extraClassPath));
  }

  private static final String GOOD = """
      package good;

      import dev.mcpapt.annotations.Icon;
      import dev.mcpapt.annotations.Param;
      import dev.mcpapt.annotations.Prompt;
      import dev.mcpapt.annotations.Resource;
      import dev.mcpapt.annotations.ResourceTemplate;
      import dev.mcpapt.annotations.Role;
      import dev.mcpapt.annotations.Tool;

      public class Shown {
        /** Adds two numbers. */
        @Tool(title = "Add numbers", readOnlyHint = true)
        @Icon(src = "https://example.com/add.svg", mimeType = "image/svg+xml", sizes = "any", theme = Icon.Theme.DARK)
        @Icon(resource = "icons/dot.png", sizes = {"1x1", "16x16"})
        public int add(int a, int b) {
          return a + b;
        }

        /** Returns its argument. */
        @Tool
        public int plain(int a) {
          return a;
        }

        @Resource(uri = "notes://today", audience = {Role.USER, Role.ASSISTANT}, priority = 0.8)
        @Icon(src = "data:image/png;base64,iVBORw0KGgo=")
        public String today() {
          return "notes";
        }

        @ResourceTemplate(uriTemplate = "notes://{day}", audience = Role.ASSISTANT)
        @Icon(src = "https://example.com/day.png")
        public String day(String day) {
          return day;
        }

        @Prompt
        @Icon(src = "https://example.com/ask.png")
        public String ask(@Param(title = "Topic of the question") String topic, String tone) {
          return topic + tone;
        }
      }
      """;

  private static JsonNode descriptor(Compilation compilation, String binaryName) throws Exception {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/mcp/" + binaryName + ".json")
        .orElseThrow();
    return JSON.readTree(file.openInputStream());
  }

  @Test
  void iconsAnnotationsAndTitlesReachTheDescriptor() throws Exception {
    Compilation compilation = compiler().compile(Compilations.source("good.Shown", GOOD));
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode d = descriptor(compilation, "good.Shown");

    JsonNode add = d.get("tools").get(0);
    assertEquals("add", add.get("name").asText());
    JsonNode icon = add.get("icons").get(0);
    assertEquals("https://example.com/add.svg", icon.get("src").asText());
    assertEquals("image/svg+xml", icon.get("mimeType").asText());
    assertEquals("[\"any\"]", icon.get("sizes").toString());
    assertEquals("dark", icon.get("theme").asText());
    JsonNode embedded = add.get("icons").get(1);
    byte[] png = Files.readAllBytes(Path.of(getClass().getResource("/icons/dot.png").toURI()));
    assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(png), embedded.get("src").asText());
    assertEquals("image/png", embedded.get("mimeType").asText());
    assertFalse(embedded.has("theme"));
    assertEquals("Add numbers", add.get("annotations").get("title").asText(), "for 2025-03-26 clients");
    assertTrue(add.get("annotations").get("readOnlyHint").asBoolean());
    JsonNode plain = d.get("tools").get(1);
    assertFalse(plain.has("icons"));
    assertFalse(plain.has("annotations"));

    JsonNode resource = d.get("resources").get(0);
    assertEquals("[\"user\",\"assistant\"]", resource.get("annotations").get("audience").toString());
    assertEquals(0.8, resource.get("annotations").get("priority").asDouble());
    assertEquals("data:image/png;base64,iVBORw0KGgo=", resource.get("icons").get(0).get("src").asText());
    JsonNode template = d.get("resourceTemplates").get(0);
    assertEquals("[\"assistant\"]", template.get("annotations").get("audience").toString());
    assertFalse(template.get("annotations").has("priority"));
    assertEquals("https://example.com/day.png", template.get("icons").get(0).get("src").asText());
    JsonNode prompt = d.get("prompts").get(0);
    assertEquals("https://example.com/ask.png", prompt.get("icons").get(0).get("src").asText());
    assertEquals("Topic of the question", prompt.get("arguments").get(0).get("title").asText());
    assertFalse(prompt.get("arguments").get(1).has("title"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "@Icon(src = \"http://example.com/a.png\") | must be an https: URL or a data: URI",
      "@Icon(src = \"https:///a.png\") | has no host",
      "@Icon(src = \"data:text/html;base64,PGI+\") | is not an image type",
      "@Icon(src = \"data:image/png;base64,%%%\") | base64 does not decode",
      "@Icon(src = \"https://example.com/a.png\", mimeType = \"text/plain\") | is not an image type such as image/png",
      "@Icon(src = \"https://example.com/a.png\", sizes = \"48\") | size \"48\" is not WxH",
      "@Icon(src = \"https://example.com/a.png\", resource = \"icons/dot.png\") | give exactly one of src",
      "@Icon | give exactly one of src",
      "@Icon(resource = \"icons/missing.png\") | was not found",
      "@Icon(resource = \"icons/dot.bin\") | set mimeType"})
  void badIconsAreCompileErrors(String icon, String message) {
    JavaFileObject source = Compilations.source("bad.BadIcon", """
        package bad;

        import dev.mcpapt.annotations.Icon;
        import dev.mcpapt.annotations.Tool;

        public class BadIcon {
          @Tool
          %s
          public int add(int a) {
            return a;
          }
        }
        """.formatted(icon));
    Compilation compilation = compiler().compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.McpInvalidIcon.tag()).inFile(source).onLineContaining("@Icon");
    assertThat(compilation).hadErrorContaining(message);
  }

  @Test
  void aLargeClassPathIconIsACompileError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("icons"));
    Files.write(dir.resolve("icons/huge.png"), new byte[dev.mcpapt.processor.validation.DisplayValidator.MAX_RESOURCE_BYTES + 1]);
    JavaFileObject source = Compilations.source("bad.Huge", """
        package bad;

        import dev.mcpapt.annotations.Icon;
        import dev.mcpapt.annotations.Tool;

        public class Huge {
          @Tool
          @Icon(resource = "icons/huge.png")
          public int add(int a) {
            return a;
          }
        }
        """);
    Compilation compilation = compiler(dir.toFile()).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("more than the 65536 embedded at most");
  }

  @Test
  void iconsOnOtherMethodsAndPrioritiesOutOfRangeAreCompileErrors() {
    JavaFileObject source = Compilations.source("bad.Misplaced", """
        package bad;

        import dev.mcpapt.annotations.Icon;
        import dev.mcpapt.annotations.Resource;
        import dev.mcpapt.annotations.Tool;

        public class Misplaced {
          @Tool
          public int add(int a) {
            return a;
          }

          @Icon(src = "https://example.com/a.png")
          public void helper() {}

          @Resource(uri = "notes://x", priority = 1.5)
          public String notes() {
            return "";
          }
        }
        """);
    Compilation compilation = compiler().compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(Diagnostic.McpInvalidIcon.tag()).inFile(source)
        .onLineContaining("@Icon(src");
    assertThat(compilation).hadErrorContaining("applies to @Tool, @Resource, @ResourceTemplate and @Prompt methods only");
    assertThat(compilation).hadErrorContaining(Diagnostic.McpInvalidResourceAnnotations.tag()).inFile(source)
        .onLineContaining("priority = 1.5");
    assertThat(compilation).hadErrorContaining("priority 1.5 is not within [0, 1]");
  }
}
