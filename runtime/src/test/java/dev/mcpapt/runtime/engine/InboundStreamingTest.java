package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request or notification is read straight from the parser's tokens, without a tree of the
 * envelope; every message, whichever way it is read, is classified exactly as the whole tree
 * classifies it: same kind, id, method and params, same error answer.
 */
class InboundStreamingTest {
  private static final int MAX_BATCH = 5;

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}}",
      "{\"method\":\"tools/list\",\"id\":\"a-b\",\"jsonrpc\":\"2.0\"}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":9223372036854775808,\"method\":\"ping\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":null}",
      "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"extra\":{\"ignored\":[1,2,{}]}}",
      "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"a\",\"method\":\"b\",\"params\":{\"x\":1},\"params\":{\"y\":2}}",
      // each of these needs the whole tree: the same answer must come out
      "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}",
      "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}",
      "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}",
      "{\"jsonrpc\":\"2.00\",\"id\":1,\"method\":\"ping\"}",
      "{\"id\":1,\"method\":\"ping\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":\"x\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"result\":{}}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"ok\":true}}",
      "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-1,\"message\":\"x\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":1}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} {}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"a\":[1,}}",
      "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"method\":\"n\"}]",
      "[1,2,3,4,5,6]",
      "[]", "\"text\"", "42", "", "   ", "nul"})
  void classifiedAsTheWholeTreeClassifiesIt(String message) {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    Inbound streamed = Inbound.parse(bytes, 0, bytes.length, MAX_BATCH);
    Inbound tree = Inbound.parseTree(bytes, 0, bytes.length, MAX_BATCH);
    assertEquals(tree.kind(), streamed.kind(), message);
    assertEquals(tree.id(), streamed.id(), message);
    assertEquals(tree.method(), streamed.method(), message);
    assertEquals(tree.params(), streamed.params(), message);
    assertEquals(tree.batch() == null ? null : tree.batch().size(), streamed.batch() == null ? null : streamed.batch().size());
    byte[] expectedError = tree.errorResponse();
    byte[] actualError = streamed.errorResponse();
    assertEquals(expectedError == null, actualError == null, message);
    if (expectedError != null) {
      assertArrayEquals(expectedError, actualError, new String(actualError, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aRequestReadFromTheTokensHasNoEnvelopeTree() {
    byte[] bytes = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"_meta\":{}}}".getBytes(StandardCharsets.UTF_8);
    Inbound in = Inbound.parse(bytes, 0, bytes.length, MAX_BATCH);
    assertEquals(Inbound.Kind.REQUEST, in.kind());
    assertNull(in.body());
    assertEquals("{\"_meta\":{}}", in.params().toString());
  }

  @Test
  void theEnvelopeIsReadWithinTheGivenRange() {
    byte[] bytes = "xx{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}yy".getBytes(StandardCharsets.UTF_8);
    Inbound in = Inbound.parse(bytes, 2, bytes.length - 4, MAX_BATCH);
    assertEquals(Inbound.Kind.REQUEST, in.kind());
    assertEquals("ping", in.method());
  }
}
