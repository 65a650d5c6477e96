package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.UriTemplate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The {@link ResourceTemplateHandler} of a generated {@code @ResourceTemplate}: the template, its
 * descriptor and the URI matching live here, so the generated code is only the body that reads
 * the variables and calls the method (a static method referenced by name, as for {@link GeneratedTool}).
 *
 * @param <T> the annotated class
 */
public final class GeneratedTemplate<T> implements ResourceTemplateHandler {
  /** A template body that answers at once. */
  @FunctionalInterface
  public interface Body<T> {
    /** Reads the variables, adding every problem to {@code problems}, and calls the method on {@code instance}. */
    List<ResourceContents> read(T instance, String uri, Map<String, String> variables, Problems problems,
        McpContext context) throws Exception;
  }

  /** A template body whose method answers later. */
  @FunctionalInterface
  public interface AsyncBody<T> {
    /** As {@link Body#read}, for a method that returns a {@code CompletionStage}. */
    CompletionStage<List<ResourceContents>> read(
        T instance, String uri, Map<String, String> variables, Problems problems, McpContext context) throws Exception;
  }

  private final UriTemplate template;
  private final ObjectNode descriptor;
  private final T instance;
  private final AsyncBody<T> body;

  private GeneratedTemplate(String uriTemplate, ObjectNode descriptor, T instance, AsyncBody<T> body) {
    this.template = UriTemplate.parse(uriTemplate);
    this.descriptor = descriptor;
    this.instance = instance;
    this.body = body;
  }

  // ResourceTemplateHandler, not GeneratedTemplate<T>: see GeneratedTool.of.

  /** The template {@code uriTemplate} of {@code file}, served by {@code body} on {@code instance}, answering at once. */
  public static <T> ResourceTemplateHandler of(DescriptorFile file, String uriTemplate, T instance, Body<T> body) {
    return async(file, uriTemplate, instance, (i, uri, variables, problems, context) ->
        CompletableFuture.completedFuture(body.read(i, uri, variables, problems, context)));
  }

  /** The template {@code uriTemplate} of {@code file}, served by {@code body} on {@code instance}, answering later. */
  public static <T> ResourceTemplateHandler async(DescriptorFile file, String uriTemplate, T instance, AsyncBody<T> body) {
    return new GeneratedTemplate<>(uriTemplate, file.entry("resourceTemplates", "uriTemplate", uriTemplate), instance,
        body);
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
    return body.read(instance, uri, variables, new Problems(), context);
  }
}
