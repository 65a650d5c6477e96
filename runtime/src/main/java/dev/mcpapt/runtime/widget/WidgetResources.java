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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The widget resources the processor generated for one class, served as {@link ResourceHandler}s.
 *
 * <p>For each {@code @OutputTemplate} the processor writes the final document (bridge inlined) to
 * {@code META-INF/mcp/widgets/...html} and an index, {@code META-INF/mcp/<class>.widgets.json}:
 * an array of {@code {"resource": <resources/list entry>, "contents": <content item without text>,
 * "html": <class-path resource>}}. The generated component's {@code resources()} calls {@link
 * #load}; each read answers with the document and the same {@code _meta} as the list entry.
 */
public final class WidgetResources {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WidgetResources() {}

  /** The widgets listed in {@code index}, read through {@code anchor}'s class loader. */
  public static List<ResourceHandler> load(Class<?> anchor, String index) {
    ClassLoader loader = anchor.getClassLoader();
    JsonNode entries = readTree(loader, index);
    List<ResourceHandler> handlers = new ArrayList<>(entries.size());
    for (JsonNode entry : entries) {
      handlers.add(
          new Widget(
              (ObjectNode) entry.get("resource"), (ObjectNode) entry.get("contents"), loader, entry.get("html").asText()));
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
    private volatile List<ResourceContents> read;

    Widget(ObjectNode descriptor, ObjectNode contents, ClassLoader loader, String html) {
      this.descriptor = Objects.requireNonNull(descriptor, "resource");
      this.contents = Objects.requireNonNull(contents, "contents");
      this.loader = loader;
      this.html = html;
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
      List<ResourceContents> r = read;
      if (r == null) {
        String text;
        try (InputStream in = open(loader, html)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode meta = contents.get("_meta");
        r =
            List.of(
                new ResourceContents(
                    contents.get("uri").asText(),
                    contents.path("mimeType").asText(null),
                    text,
                    null,
                    meta instanceof ObjectNode ? (ObjectNode) meta : null));
        read = r;
      }
      return CompletableFuture.completedFuture(r);
    }
  }
}
