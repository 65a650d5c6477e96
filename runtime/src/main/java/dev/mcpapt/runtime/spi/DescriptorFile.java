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
 * {@code META-INF/mcp/<binary class name>.json}: an object with a {@code "digest"} of the file and
 * one array per kind ({@code "tools"}, and for other kinds {@code "resources"},
 * {@code "resourceTemplates"}, {@code "prompts"}), each entry exactly as the matching {@code list}
 * result carries it.
 *
 * <p>Generated factories load their file once, the first time a component is created. A factory
 * numbers its members by their place in the file, so it names the digest of the file it was
 * compiled with, and a file from another build of the class is refused rather than served.
 */
public final class DescriptorFile {
  /** Where descriptor files live on the class path. */
  public static final String DIRECTORY = "META-INF/mcp/";

  /** The top-level field that holds the file's digest. */
  public static final String DIGEST = "digest";

  private final String resource;
  private final ObjectNode root;

  private DescriptorFile(String resource, ObjectNode root) {
    this.resource = resource;
    this.root = root;
  }

  /**
   * Reads the descriptor file of {@code annotatedClassName} with the class loader of {@code anchor}
   * (the generated class), and checks that it is the file the generated class was compiled with.
   *
   * @param digest the {@value #DIGEST} the processor wrote into the file with this factory
   * @throws IllegalStateException if the file is missing or malformed (the build did not run the
   *     processor, or its output was not packaged), or was written by another build of the class
   */
  public static DescriptorFile load(Class<?> anchor, String annotatedClassName, String digest) {
    // Read once per generated class: every component it creates shares the file.
    DescriptorFile file = LOADED.get(anchor).computeIfAbsent(annotatedClassName, name -> read(anchor, name));
    String written = file.root.path(DIGEST).asText();
    if (!written.equals(digest)) {
      throw new IllegalStateException(file.resource + " does not belong to " + anchor.getName()
          + ": it was written by another build of " + annotatedClassName + " (digest " + written + ", expected "
          + digest + "). Rebuild the project, or remove the stale copy from the class path.");
    }
    return file;
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
