package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.ContentCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The message the client's model wrote for a {@link SamplingRequest}. */
public record SamplingResult(PromptMessage.Role role, List<Content> content, String model, String stopReason) {
  public SamplingResult {
    Objects.requireNonNull(role, "role");
    content = List.copyOf(content);
    Objects.requireNonNull(model, "model");
  }

  /** The text blocks of the message, joined. */
  public String text() {
    return content.stream()
        .filter(c -> c instanceof Content.Text)
        .map(c -> ((Content.Text) c).text())
        .collect(Collectors.joining());
  }

  /**
   * Reads a client's {@code CreateMessageResult}.
   *
   * @throws IllegalArgumentException naming what is wrong, if it is not one
   */
  public static SamplingResult fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("a sampling result must be an object, got " + ElicitResult.kind(json));
    }
    String roleText = json.path("role").asText("");
    PromptMessage.Role role =
        switch (roleText) {
          case "assistant" -> PromptMessage.Role.ASSISTANT;
          case "user" -> PromptMessage.Role.USER;
          default -> throw new IllegalArgumentException("a sampling result needs \"role\": \"assistant\" or \"user\"");
        };
    JsonNode model = json.get("model");
    if (model == null || !model.isTextual()) {
      throw new IllegalArgumentException("a sampling result needs a \"model\" string");
    }
    JsonNode c = json.get("content");
    List<Content> content = new ArrayList<>();
    if (c != null && c.isArray()) {
      for (JsonNode block : c) {
        content.add(ContentCodec.read(block));
      }
    } else if (c != null && c.isObject()) {
      content.add(ContentCodec.read(c));
    } else {
      throw new IllegalArgumentException("a sampling result needs \"content\"");
    }
    JsonNode stop = json.get("stopReason");
    return new SamplingResult(role, content, model.textValue(), stop != null && stop.isTextual() ? stop.textValue() : null);
  }

  /** This result as the client sends it. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("role", role.wireName());
    if (content.size() == 1) {
      node.set("content", ContentCodec.toJson(content.get(0)));
    } else {
      ArrayNode array = node.putArray("content");
      content.forEach(b -> array.add(ContentCodec.toJson(b)));
    }
    node.put("model", model);
    if (stopReason != null) {
      node.put("stopReason", stopReason);
    }
    return node;
  }
}
