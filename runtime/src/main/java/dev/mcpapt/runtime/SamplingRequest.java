package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.ContentCodec;
import dev.mcpapt.runtime.engine.Revision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
  private final List<Message> messages;
  private final List<Tool> tools;
  private final ToolChoice toolChoice;
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
    this.tools = List.copyOf(b.tools);
    this.toolChoice = b.toolChoice;
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

  /**
   * One message of the conversation: who says it and its content blocks (text, image, audio,
   * and from revision 2025-11-25 on {@link Content.ToolUse} and {@link Content.ToolUseResult}).
   */
  public record Message(PromptMessage.Role role, List<Content> content) {
    public Message {
      Objects.requireNonNull(role, "role");
      content = List.copyOf(content);
      if (content.isEmpty()) {
        throw new IllegalArgumentException("a sampling message needs content");
      }
      for (Content c : content) {
        if (!(c instanceof Content.Text || c instanceof Content.Image || c instanceof Content.Audio
            || c instanceof Content.ToolUse || c instanceof Content.ToolUseResult)) {
          throw new IllegalArgumentException("sampling messages carry text, image, audio, tool_use or tool_result content");
        }
      }
      boolean results = content.stream().anyMatch(c -> c instanceof Content.ToolUseResult);
      if (results && (role != PromptMessage.Role.USER || !content.stream().allMatch(c -> c instanceof Content.ToolUseResult))) {
        throw new IllegalArgumentException("tool results go in a user message that holds only tool results");
      }
      if (role != PromptMessage.Role.ASSISTANT && content.stream().anyMatch(c -> c instanceof Content.ToolUse)) {
        throw new IllegalArgumentException("tool uses are the assistant's");
      }
    }
  }

  /**
   * A tool the client's model may call while writing its message (revision 2025-11-25 on, to
   * clients that declared {@code sampling.tools}). The server runs the tool itself and sends the
   * outcome back in a further request.
   *
   * @param inputSchema the JSON Schema of the arguments, an object schema
   */
  public record Tool(String name, String description, ObjectNode inputSchema) {
    public Tool {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(inputSchema, "inputSchema");
      if (!"object".equals(inputSchema.path("type").asText())) {
        throw new IllegalArgumentException("a tool's inputSchema must have \"type\": \"object\"");
      }
    }
  }

  /** Whether the model may, must or must not call the tools. */
  public enum ToolChoice {
    AUTO,
    REQUIRED,
    NONE;

    String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public List<Message> messages() {
    return messages;
  }

  public List<Tool> tools() {
    return tools;
  }

  /** The tool choice, or null for the client's default ({@code auto}). */
  public ToolChoice toolChoice() {
    return toolChoice;
  }

  /**
   * Whether the request uses tools: offers some, sets a choice, or carries tool uses or results.
   * Such a request goes only to clients that declared {@code sampling.tools}.
   */
  public boolean usesTools() {
    return !tools.isEmpty() || toolChoice != null
        || messages.stream().anyMatch(m -> m.content().stream().anyMatch(Content::isSamplingOnly));
  }

  public int maxTokens() {
    return maxTokens;
  }

  /** The {@code sampling/createMessage} params, as the newest revision has them. */
  public ObjectNode toParams() {
    return toParams(Revision.latest());
  }

  /**
   * The {@code sampling/createMessage} params for {@code protocolVersion}.
   *
   * @throws IllegalStateException if the request uses tools and the revision has no tool use
   */
  public ObjectNode toParams(String protocolVersion) {
    Revision revision = Revision.of(protocolVersion);
    if (revision == null) {
      throw new IllegalArgumentException("unknown protocol version " + protocolVersion);
    }
    return toParams(revision);
  }

  private ObjectNode toParams(Revision revision) {
    if (usesTools() && !revision.atLeast(Revision.V2025_11_25)) {
      throw new IllegalStateException("sampling with tools needs revision 2025-11-25 or later, this is " + revision);
    }
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    ArrayNode msgs = params.putArray("messages");
    for (Message m : messages) {
      ObjectNode msg = msgs.addObject();
      msg.put("role", m.role().wireName());
      if (m.content().size() == 1) {
        msg.set("content", ContentCodec.toJson(m.content().get(0), revision));
      } else {
        ArrayNode blocks = msg.putArray("content");
        m.content().forEach(c -> blocks.add(ContentCodec.toJson(c, revision)));
      }
    }
    if (!tools.isEmpty()) {
      ArrayNode list = params.putArray("tools");
      for (Tool t : tools) {
        ObjectNode tool = list.addObject().put("name", t.name());
        if (t.description() != null) {
          tool.put("description", t.description());
        }
        tool.set("inputSchema", t.inputSchema());
      }
    }
    if (toolChoice != null) {
      params.putObject("toolChoice").put("mode", toolChoice.wireName());
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
    private final List<Message> messages = new ArrayList<>();
    private final List<Tool> tools = new ArrayList<>();
    private ToolChoice toolChoice;
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
      return message(message.role(), message.content());
    }

    /**
     * Adds a message of several blocks: e.g. the assistant's {@link Content.ToolUse}s of a
     * previous turn, or the user's {@link Content.ToolUseResult}s answering them.
     */
    public Builder message(PromptMessage.Role role, Content... content) {
      messages.add(new Message(role, List.of(content)));
      return this;
    }

    /** Offers the model a tool (revision 2025-11-25 on; the client must declare {@code sampling.tools}). */
    public Builder tool(String name, String description, ObjectNode inputSchema) {
      tools.add(new Tool(name, description, inputSchema));
      return this;
    }

    /** Whether the model may ({@code AUTO}), must ({@code REQUIRED}) or must not ({@code NONE}) call tools. */
    public Builder toolChoice(ToolChoice choice) {
      this.toolChoice = Objects.requireNonNull(choice, "choice");
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
      checkToolPairs();
      return new SamplingRequest(this);
    }

    /** Every assistant message with tool uses is followed by a user message answering exactly those uses. */
    private void checkToolPairs() {
      for (int i = 0; i < messages.size(); i++) {
        Set<String> uses = new HashSet<>();
        messages.get(i).content().stream().filter(c -> c instanceof Content.ToolUse)
            .forEach(c -> uses.add(((Content.ToolUse) c).id()));
        if (uses.isEmpty()) {
          continue;
        }
        if (i + 1 == messages.size()) {
          throw new IllegalStateException("tool uses must be answered by a user message of tool results");
        }
        Set<String> answered = new HashSet<>();
        for (Content c : messages.get(i + 1).content()) {
          if (c instanceof Content.ToolUseResult r) {
            answered.add(r.toolUseId());
          }
        }
        if (!answered.equals(uses)) {
          throw new IllegalStateException("the message after tool uses " + uses + " must answer exactly them, it answers " + answered);
        }
      }
    }
  }
}
