package dev.mcpapt.runtime.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Coverage-guided fuzzing of {@code requestState} opening: any string a client sends back, and any
 * edit of a state the server sealed. Only the exact sealed string opens; everything else is refused
 * with {@link InvalidRequestStateException} and one of its fixed messages, which never echo it.
 */
class RequestStateFuzzTest {
  private static final RequestStateCodec CODEC = new RequestStateCodec(
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), Duration.ofMinutes(5), Clock.systemUTC());
  private static final RequestStateCodec.Binding BINDING = new RequestStateCodec.Binding("tools/call", "greet",
      RequestStateCodec.digest(JsonNodeFactory.instance.objectNode()), null);
  private static final Map<String, JsonNode> ANSWERS = Map.of("name", JsonNodeFactory.instance.textNode("Ada"));
  private static final String SEALED = CODEC.seal(BINDING, ANSWERS);
  private static final Set<String> MESSAGES = Set.of("requestState is empty", "requestState was not issued by this server",
      "requestState failed its integrity check", "requestState has expired; send the request again without it",
      "requestState belongs to a different request", "requestState belongs to a different principal");

  @FuzzTest(maxDuration = "5m")
  void anyStringIsRefused(String state) {
    if (SEALED.equals(state)) {
      return;
    }
    InvalidRequestStateException e = assertThrows(InvalidRequestStateException.class, () -> CODEC.open(state, BINDING));
    assertTrue(MESSAGES.contains(e.getMessage()), e.getMessage());
  }

  @FuzzTest(maxDuration = "5m")
  void everyEditOfASealedStateIsRefused(FuzzedDataProvider data) throws Exception {
    StringBuilder state = new StringBuilder(SEALED);
    int edits = data.consumeInt(1, 4);
    for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
      int at = data.consumeInt(0, state.length());
      switch (data.consumeInt(0, 2)) {
        case 0 -> state.insert(at, data.consumeChar());
        case 1 -> {
          if (at < state.length()) {
            state.deleteCharAt(at);
          }
        }
        default -> {
          if (at < state.length()) {
            state.setCharAt(at, data.consumeChar());
          }
        }
      }
    }
    String edited = state.toString();
    if (edited.equals(SEALED)) {
      assertEquals(ANSWERS, CODEC.open(edited, BINDING));
      return;
    }
    InvalidRequestStateException e = assertThrows(InvalidRequestStateException.class, () -> CODEC.open(edited, BINDING));
    assertTrue(MESSAGES.contains(e.getMessage()), e.getMessage());
  }
}
