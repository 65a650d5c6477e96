package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ClientInputsTest {
  private static final String ALL = "{\"elicitation\":{},\"sampling\":{},\"roots\":{}}";
  private final McpServer server = Wire.server();

  private static ObjectNode retry(String tool, JsonNode state, String inputResponses) {
    ObjectNode p = Wire.params("{\"name\":\"" + tool + "\",\"arguments\":{},\"inputResponses\":" + inputResponses + "}");
    if (state != null) {
      p.set("requestState", state);
    }
    return p;
  }

  // ---------------------------------------------------------------- 2026-07-28: rounds

  @Test
  void firstRoundAsksAndTheRetryCompletes() {
    Wire w = Wire.modern(server, ALL);
    JsonNode r1 = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}").result();
    assertEquals("input_required", r1.get("resultType").asText());
    JsonNode ask = r1.get("inputRequests").get("user_name");
    assertEquals("elicitation/create", ask.get("method").asText());
    assertEquals("form", ask.get("params").get("mode").asText());
    assertEquals("string", ask.get("params").get("requestedSchema").get("properties").get("name").get("type").asText());
    assertTrue(r1.get("requestState").isTextual());
    assertFalse(r1.has("ttlMs"), "interim results carry no caching hints");

    JsonNode r2 = w.call("tools/call", retry("greet", r1.get("requestState"),
        "{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}")).result();
    assertEquals("complete", r2.get("resultType").asText());
    assertEquals("Hello, Ada!", r2.get("content").get(0).get("text").asText());
  }

  @Test
  void laterRoundsReplayEarlierAnswersFromTheState() {
    Wire w = Wire.modern(server, ALL);
    JsonNode r1 = w.call("tools/call", "{\"name\":\"two_steps\",\"arguments\":{}}").result();
    assertTrue(r1.get("inputRequests").has("step1"));
    JsonNode r2 = w.call("tools/call", retry("two_steps", r1.get("requestState"),
        "{\"step1\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}")).result();
    assertEquals("input_required", r2.get("resultType").asText());
    assertTrue(r2.get("inputRequests").has("step2"));
    assertFalse(r2.get("inputRequests").has("step1"));
    assertNotEquals(r1.get("requestState"), r2.get("requestState"));
    JsonNode r3 = w.call("tools/call", retry("two_steps", r2.get("requestState"),
        "{\"step2\":{\"action\":\"accept\",\"content\":{\"color\":\"blue\"}}}")).result();
    assertEquals("Ada likes blue", r3.get("content").get(0).get("text").asText());
  }

  @Test
  void aBatchIsAskedInOneRound() {
    Wire w = Wire.modern(server, ALL);
    JsonNode r1 = w.call("tools/call", "{\"name\":\"everything\",\"arguments\":{}}").result();
    JsonNode asks = r1.get("inputRequests");
    assertEquals(List.of("who", "haiku", "roots"), List.copyOf(iterable(asks)));
    assertEquals("sampling/createMessage", asks.get("haiku").get("method").asText());
    assertEquals(50, asks.get("haiku").get("params").get("maxTokens").asInt());
    assertEquals("roots/list", asks.get("roots").get("method").asText());
    JsonNode r2 = w.call("tools/call", retry("everything", r1.get("requestState"), "{"
        + "\"who\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}},"
        + "\"haiku\":{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"old pond\"},\"model\":\"m\"},"
        + "\"roots\":{\"roots\":[{\"uri\":\"file:///work\",\"name\":\"work\"}]}}")).result();
    assertEquals("Ada|old pond|file:///work", r2.get("content").get(0).get("text").asText());
  }

  @Test
  void answersWithoutStateAreUsedAndUnknownKeysIgnored() {
    Wire w = Wire.modern(server, ALL);
    JsonNode done = w.call("tools/call", retry("greet", null,
        "{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Bo\"}},\"extra\":{\"action\":\"accept\"},\"n\":1}")).result();
    assertEquals("Hello, Bo!", done.get("content").get(0).get("text").asText());
    JsonNode again = w.call("tools/call", retry("greet", null, "{\"wrong_key\":{\"action\":\"accept\"}}")).result();
    assertEquals("input_required", again.get("resultType").asText(), "a missing answer is asked again");
  }

  @Test
  void malformedAnswersAndStateAreInvalidParams() {
    Wire w = Wire.modern(server, ALL);
    JsonNode bad = w.call("tools/call", retry("greet", null, "{\"user_name\":12345}")).error();
    assertEquals(-32602, bad.get("code").asInt());
    assertTrue(bad.get("message").asText().contains("inputResponses[\"user_name\"]"), bad.toString());
    assertEquals(-32602, w.call("tools/call", retry("greet", null, "null")).error().get("code").asInt());

    JsonNode r1 = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}").result();
    ObjectNode tampered = retry("greet", null, "{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Eve\"}}}");
    tampered.put("requestState", r1.get("requestState").asText() + "-TAMPERED");
    assertEquals(-32602, w.call("tools/call", tampered).error().get("code").asInt());

    ObjectNode otherTool = retry("two_steps", r1.get("requestState"), "{}");
    JsonNode moved = w.call("tools/call", otherTool).error();
    assertTrue(moved.get("message").asText().contains("different request"), moved.toString());
  }

  @Test
  void onlyDeclaredCapabilitiesAreAsked() {
    Wire samplingOnly = Wire.modern(server, "{\"sampling\":{}}");
    JsonNode r = samplingOnly.call("tools/call", "{\"name\":\"sample_or_elicit\",\"arguments\":{}}").result();
    assertEquals("sampling/createMessage", r.get("inputRequests").get("s").get("method").asText());

    JsonNode missing = Wire.modern(server, "{}").call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}").error();
    assertEquals(-32021, missing.get("code").asInt());
    assertTrue(missing.get("data").get("requiredCapabilities").get("elicitation").isObject(), missing.toString());
  }

  @Test
  void catchingExceptionsDoesNotSwallowTheRound() {
    JsonNode r = Wire.modern(server, ALL).call("tools/call", "{\"name\":\"swallows\",\"arguments\":{}}").result();
    assertEquals("input_required", r.get("resultType").asText());
  }

  @Test
  void promptsAskToo() {
    Wire w = Wire.modern(server, ALL);
    JsonNode r1 = w.call("prompts/get", "{\"name\":\"asks\"}").result();
    assertEquals("input_required", r1.get("resultType").asText());
    ObjectNode p = Wire.params("{\"name\":\"asks\",\"inputResponses\":{\"user_context\":{\"action\":\"accept\",\"content\":{\"context\":\"tests\"}}}}");
    p.set("requestState", r1.get("requestState"));
    assertEquals("context: tests", w.call("prompts/get", p).result().get("messages").get(0).get("content").get("text").asText());
  }

  @Test
  void listsNeverEndInInputRequired() {
    Wire w = Wire.modern(server, ALL);
    assertEquals("complete", w.call("tools/list", "{}").result().get("resultType").asText());
    assertEquals("complete", w.call("prompts/list", "{}").result().get("resultType").asText());
  }

  // ---------------------------------------------------------------- up to 2025-11-25: server-to-client requests

  @Test
  void legacyRevisionsSendServerToClientRequests() {
    Wire w = Wire.legacy(server, "2025-11-25", ALL);
    List<String> asked = new CopyOnWriteArrayList<>();
    w.responder = request -> {
      asked.add(request.get("method").asText());
      return switch (request.get("method").asText()) {
        case "elicitation/create" -> Wire.parse("{\"action\":\"accept\",\"content\":{\"name\":\"Cy\"}}");
        case "sampling/createMessage" -> Wire.parse("{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"verse\"},\"model\":\"m\"}");
        case "roots/list" -> Wire.parse("{\"roots\":[{\"uri\":\"file:///r\"}]}");
        default -> null;
      };
    };
    Wire.Exchange greet = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}");
    assertEquals("Hello, Cy!", greet.result().get("content").get(0).get("text").asText());
    assertEquals("elicitation/create", greet.messages().get(0).get("method").asText(), "sent on the request's stream");
    assertEquals("Cy|verse|file:///r", w.call("tools/call", "{\"name\":\"everything\",\"arguments\":{}}")
        .result().get("content").get(0).get("text").asText());
    assertEquals("verse 1", w.call("tools/call", "{\"name\":\"numbered\",\"arguments\":{}}")
        .result().get("content").get(0).get("text").asText());
    assertTrue(asked.containsAll(List.of("elicitation/create", "sampling/createMessage", "roots/list")));
  }

  @Test
  void legacyClientsWithoutTheCapabilityGetAToolError() {
    Wire w = Wire.legacy(server, "2025-06-18", "{}");
    JsonNode r = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}").result();
    assertTrue(r.get("isError").asBoolean());
    assertTrue(r.get("content").get(0).get("text").asText().contains("elicitation capability"), r.toString());
  }

  @Test
  void legacyClientErrorsBecomeToolErrors() {
    Wire w = Wire.legacy(server, "2025-11-25", ALL);
    w.responder = request -> null;
    JsonNode r = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}").result();
    assertTrue(r.get("isError").asBoolean());
    assertTrue(r.get("content").get(0).get("text").asText().contains("could not answer elicitation/create"), r.toString());
  }

  @Test
  void instancesSharingAKeyContinueEachOthersRounds() {
    byte[] key = "a shared secret of at least 32 bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    McpServer a = McpServer.builder().name("a").version("1").component(new Fixtures()).requestStateKey(key).build();
    McpServer b = McpServer.builder().name("b").version("1").component(new Fixtures()).requestStateKey(key).build();
    McpServer other = McpServer.builder().name("c").version("1").component(new Fixtures()).build();
    JsonNode r1 = Wire.modern(a, ALL).call("tools/call", "{\"name\":\"two_steps\",\"arguments\":{}}").result();
    ObjectNode retry = retry("two_steps", r1.get("requestState"), "{\"step1\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}");
    JsonNode r2 = Wire.modern(b, ALL).call("tools/call", retry).result();
    assertEquals("input_required", r2.get("resultType").asText());
    assertTrue(r2.get("inputRequests").has("step2"), "instance b continued where a left off");
    assertEquals(-32602, Wire.modern(other, ALL).call("tools/call", retry).error().get("code").asInt(),
        "an instance with another key refuses the state");
  }

  @Test
  void cancellingTheRequestEndsTheWaitForTheClient() {
    Wire w = Wire.legacy(server, "2025-11-25", ALL);
    int id = w.nextId();
    w.responder = request -> {
      w.notify("notifications/cancelled", "{\"requestId\":" + id + ",\"reason\":\"user closed the dialog\"}");
      return Wire.M.missingNode();
    };
    // Wire.call waits at most 10 s; without cancellation the tool would wait the 10-minute client timeout.
    Wire.Exchange e = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}");
    assertEquals(null, e.response(), "a cancelled request gets no response");
  }

  @Test
  void aServerToClientRequestThatTimesOutIsCancelledOnTheWire() {
    McpServer impatient = McpServer.builder().name("impatient").version("1").component(new Fixtures())
        .clientTimeout(java.time.Duration.ofMillis(300)).build();
    try {
      Wire w = Wire.legacy(impatient, "2025-11-25", ALL);
      w.responder = request -> Wire.M.missingNode(); // the client never answers
      Wire.Exchange e = w.call("tools/call", "{\"name\":\"greet\",\"arguments\":{}}");
      assertTrue(e.result().get("isError").asBoolean());
      assertTrue(e.result().get("content").get(0).get("text").asText().contains("did not answer elicitation/create"));
      JsonNode asked = e.messages().get(0);
      assertEquals("elicitation/create", asked.get("method").asText());
      List<JsonNode> cancelled = e.notifications("notifications/cancelled");
      assertEquals(1, cancelled.size(), e.messages().toString());
      assertEquals(asked.get("id"), cancelled.get(0).get("params").get("requestId"));
    } finally {
      impatient.close();
    }
  }

  private static List<String> iterable(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
