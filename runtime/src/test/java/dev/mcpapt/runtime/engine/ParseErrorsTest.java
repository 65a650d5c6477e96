package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed JSON gets a -32700 error in the client's terms: what is wrong and where, no parser internals. */
class ParseErrorsTest {
  /** Words of the parser's vocabulary (class, feature and switch names) a client must never see. */
  static final Pattern INTERNALS = Pattern.compile(
      "(?i)jackson|fasterxml|Feature|enable|`|\\bSource\\b|REDACTED|VALUE_[A-Z]|START_|END_|Exception|\\bcode \\d|CTRL-CHAR|"
          + "\\bcom\\.|\\bjava\\.|[A-Z][a-z]+[A-Z][A-Za-z]*(Exception|Feature|Constraints|Node|Parser)");

  private final Engine engine = new Engine(new Engine.Settings("p", "1", null, null, 0, "public", 10, 1 << 20));

  private JsonNode error(String message) {
    return error(message.getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode error(byte[] message) {
    Inbound in = engine.parse(message);
    assertEquals(Inbound.Kind.INVALID, in.kind());
    JsonNode e = EngineApiTest.parse(in.errorResponse()).path("error");
    assertEquals(-32700, e.path("code").asInt(), e.toString());
    String text = e.path("message").asText();
    assertTrue(text.startsWith("Parse error: "), text);
    assertFalse(INTERNALS.matcher(text).find(), "parser internals in: " + text);
    return e;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\":NaN}|'NaN' is not a number in JSON (JSON has no NaN or Infinity) at line 1, column 9",
      "{\"a\":-Infinity}|'-Infinity' is not a number in JSON",
      "{\"a\":+1}|a number may not start with '+'",
      "{a:1}|expected a property name in double quotes, got 'a' at line 1, column 2",
      "{'a':1}|expected a property name in double quotes, got '''",
      "{\"a\":1,}|expected a property name in double quotes, got '}'",
      "[1,]|expected a value, got ']'",
      "{\"a\":\"\\q\"}|a string holds an invalid escape \\'q'",
      "{\"a\":\"\\u12\"}|invalid \\u escape",
      "{\"a\":01}|malformed number",
      "{\"a\":1.}|malformed number",
      "{\"a\":tru}|unexpected word 'tru'",
      "{\"a\":1} x|unexpected word 'x'",
      "{\"a\":1}{}|more text after the end of the JSON value",
      "{\"a\":|the message ends before its JSON is complete",
      "\"abc|the message ends before its JSON is complete",
      "/*c*/{}|comments are not allowed in JSON",
      "{\"a\":1 \"b\":2}|expected ',' between entries, got '\"'",
      "{\"a\" 1}|expected ':' after a property name, got '1'",
      "}|unexpected '}' (brackets do not match)",
      "{\"a\":[}|unexpected '}'"})
  void malformedJsonIsDescribedInPlainWords(String message, String expected) {
    String text = error(message).path("message").asText();
    assertTrue(text.contains(expected), text + "\n  expected to contain: " + expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":\"x\ny\"}", "\u0000", "{\"a\":\"\u001b\"}"})
  void controlCharactersAreNamedByCodePoint(String message) {
    String text = error(message).path("message").asText();
    assertTrue(text.matches(".*U\\+00(0A|00|1B).*"), text);
  }

  @ParameterizedTest
  @ValueSource(ints = {1001, 2000, 100_000})
  void aLongNumberIsReportedAsSuch(int digits) {
    String text = error("{\"a\":" + "1".repeat(digits) + "}").path("message").asText();
    assertEquals("Parse error: a number is too long (more than 1000 digits)", text);
  }

  @ParameterizedTest
  @ValueSource(ints = {257, 1000})
  void deepNestingIsReportedAsSuch(int depth) {
    String text = error("[".repeat(depth) + "]".repeat(depth)).path("message").asText();
    assertEquals("Parse error: the message nests deeper than 256 levels", text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ff", "c3", "80", "fe"})
  void invalidUtf8IsReportedAsSuch(String hex) {
    byte[] message = ("{\"a\":\"x" + "?" + "\"}").getBytes(StandardCharsets.US_ASCII);
    message[7] = (byte) Integer.parseInt(hex, 16);
    String text = error(message).path("message").asText();
    assertTrue(text.contains("not valid UTF-8"), text);
  }
}
