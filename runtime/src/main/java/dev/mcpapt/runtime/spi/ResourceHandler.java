package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** One generated resource with a fixed URI (a {@code @Resource} method, or a widget). */
public interface ResourceHandler {
  /** The resource URI, as in {@link #descriptor()}. */
  String uri();

  /** The {@code resources/list} entry (uri, name, title, description, mimeType, _meta). Shared, never modified. */
  ObjectNode descriptor();

  /** Reads the resource's contents. */
  CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception;
}
