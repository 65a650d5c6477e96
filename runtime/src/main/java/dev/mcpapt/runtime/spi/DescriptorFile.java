package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The descriptors the processor wrote for one annotated class, in
 * {@code META-INF/mcp/<binary class name>.json}: an object with one array per kind
 * ({@code "tools"}, and for other kinds {@code "resources"}, {@code "resourceTemplates"},
 * {@code "prompts"}), each entry exactly as the matching {@code list} result carries it.
 *
 * <p>Generated factories load their file once, the first time a component is created.
 */
public final class DescriptorFile {
  /** Where descriptor files live on the class path. */
  public static final String DIRECTORY = "META-INF/mcp/";

  private final String resource;
  private final ObjectNode root;

  private DescriptorFile(String resource, ObjectNode root) {
    this.resource = resource;
    this.root = root;
  }

  /**
   * Reads the descriptor file of {@code annotatedClassName} with the class loader of {@code anchor}
   * (the generated class).
   *
   * @throws IllegalStateException if the file is missing or malformed (the build did not run the
   *     processor, or its output was not packaged)
   */
  public static DescriptorFile load(Class<?> anchor, String annotatedClassName) {
    // Read once per generated class: every component it creates shares the file.
    return LOADED.get(anchor).computeIfAbsent(annotatedClassName, name -> read(anchor, name));
  }

  /** The files read so far, per generated class (a ClassValue: nothing keeps an unloaded class alive). */
  private static final ClassValue<Map<String, DescriptorFile>> LOADED = new ClassValue<>() {
    @Override
    protected Map<String, DescriptorFile> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private static DescriptorFile read(Class<?> anchor, String annotatedClassName) {
    String resource = DIRECTORY + annotatedClassName + ".json";
    ClassLoader loader = anchor.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " on the class path: was it packaged with "
            + anchor.getName() + "?");
      }
      JsonNode root = JsonTrees.parse(in);
      if (!(root instanceof ObjectNode)) {
        throw new IllegalStateException(resource + " is not a JSON object");
      }
      return new DescriptorFile(resource, (ObjectNode) root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** The whole file. */
  public ObjectNode root() {
    return root;
  }

  /**
   * The entries of one kind, keyed by {@code keyField} ({@code "name"} for tools and prompts,
   * {@code "uri"} for resources), in file order.
   */
  public Map<String, ObjectNode> entries(String kind, String keyField) {
    Map<String, ObjectNode> entries = new LinkedHashMap<>();
    JsonNode array = root.get(kind);
    if (array != null) {
      for (JsonNode entry : array) {
        entries.put(entry.path(keyField).asText(), (ObjectNode) entry);
      }
    }
    return entries;
  }

  /**
   * The entry of one kind whose {@code keyField} is {@code key}.
   *
   * @throws IllegalStateException if there is none (the file and the generated code disagree)
   */
  public ObjectNode entry(String kind, String keyField, String key) {
    JsonNode array = root.get(kind);
    if (array != null) {
      for (JsonNode entry : array) {
        if (key.equals(entry.path(keyField).asText())) {
          return (ObjectNode) entry;
        }
      }
    }
    throw new IllegalStateException(resource + " has no " + kind + " entry with " + keyField + " " + key);
  }

  /** The {@code tools} entry named {@code name}. */
  public ObjectNode tool(String name) {
    return entry("tools", "name", name);
  }
}
