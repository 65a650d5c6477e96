package dev.mcpapt.processor.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.processor.Compilations;
import dev.mcpapt.processor.McpProcessor;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under plain javac, the way Maven runs it: annotations read from class files on
 * the class path, output to a directory that already holds the copied resources.
 */
class WidgetJavacTest {
  @Test
  void widgetAccessibleAndOutputTemplateOnOneMethod(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/p/W.java");
    Files.createDirectories(src.getParent());
    Files.writeString(
        src,
        """
        package p;

        import dev.mcpapt.annotations.OutputTemplate;
        import dev.mcpapt.annotations.Tool;
        import dev.mcpapt.annotations.WidgetAccessible;

        public class W {
          public static final String URI = "ui://w/w.html";

          public record Count(int n) {}

          /** Shows the count. */
          @Tool
          @WidgetAccessible
          @OutputTemplate(uri = URI, html = "w/w.html", prefersBorder = true)
          public Count show() {
            return new Count(1);
          }
        }
        """);
    Path out = dir.resolve("classes");
    Files.createDirectories(out.resolve("w"));
    Files.writeString(out.resolve("w/w.html"), "<!doctype html><html><head></head><body></body></html>");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      String classpath = Compilations.classPath(out.toFile()).stream().map(File::toString)
          .collect(java.util.stream.Collectors.joining(File.pathSeparator));
      var task =
          javac.getTask(messages, files, null, List.of("-d", out.toString(), "-classpath", classpath), null,
              files.getJavaFileObjects(src.toFile()));
      task.setProcessors(List.of(new McpProcessor()));
      boolean ok = task.call();
      assertTrue(ok, messages.toString());
    }
    assertEquals("", messages.toString().strip());
    String descriptor = Files.readString(out.resolve("META-INF/mcp/p.W.json"));
    assertTrue(descriptor.contains("\"openai/widgetAccessible\": true"), descriptor);
    assertTrue(descriptor.contains("\"openai/outputTemplate\": \"ui://w/w.html?v="), descriptor);
    assertTrue(Files.exists(out.resolve("META-INF/mcp/p.W.widgets.json")));
  }
}
