package dev.mcpapt.runtime;

import java.util.Objects;

/** One message of a prompt: who says it, and what. */
public record PromptMessage(Role role, Content content) {
  public PromptMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    if (content.isSamplingOnly()) {
      throw new IllegalArgumentException("tool_use and tool_result blocks belong in sampling messages, not prompts");
    }
  }

  public static PromptMessage user(String text) {
    return new PromptMessage(Role.USER, Content.text(text));
  }

  public static PromptMessage assistant(String text) {
    return new PromptMessage(Role.ASSISTANT, Content.text(text));
  }

  /** The speaker of a message. */
  public enum Role {
    USER,
    ASSISTANT;

    public String wireName() {
      return this == USER ? "user" : "assistant";
    }
  }
}
