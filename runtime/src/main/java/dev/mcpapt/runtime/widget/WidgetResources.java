package dev.mcpapt.runtime.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.ResourceHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The widget resources the processor generated for one class, served as {@link ResourceHandler}s.
 *
 * <p>For each {@code @OutputTemplate} the processor writes the final document (bridge inlined) to
 * {@code META-INF/mcp/widgets/...html} and an index, {@code META-INF/mcp/<class>.widgets.json}:
 * an array of {@code {"resource": <resources/list entry>, "contents": <content item without text>,
 * "html": <class-path resource>, "source": <the HTML as written>, "bridge": <inline the bridge>}}.
 * The generated component's {@code resources()} calls {@link #load}; each read answers with the
 * document and the same {@code _meta} as the list entry.
 *
 * <p><strong>Editing widgets live.</strong> With the system property {@value #SOURCE_DIR} set to
 * a directory (typically {@code src/main/resources}), each read serves {@code <dir>/<source>}
 * fresh from disk, with the bridge inlined, instead of the compiled copy: reload the widget to see
 * an edit, no rebuild. The URI keeps its compiled version, so use this with a local host, not
 * with a host that caches widgets.
 */
public final class WidgetResources {
  /** System property naming a directory to serve widget HTML from, fresh on every read. */
  public static final String SOURCE_DIR = "mcpapt.widgets.dir";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WidgetResources() {}

  /** The widgets listed in {@code index}, read through {@code anchor}'s class loader. */
  public static List<ResourceHandler> load(Class<?> anchor, String index) {
    // Read once per generated class: every component it creates serves the same handlers.
    return LOADED.get(anchor).computeIfAbsent(index, i -> read(anchor, i));
  }

  /** The widgets read so far, per generated class (a ClassValue: nothing keeps an unloaded class alive). */
  private static final ClassValue<Map<String, List<ResourceHandler>>> LOADED = new ClassValue<>() {
    @Override
    protected Map<String, List<ResourceHandler>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private static List<ResourceHandler> read(Class<?> anchor, String index) {
    ClassLoader loader = anchor.getClassLoader();
    JsonNode entries = readTree(loader, index);
    List<ResourceHandler> handlers = new ArrayList<>(entries.size());
    for (JsonNode entry : entries) {
      handlers.add(
          new Widget(
              (ObjectNode) entry.get("resource"),
              (ObjectNode) entry.get("contents"),
              loader,
              entry.get("html").asText(),
              entry.path("source").asText(""),
              entry.path("bridge").asBoolean(true)));
    }
    return List.copyOf(handlers);
  }

  /** {@code first} then {@code second}, as one unmodifiable list (generated code joins its resources). */
  public static List<ResourceHandler> concat(List<ResourceHandler> first, List<ResourceHandler> second) {
    List<ResourceHandler> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  private static JsonNode readTree(ClassLoader loader, String resource) {
    try (InputStream in = open(loader, resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is missing from the class path; was the class compiled by the mcp-apt processor?");
    }
    return in;
  }

  /** One widget document. */
  private static final class Widget implements ResourceHandler {
    private final ObjectNode descriptor;
    private final ObjectNode contents;
    private final ClassLoader loader;
    private final String html;
    private final String source;
    private final boolean bridge;
    private volatile List<ResourceContents> read;

    Widget(ObjectNode descriptor, ObjectNode contents, ClassLoader loader, String html, String source, boolean bridge) {
      this.descriptor = Objects.requireNonNull(descriptor, "resource");
      this.contents = Objects.requireNonNull(contents, "contents");
      this.loader = loader;
      this.html = html;
      this.source = source;
      this.bridge = bridge;
    }

    @Override
    public String uri() {
      return descriptor.get("uri").asText();
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws IOException {
      String dir = System.getProperty(SOURCE_DIR);
      if (dir != null && !dir.isEmpty() && !source.isEmpty()) {
        Path file = Path.of(dir).resolve(source).normalize();
        if (file.startsWith(Path.of(dir).normalize()) && Files.isRegularFile(file)) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          return CompletableFuture.completedFuture(List.of(contents(bridge ? WidgetBridge.inline(text) : text)));
        }
      }
      List<ResourceContents> r = read;
      if (r == null) {
        String text;
        try (InputStream in = open(loader, html)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        r = List.of(contents(text));
        read = r;
      }
      return CompletableFuture.completedFuture(r);
    }

    private ResourceContents contents(String text) {
      JsonNode meta = contents.get("_meta");
      return new ResourceContents(
          contents.get("uri").asText(),
          contents.path("mimeType").asText(null),
          text,
          null,
          meta instanceof ObjectNode ? (ObjectNode) meta : null);
    }
  }
}
