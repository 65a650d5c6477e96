package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptResult;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** One generated prompt ({@code @Prompt}). */
public interface PromptHandler {
  /** The prompt name, as in {@link #descriptor()}. */
  String name();

  /** The {@code prompts/list} entry (name, title, description, arguments). Shared, never modified. */
  ObjectNode descriptor();

  /**
   * Renders the prompt.
   *
   * @throws InvalidArgumentsException if a required argument is missing or one is malformed
   */
  CompletionStage<PromptResult> get(Map<String, String> arguments, McpContext context) throws Exception;
}
