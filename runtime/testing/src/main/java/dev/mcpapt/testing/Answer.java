package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server's answer to one request, with the notifications it sent on the way (progress, log
 * messages) and the number of multi round-trip rounds it took. Every message in it was already
 * checked against the schema of the revision in use.
 */
public class Answer {
  private final String method;
  private final JsonNode response;
  private final List<JsonNode> notifications;
  private final int rounds;

  Answer(String method, JsonNode response, List<JsonNode> notifications, int rounds) {
    this.method = method;
    this.response = response;
    this.notifications = List.copyOf(notifications);
    this.rounds = rounds;
  }

  /** The JSON-RPC response. */
  public JsonNode response() {
    return response;
  }

  /** Its {@code result}, or a missing node if it is an error. */
  public JsonNode result() {
    return response.path("result");
  }

  /** Its {@code error}, or a missing node. */
  public JsonNode error() {
    return response.path("error");
  }

  /** The notifications the server sent while answering, in order. */
  public List<JsonNode> notifications() {
    return notifications;
  }

  /** The {@code params} of every {@code notifications/progress}. */
  public List<JsonNode> progress() {
    return params("notifications/progress");
  }

  /** The {@code params} of every {@code notifications/message} (level, data). */
  public List<JsonNode> logs() {
    return params("notifications/message");
  }

  /** How many times the request was sent: 1, plus one per round of questions answered. */
  public int rounds() {
    return rounds;
  }

  private List<JsonNode> params(String m) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : notifications) {
      if (m.equals(n.path("method").asText())) {
        out.add(n.path("params"));
      }
    }
    return out;
  }

  /** Fails unless the request succeeded at the protocol level. */
  public Answer assertNoError() {
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return this;
  }

  /** Fails unless the answer is a JSON-RPC error with this code. */
  public Answer assertError(int code) {
    if (!response.has("error") || response.path("error").path("code").asInt() != code) {
      throw new AssertionError("expected " + method + " to fail with code " + code + ", got " + response);
    }
    return this;
  }

  /** Fails unless the server sent {@code count} progress notifications. */
  public Answer assertProgressCount(int count) {
    if (progress().size() != count) {
      throw new AssertionError("expected " + count + " progress notifications, got " + progress());
    }
    return this;
  }

  /** Fails unless a log message of {@code level} whose data (as text) contains {@code text} was sent. */
  public Answer assertLogged(String level, String text) {
    for (JsonNode l : logs()) {
      JsonNode data = l.path("data");
      String s = data.isTextual() ? data.asText() : data.toString();
      if (level.equals(l.path("level").asText()) && s.contains(text)) {
        return this;
      }
    }
    throw new AssertionError("no " + level + " log message containing \"" + text + "\" among " + logs());
  }

  /** Fails unless the request took exactly {@code rounds} sends (see {@link #rounds()}). */
  public Answer assertRounds(int expected) {
    if (rounds != expected) {
      throw new AssertionError("expected " + expected + " rounds, took " + rounds);
    }
    return this;
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }

  static boolean same(JsonNode actual, Object expected) {
    if (expected instanceof JsonNode j) {
      return Objects.equals(actual, j);
    }
    if (expected instanceof String s) {
      return actual.isTextual() && actual.asText().equals(s);
    }
    if (expected instanceof Boolean b) {
      return actual.isBoolean() && actual.asBoolean() == b;
    }
    if (expected instanceof Number n) {
      return actual.isNumber() && actual.decimalValue().compareTo(new java.math.BigDecimal(n.toString())) == 0;
    }
    return expected == null && actual.isNull();
  }

  @Override
  public String toString() {
    return response.toString();
  }
}
