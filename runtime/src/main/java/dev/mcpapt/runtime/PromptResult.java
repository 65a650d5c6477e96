package dev.mcpapt.runtime;

import java.util.List;

/** What {@code prompts/get} returns: an optional description and the messages. */
public record PromptResult(String description, List<PromptMessage> messages) {
  public PromptResult {
    messages = List.copyOf(messages);
  }

  public static PromptResult of(PromptMessage... messages) {
    return new PromptResult(null, List.of(messages));
  }
}
