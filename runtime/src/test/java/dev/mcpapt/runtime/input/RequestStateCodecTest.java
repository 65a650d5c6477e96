package dev.mcpapt.runtime.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestStateCodecTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final MutableClock clock = new MutableClock();
  private final RequestStateCodec codec = new RequestStateCodec(KEY, Duration.ofMinutes(5), clock);
  private final RequestStateCodec.Binding binding =
      new RequestStateCodec.Binding("tools/call", "greet", RequestStateCodec.digest(M.createObjectNode()), null);

  @Test
  void roundTripsTheAnswers() throws Exception {
    Map<String, JsonNode> answers = Map.of("user_name", M.readTree("{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}"));
    String state = codec.seal(binding, answers);
    assertEquals(answers, codec.open(state, binding));
    assertNotEquals(state, codec.seal(binding, answers), "every state carries a fresh nonce");
  }

  @Test
  void keysSharedByNodesRotateWithAnOverlap() throws Exception {
    dev.mcpapt.runtime.store.InMemoryStore store = new dev.mcpapt.runtime.store.InMemoryStore();
    RequestStateCodec nodeA = RequestStateCodec.withKeys(store::sealingKeys, Duration.ofMinutes(5), clock);
    RequestStateCodec nodeB = RequestStateCodec.withKeys(store::sealingKeys, Duration.ofMinutes(5), clock);
    Map<String, JsonNode> answers = Map.of("k", M.getNodeFactory().textNode("v"));
    String sealedBefore = nodeA.seal(binding, answers);
    assertEquals(answers, nodeB.open(sealedBefore, binding), "another node opens it");
    store.rotateSealingKey(Duration.ofMinutes(10));
    assertEquals(answers, nodeB.open(sealedBefore, binding), "the former key is accepted during the overlap");
    String sealedAfter = nodeB.seal(binding, answers);
    assertEquals(answers, nodeA.open(sealedAfter, binding));
    store.rotateSealingKey(Duration.ZERO);
    assertThrows(InvalidRequestStateException.class, () -> nodeA.open(sealedAfter, binding),
        "a key retired without overlap opens nothing");
    assertEquals(answers, nodeA.open(nodeA.seal(binding, answers), binding));
    new RequestStateCodec(KEY, Duration.ofMinutes(5), clock); // a fixed key still works as before
  }

  @Test
  void rejectsAnyChange() {
    String state = codec.seal(binding, Map.of("k", M.getNodeFactory().textNode("v")));
    assertThrows(InvalidRequestStateException.class, () -> codec.open(state + "-TAMPERED", binding));
    String[] parts = state.split("\\.");
    String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"v\"", "\"w\"");
    String forgedState = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    InvalidRequestStateException e = assertThrows(InvalidRequestStateException.class, () -> codec.open(forgedState, binding));
    assertTrue(e.getMessage().contains("integrity"), e.getMessage());
    assertThrows(InvalidRequestStateException.class, () -> codec.open("garbage", binding));
    RequestStateCodec other = new RequestStateCodec("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII),
        Duration.ofMinutes(5), clock);
    assertThrows(InvalidRequestStateException.class, () -> other.open(state, binding));
  }

  @Test
  void refusesEveryOtherSpellingOfTheSameState() throws Exception {
    String state = codec.seal(binding, Map.of("k", M.getNodeFactory().textNode("v")));
    assertEquals(1, codec.open(state, binding).size());
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/. ";
    int refused = 0;
    for (int i = 0; i < state.length(); i++) {
      for (char c : alphabet.toCharArray()) {
        if (c == state.charAt(i)) {
          continue;
        }
        String altered = state.substring(0, i) + c + state.substring(i + 1);
        assertThrows(InvalidRequestStateException.class, () -> codec.open(altered, binding), altered);
        refused++;
      }
    }
    assertTrue(refused > 10_000, "altered " + refused);
    // The MAC decodes the same with padding, or with other unused low bits in its last character.
    for (String tail : new String[] {"=", "==", "\n", " "}) {
      assertThrows(InvalidRequestStateException.class, () -> codec.open(state + tail, binding), tail);
    }
    String mac = state.substring(state.lastIndexOf('.') + 1);
    byte[] macBytes = Base64.getUrlDecoder().decode(mac);
    int sameMac = 0;
    String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (char c : b64.toCharArray()) {
      String altered = state.substring(0, state.length() - 1) + c;
      if (altered.equals(state)) {
        continue;
      }
      byte[] decoded = Base64.getUrlDecoder().decode(altered.substring(altered.lastIndexOf('.') + 1));
      if (java.util.Arrays.equals(decoded, macBytes)) {
        sameMac++;
      }
      assertThrows(InvalidRequestStateException.class, () -> codec.open(altered, binding), altered);
    }
    assertEquals(3, sameMac, "a 32-byte MAC leaves 2 unused bits in its last character: 3 other spellings decode alike");
  }

  @Test
  void rejectsStateOfAnotherRequestOrPrincipalOrAfterExpiry() throws Exception {
    String state = codec.seal(binding, Map.of());
    RequestStateCodec.Binding otherArgs =
        new RequestStateCodec.Binding("tools/call", "greet", RequestStateCodec.digest(M.readTree("{\"a\":1}")), null);
    assertThrows(InvalidRequestStateException.class, () -> codec.open(state, otherArgs));
    assertThrows(InvalidRequestStateException.class,
        () -> codec.open(state, new RequestStateCodec.Binding("tools/call", "other", binding.argumentsDigest(), null)));
    assertThrows(InvalidRequestStateException.class,
        () -> codec.open(state, new RequestStateCodec.Binding("tools/call", "greet", binding.argumentsDigest(), "alice")));
    clock.now = clock.now.plus(Duration.ofMinutes(6));
    InvalidRequestStateException e = assertThrows(InvalidRequestStateException.class, () -> codec.open(state, binding));
    assertTrue(e.getMessage().contains("expired"));
  }

  @Test
  void digestIgnoresKeyOrder() throws Exception {
    assertEquals(RequestStateCodec.digest(M.readTree("{\"a\":1,\"b\":{\"x\":[1,2],\"y\":null}}")),
        RequestStateCodec.digest(M.readTree("{\"b\":{\"y\":null,\"x\":[1,2]},\"a\":1}")));
    assertNotEquals(RequestStateCodec.digest(M.readTree("{\"a\":1}")), RequestStateCodec.digest(M.readTree("{\"a\":2}")));
  }

  @Test
  void shortKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RequestStateCodec(new byte[16], Duration.ofMinutes(1), clock));
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
