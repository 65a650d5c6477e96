package dev.mcpapt.runtime.spi;

import dev.mcpapt.runtime.McpContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** One generated completion ({@code @Complete}) of a prompt argument or a resource template variable. */
public interface CompletionHandler {
  /** What is completed. */
  enum RefType {
    /** {@code ref/prompt}: {@link #refName()} is a prompt name. */
    PROMPT,
    /** {@code ref/resource}: {@link #refName()} is a URI template. */
    RESOURCE
  }

  RefType refType();

  /** The prompt name or URI template. */
  String refName();

  /** The argument or template variable completed. */
  String argument();

  /**
   * Candidate values for the argument, given what the user typed so far and the values of the
   * other arguments already resolved.
   */
  CompletionStage<List<String>> complete(String prefix, Map<String, String> context, McpContext mcpContext)
      throws Exception;
}
