package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.ContentCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request for the client's language model to write a message ({@code sampling/createMessage}).
 * Pass it to {@link McpContext#sample}.
 *
 * <pre>{@code
 * SamplingResult answer = context.sample(
 *     SamplingRequest.builder().user("Summarise: " + text).maxTokens(200).build());
 * }</pre>
 */
public final class SamplingRequest {
  private final List<PromptMessage> messages;
  private final int maxTokens;
  private final String systemPrompt;
  private final Double temperature;
  private final List<String> stopSequences;
  private final List<String> modelHints;
  private final Double costPriority;
  private final Double speedPriority;
  private final Double intelligencePriority;

  private SamplingRequest(Builder b) {
    this.messages = List.copyOf(b.messages);
    this.maxTokens = b.maxTokens;
    this.systemPrompt = b.systemPrompt;
    this.temperature = b.temperature;
    this.stopSequences = List.copyOf(b.stopSequences);
    this.modelHints = List.copyOf(b.modelHints);
    this.costPriority = b.costPriority;
    this.speedPriority = b.speedPriority;
    this.intelligencePriority = b.intelligencePriority;
  }

  /** A request of one user message, at most {@code maxTokens} long. */
  public static SamplingRequest of(String userText, int maxTokens) {
    return builder().user(userText).maxTokens(maxTokens).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<PromptMessage> messages() {
    return messages;
  }

  public int maxTokens() {
    return maxTokens;
  }

  /** The {@code sampling/createMessage} params. */
  public ObjectNode toParams() {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    ArrayNode msgs = params.putArray("messages");
    for (PromptMessage m : messages) {
      ObjectNode msg = msgs.addObject();
      msg.put("role", m.role().wireName());
      msg.set("content", ContentCodec.toJson(m.content()));
    }
    if (systemPrompt != null) {
      params.put("systemPrompt", systemPrompt);
    }
    if (temperature != null) {
      params.put("temperature", temperature);
    }
    if (!stopSequences.isEmpty()) {
      ArrayNode stops = params.putArray("stopSequences");
      stopSequences.forEach(stops::add);
    }
    if (!modelHints.isEmpty() || costPriority != null || speedPriority != null || intelligencePriority != null) {
      ObjectNode prefs = params.putObject("modelPreferences");
      if (!modelHints.isEmpty()) {
        ArrayNode hints = prefs.putArray("hints");
        modelHints.forEach(h -> hints.addObject().put("name", h));
      }
      if (costPriority != null) {
        prefs.put("costPriority", costPriority);
      }
      if (speedPriority != null) {
        prefs.put("speedPriority", speedPriority);
      }
      if (intelligencePriority != null) {
        prefs.put("intelligencePriority", intelligencePriority);
      }
    }
    params.put("maxTokens", maxTokens);
    return params;
  }

  /** Builds a {@link SamplingRequest}; at least one message and {@code maxTokens} are required. */
  public static final class Builder {
    private final List<PromptMessage> messages = new ArrayList<>();
    private int maxTokens;
    private String systemPrompt;
    private Double temperature;
    private final List<String> stopSequences = new ArrayList<>();
    private final List<String> modelHints = new ArrayList<>();
    private Double costPriority;
    private Double speedPriority;
    private Double intelligencePriority;

    private Builder() {}

    /** Adds a user message of text. */
    public Builder user(String text) {
      return message(PromptMessage.user(text));
    }

    /** Adds an assistant message of text (a previous turn). */
    public Builder assistant(String text) {
      return message(PromptMessage.assistant(text));
    }

    /** Adds a message of any content the model takes: text, image or audio. */
    public Builder message(PromptMessage message) {
      Objects.requireNonNull(message, "message");
      if (!(message.content() instanceof Content.Text
          || message.content() instanceof Content.Image
          || message.content() instanceof Content.Audio)) {
        throw new IllegalArgumentException("sampling messages carry text, image or audio content");
      }
      messages.add(message);
      return this;
    }

    public Builder maxTokens(int maxTokens) {
      if (maxTokens <= 0) {
        throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
      }
      this.maxTokens = maxTokens;
      return this;
    }

    public Builder systemPrompt(String systemPrompt) {
      this.systemPrompt = systemPrompt;
      return this;
    }

    public Builder temperature(double temperature) {
      this.temperature = temperature;
      return this;
    }

    public Builder stopSequence(String stop) {
      stopSequences.add(Objects.requireNonNull(stop, "stop"));
      return this;
    }

    /** A model name (or part of one) the server would prefer; the client decides. */
    public Builder modelHint(String name) {
      modelHints.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Priorities from 0 to 1 for choosing a model; null leaves one unset. */
    public Builder priorities(Double cost, Double speed, Double intelligence) {
      this.costPriority = unit(cost, "cost");
      this.speedPriority = unit(speed, "speed");
      this.intelligencePriority = unit(intelligence, "intelligence");
      return this;
    }

    private static Double unit(Double v, String what) {
      if (v != null && (v < 0 || v > 1)) {
        throw new IllegalArgumentException(what + " priority must be within [0, 1], got " + v);
      }
      return v;
    }

    public SamplingRequest build() {
      if (messages.isEmpty()) {
        throw new IllegalStateException("a sampling request needs at least one message");
      }
      if (maxTokens <= 0) {
        throw new IllegalStateException("a sampling request needs maxTokens");
      }
      return new SamplingRequest(this);
    }
  }
}
