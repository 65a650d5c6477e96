package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** One generated resource template ({@code @ResourceTemplate}): a family of URIs read by one method. */
public interface ResourceTemplateHandler {
  /** The RFC 6570 URI template, as in {@link #descriptor()}. */
  String uriTemplate();

  /** The {@code resources/templates/list} entry. Shared, never modified. */
  ObjectNode descriptor();

  /** The template variables if {@code uri} matches the template, or {@code null} if it does not. */
  Map<String, String> match(String uri);

  /** Reads the resource at {@code uri}, whose variables {@link #match} returned. */
  CompletionStage<List<ResourceContents>> read(String uri, Map<String, String> variables, McpContext context)
      throws Exception;
}
