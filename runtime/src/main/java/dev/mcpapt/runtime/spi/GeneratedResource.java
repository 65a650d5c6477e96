package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The {@link ResourceHandler} of a generated {@code @Resource}: the URI and descriptor come from
 * the class's descriptor file, so the generated code of a resource is one {@code case} of a switch
 * over the class's resources that calls the method and wraps its contents (as for
 * {@link GeneratedTool}).
 *
 * @param <T> the annotated class
 */
public final class GeneratedResource<T> implements ResourceHandler {
  /** The resources of one class. */
  @FunctionalInterface
  public interface Switch<T> {
    /**
     * Reads resource number {@code resource} (its position in the class's descriptor file) by
     * calling its method on {@code instance} (null for a static method).
     */
    CompletionStage<List<ResourceContents>> read(int resource, T instance, McpContext context) throws Exception;
  }

  private final String uri;
  private final ObjectNode descriptor;
  private final T instance;
  private final int index;
  private final Switch<T> resources;

  private GeneratedResource(String uri, ObjectNode descriptor, T instance, int index, Switch<T> resources) {
    this.uri = uri;
    this.descriptor = descriptor;
    this.instance = instance;
    this.index = index;
    this.resources = resources;
  }

  /** Every resource of {@code file}, in its order, read by {@code resources} on {@code instance}. */
  public static <T> List<ResourceHandler> list(DescriptorFile file, T instance, Switch<T> resources) {
    List<ResourceHandler> handlers = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> e : file.entries("resources", "uri").entrySet()) {
      handlers.add(new GeneratedResource<>(e.getKey(), e.getValue(), instance, handlers.size(), resources));
    }
    return List.copyOf(handlers);
  }

  @Override
  public String uri() {
    return uri;
  }

  @Override
  public ObjectNode descriptor() {
    return descriptor;
  }

  @Override
  public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
    return resources.read(index, instance, context);
  }
}
