package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.UriTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The {@link ResourceTemplateHandler} of a generated {@code @ResourceTemplate}: the template, its
 * descriptor and the URI matching live here, so the generated code of a template is one
 * {@code case} of a switch over the class's templates that reads the variables, calls the method
 * and wraps its contents (as for {@link GeneratedTool}).
 *
 * @param <T> the annotated class
 */
public final class GeneratedTemplate<T> implements ResourceTemplateHandler {
  /** The resource templates of one class. */
  @FunctionalInterface
  public interface Switch<T> {
    /**
     * Reads template number {@code template} (its position in the class's descriptor file) at
     * {@code uri}: reads the variables, adding every problem to {@code problems}, and, if there is
     * none, calls the method on {@code instance} (null for a static method).
     */
    CompletionStage<List<ResourceContents>> read(int template, T instance, String uri, Map<String, String> variables,
        Problems problems, McpContext context) throws Exception;
  }

  private final UriTemplate template;
  private final ObjectNode descriptor;
  private final T instance;
  private final int index;
  private final Switch<T> templates;

  private GeneratedTemplate(String uriTemplate, ObjectNode descriptor, T instance, int index, Switch<T> templates) {
    this.template = UriTemplate.parse(uriTemplate);
    this.descriptor = descriptor;
    this.instance = instance;
    this.index = index;
    this.templates = templates;
  }

  /** Every resource template of {@code file}, in its order, read by {@code templates} on {@code instance}. */
  public static <T> List<ResourceTemplateHandler> list(DescriptorFile file, T instance, Switch<T> templates) {
    List<ResourceTemplateHandler> handlers = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> e : file.entries("resourceTemplates", "uriTemplate").entrySet()) {
      handlers.add(new GeneratedTemplate<>(e.getKey(), e.getValue(), instance, handlers.size(), templates));
    }
    return List.copyOf(handlers);
  }

  @Override
  public String uriTemplate() {
    return template.template();
  }

  @Override
  public ObjectNode descriptor() {
    return descriptor;
  }

  @Override
  public Map<String, String> match(String uri) {
    return template.match(uri);
  }

  @Override
  public CompletionStage<List<ResourceContents>> read(String uri, Map<String, String> variables, McpContext context)
      throws Exception {
    return templates.read(index, instance, uri, variables, new Problems(), context);
  }
}
