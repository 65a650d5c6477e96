package dev.mcpapt.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonTrees} builds the very tree Jackson's {@code ObjectMapper} builds (node types
 * included: an int stays an {@code IntNode}, a long a {@code LongNode}) and writes the very text
 * it writes.
 */
class JsonTreesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "[]", "null", "true", "false", "0", "-1", "\"\"",
      "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}}",
      "[1,2147483647,2147483648,-2147483649,9223372036854775807,9223372036854775808,-9223372036854775809]",
      "[1.5,-0.0,1e-7,1E+300,1e400,0.1,123456789012345678901234567890.5]",
      "{\"s\":\"tab\\tnew\\nquote\\\"back\\\\slash\\/ \\u00e9 \\u2603 \\ud83d\\ude00 ctrl\\u0001\"}",
      "{\"a\":1,\"a\":{\"b\":[true,null,{}]},\"c\":[[[]]]}",
      "{\"k\":\"v\",\"nested\":{\"deeper\":{\"deepest\":[{\"x\":-12.25e3}]}}}",
      "  {\"spaced\" :  [ 1 , 2 ] }  "})
  void readsAndWritesWhatTheMapperDoes(String json) throws Exception {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonNode expected = MAPPER.readTree(bytes);
    JsonNode actual = JsonTrees.readDocument(FACTORY, bytes, 0, bytes.length);
    assertEquals(expected, actual);
    assertEquals(MAPPER.writeValueAsString(expected), write(actual));
    assertEquals(expected, JsonTrees.parse(json));
  }

  @Test
  void somethingAfterTheValueIsATrailingToken() {
    byte[] bytes = "{\"a\":1} {\"b\":2}".getBytes(StandardCharsets.UTF_8);
    JsonParseException e = assertThrows(JsonParseException.class, () -> JsonTrees.readDocument(FACTORY, bytes, 0, bytes.length));
    assertTrue(e.getOriginalMessage().startsWith("Trailing token"), e.getMessage());
  }

  @Test
  void onlyWhitespaceIsNoValue() throws Exception {
    byte[] bytes = " \n ".getBytes(StandardCharsets.UTF_8);
    assertNull(JsonTrees.readDocument(FACTORY, bytes, 0, bytes.length));
    assertThrows(JsonParseException.class, () -> JsonTrees.parse(" "));
  }

  @Test
  void malformedJsonIsTheParsersError() {
    byte[] bytes = "{\"a\":[1,}".getBytes(StandardCharsets.UTF_8);
    assertThrows(JsonParseException.class, () -> JsonTrees.readDocument(FACTORY, bytes, 0, bytes.length));
  }

  private static String write(JsonNode node) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      JsonTrees.write(g, node);
    }
    return out.toString();
  }
}
