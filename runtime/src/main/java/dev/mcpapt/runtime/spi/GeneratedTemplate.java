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
 * the variables and calls the method.
 */
public final class GeneratedTemplate implements ResourceTemplateHandler {
  /** A template body that answers at once. */
  @FunctionalInterface
  public interface Body {
    /** Reads the variables, adding every problem to {@code problems}, and calls the method. */
    List<ResourceContents> read(String uri, Map<String, String> variables, Problems problems, McpContext context)
        throws Exception;
  }

  /** A template body whose method answers later. */
  @FunctionalInterface
  public interface AsyncBody {
    /** As {@link Body#read}, for a method that returns a {@code CompletionStage}. */
    CompletionStage<List<ResourceContents>> read(
        String uri, Map<String, String> variables, Problems problems, McpContext context) throws Exception;
  }

  private final UriTemplate template;
  private final ObjectNode descriptor;
  private final AsyncBody body;

  private GeneratedTemplate(String uriTemplate, ObjectNode descriptor, AsyncBody body) {
    this.template = UriTemplate.parse(uriTemplate);
    this.descriptor = descriptor;
    this.body = body;
  }

  /** The template {@code uriTemplate} of {@code file}, with a body that answers at once. */
  public static GeneratedTemplate of(DescriptorFile file, String uriTemplate, Body body) {
    return async(file, uriTemplate, (uri, variables, problems, context) ->
        CompletableFuture.completedFuture(body.read(uri, variables, problems, context)));
  }

  /** The template {@code uriTemplate} of {@code file}, with a body that answers later. */
  public static GeneratedTemplate async(DescriptorFile file, String uriTemplate, AsyncBody body) {
    return new GeneratedTemplate(uriTemplate, file.entry("resourceTemplates", "uriTemplate", uriTemplate), body);
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
    return body.read(uri, variables, new Problems(), context);
  }
}
