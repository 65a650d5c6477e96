package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The user's answer to an elicitation: what they did, and what they entered when they accepted. */
public record ElicitResult(Action action, ObjectNode content) {
  public ElicitResult {
    Objects.requireNonNull(action, "action");
    content = content == null ? JsonNodeFactory.instance.objectNode() : content;
  }

  /** What the user did with the request. */
  public enum Action {
    /** Submitted the form or confirmed. */
    ACCEPT,
    /** Explicitly said no. */
    DECLINE,
    /** Dismissed it without choosing. */
    CANCEL;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean accepted() {
    return action == Action.ACCEPT;
  }

  /** A text field the user entered, if present. */
  public Optional<String> string(String name) {
    JsonNode v = content.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.isTextual() ? v.textValue() : v.toString());
  }

  /** A whole-number field, if present and whole. */
  public Optional<Long> integer(String name) {
    JsonNode v = content.get(name);
    return v != null && v.canConvertToExactIntegral() ? Optional.of(v.longValue()) : Optional.empty();
  }

  /** A number field, if present. */
  public Optional<Double> number(String name) {
    JsonNode v = content.get(name);
    return v != null && v.isNumber() ? Optional.of(v.doubleValue()) : Optional.empty();
  }

  /** A boolean field, if present. */
  public Optional<Boolean> bool(String name) {
    JsonNode v = content.get(name);
    return v != null && v.isBoolean() ? Optional.of(v.booleanValue()) : Optional.empty();
  }

  /**
   * Reads a client's {@code ElicitResult}.
   *
   * @throws IllegalArgumentException naming what is wrong, if it is not one
   */
  public static ElicitResult fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("an elicitation result must be an object, got " + kind(json));
    }
    JsonNode action = json.get("action");
    if (action == null || !action.isTextual()) {
      throw new IllegalArgumentException("an elicitation result needs \"action\": \"accept\", \"decline\" or \"cancel\"");
    }
    Action a =
        switch (action.textValue()) {
          case "accept" -> Action.ACCEPT;
          case "decline" -> Action.DECLINE;
          case "cancel" -> Action.CANCEL;
          default -> throw new IllegalArgumentException(
              "unknown elicitation action \"" + action.textValue() + "\" (expected accept, decline or cancel)");
        };
    JsonNode content = json.get("content");
    if (content != null && !content.isNull() && !content.isObject()) {
      throw new IllegalArgumentException("elicitation result \"content\" must be an object, got " + kind(content));
    }
    return new ElicitResult(a, content == null || content.isNull() ? null : (ObjectNode) content.deepCopy());
  }

  /** This result as the client sends it. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("action", action.wireName());
    if (action == Action.ACCEPT) {
      node.set("content", content.deepCopy());
    }
    return node;
  }

  static String kind(JsonNode node) {
    return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
