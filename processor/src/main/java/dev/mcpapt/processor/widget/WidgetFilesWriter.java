package dev.mcpapt.processor.widget;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mcpapt.processor.names.GeneratedNames;
import dev.mcpapt.processor.widget.WidgetModel.Template;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the widget files of one class to the class output: each served document, the index the
 * runtime loads ({@code META-INF/mcp/<class>.widgets.json}), and the TypeScript declarations of
 * its tools ({@code META-INF/mcp/<class>.d.ts}). Every file names the class as its originating
 * element, so incremental builds treat them as isolating outputs.
 */
public final class WidgetFilesWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Filer filer;

  public WidgetFilesWriter(Filer filer) {
    this.filer = filer;
  }

  /** Where the document of {@code t} is written: {@code META-INF/mcp/widgets/<class>/<file>-<hash>.html}. */
  public static String documentPath(String binaryClassName, Template t) {
    String path = t.declaredUri().replaceFirst("^ui://", "");
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String file = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (file.isEmpty() || file.startsWith(".")) {
      file = "widget" + file;
    }
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    return GeneratedNames.widgetDocument(binaryClassName, stem + "-" + t.hash() + ".html");
  }

  /** Writes the documents and the index of {@code templates} (distinct widgets of one class). */
  public void writeWidgets(String binaryClassName, List<Template> templates, Element origin) throws IOException {
    List<String> written = new ArrayList<>();
    for (Template t : templates) {
      String path = documentPath(binaryClassName, t);
      if (!written.contains(path)) {
        written.add(path);
        write(path, t.document(), origin);
      }
    }
    ArrayNode index = WidgetJson.index(templates, t -> documentPath(binaryClassName, t));
    write(GeneratedNames.widgetIndex(binaryClassName), JSON.writer(PRETTY).writeValueAsString(index) + "\n", origin);
  }

  /** Writes the TypeScript declarations of the class's tools. */
  public void writeDeclarations(String binaryClassName, String declarations, Element origin) throws IOException {
    write(GeneratedNames.declarations(binaryClassName), declarations, origin);
  }

  private void write(String path, String text, Element origin) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
    try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      w.write(text);
    }
  }
}
