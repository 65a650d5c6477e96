package dev.mcpapt.processor.writer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.schema.SchemaWriter;
import dev.mcpapt.processor.widget.WidgetJson;
import dev.mcpapt.processor.widget.WidgetModel.ToolWidget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes the descriptor file of a class ({@code META-INF/mcp/<binary name>.json}): an object
 * whose {@code "tools"} array holds exactly the {@code tools/list} entries the server sends, in
 * declaration order. Other kinds (resources, prompts) add their own arrays through
 * {@link #sections()}.
 */
public final class DescriptorWriter {
  /** Adds one key to a tool's {@code _meta}; widget support adds more of these. */
  public interface ToolMetaContributor {
    void contribute(ToolModel tool, ObjectNode meta);
  }

  /** Adds one top-level array (e.g. {@code "resources"}) to the descriptor file. */
  public interface Section {
    void contribute(ComponentModel component, ObjectNode file);
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * Contributors of single {@code _meta} keys. The widget keys ({@code @OutputTemplate},
   * {@code @WidgetAccessible}, {@code @Security}, file parameters) come from the component's
   * widget model instead, see {@link #tool}.
   */
  private static final List<ToolMetaContributor> META = List.of();

  private DescriptorWriter() {}

  /** The extra top-level arrays of the file, after {@code "tools"}. */
  static List<Section> sections() {
    return List.of(FeaturesWriter.DESCRIPTORS);
  }

  /** The whole descriptor file as a tree. */
  public static ObjectNode descriptorFile(ComponentModel component) {
    ObjectNode file = NODES.objectNode();
    var tools = file.putArray("tools");
    for (ToolModel tool : component.tools()) {
      tools.add(tool(component, tool));
    }
    for (Section section : sections()) {
      section.contribute(component, file);
    }
    return file;
  }

  /** One {@code tools/list} entry. */
  public static ObjectNode tool(ComponentModel component, ToolModel tool) {
    ObjectNode entry = NODES.objectNode();
    entry.put("name", tool.name());
    if (!tool.title().isEmpty()) {
      entry.put("title", tool.title());
    }
    if (!tool.description().isEmpty()) {
      entry.put("description", tool.description());
    }
    entry.set("inputSchema", SchemaWriter.inputSchema(component, tool));
    ObjectNode output = SchemaWriter.outputSchema(component, tool);
    if (output != null) {
      entry.set("outputSchema", output);
    }
    if (!tool.hints().isEmpty()) {
      ObjectNode annotations = entry.putObject("annotations");
      for (Map.Entry<String, Boolean> hint : tool.hints().entrySet()) {
        annotations.put(hint.getKey(), hint.getValue());
      }
    }
    if (tool.taskSupport() != null) {
      entry.putObject("execution").put("taskSupport", tool.taskSupport());
    }
    ToolWidget widget = component.widgets().tool(tool.name());
    if (widget != null) {
      ArrayNode schemes = WidgetJson.securitySchemes(widget);
      if (schemes != null) {
        entry.set("securitySchemes", schemes);
      }
    }
    ObjectNode meta = NODES.objectNode();
    if (widget != null) {
      meta.setAll(WidgetJson.toolMeta(widget));
    }
    for (ToolMetaContributor contributor : META) {
      contributor.contribute(tool, meta);
    }
    if (!meta.isEmpty()) {
      entry.set("_meta", meta);
    }
    return entry;
  }

  /** The printed descriptor file, and its digest, which the factory names. */
  public record Printed(String text, String digest) {}

  /** The digest's field, first in the file (the runtime's {@code DescriptorFile.DIGEST}). */
  private static final String DIGEST = "\"digest\": \"";

  /** What the digest replaces while it is computed: as long as a digest, so nothing after it moves. */
  private static final String NO_DIGEST = "00000000";

  /**
   * Deterministic text: two-space indent, {@code "key": value}, {@code \n} line ends, final newline,
   * with a {@code "digest"} first: the CRC-32 of the text as printed with {@code 00000000} in its
   * place. The factory compiled beside the file names the same digest, so the runtime can tell a
   * file from another build of the class (it numbers the members by their place in the file).
   */
  public static Printed print(ObjectNode file) {
    ObjectNode withDigest = NODES.objectNode().put("digest", NO_DIGEST);
    withDigest.setAll(file);
    String text;
    try {
      text = PRINTER.writeValueAsString(withDigest) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    String digest = String.format(Locale.ROOT, "%08x", crc.getValue());
    // The digest is the object's first field, so its first occurrence in the text.
    int at = text.indexOf(DIGEST + NO_DIGEST) + DIGEST.length();
    return new Printed(text.substring(0, at) + digest + text.substring(at + NO_DIGEST.length()), digest);
  }


  /** Made once: an {@code ObjectWriter} is immutable and shared safely. */
  private static final ObjectWriter PRINTER = printer();

  private static ObjectWriter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter);
    printer.indentArraysWith(indenter);
    return new ObjectMapper().writer(printer);
  }
}
