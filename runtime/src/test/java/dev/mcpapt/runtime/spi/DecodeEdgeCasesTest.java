package dev.mcpapt.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Numbers too large for a double, and text that is not valid Unicode, get clear problems. */
class DecodeEdgeCasesTest {
  private static final ObjectMapper M = new ObjectMapper();

  private static String problem(String json, BiFunction<JsonNode, Problems, ?> reader) throws Exception {
    Problems p = new Problems();
    p.enter("x");
    reader.apply(M.readTree(json).get("x"), p);
    p.exit();
    assertEquals(1, p.count(), p.list().toString());
    return p.list().get(0);
  }

  @Test
  void aNumberBeyondDoubleIsOutOfRangeNotAString() throws Exception {
    for (String n : new String[] {"1e400", "-1e400", "1" + "0".repeat(400) + ".5"}) {
      String json = "{\"x\":" + n + "}";
      for (BiFunction<JsonNode, Problems, ?> reader : List.<BiFunction<JsonNode, Problems, ?>>of(
          Decode::intValue, Decode::longValue, Decode::doubleValue, Decode::floatValue, Decode::bigDecimal,
          Decode::bigInteger, Decode::shortValue)) {
        String p = problem(json, reader);
        assertTrue(p.contains("out of range"), n + ": " + p);
        assertFalse(p.contains("Infinity"), n + ": " + p);
      }
      String asString = problem(json, Decode::string);
      assertTrue(asString.contains("expected string, got a number out of range"), asString);
    }
    assertTrue(problem("{\"x\":1e39}", Decode::floatValue).contains("out of range"));
    Problems ok = new Problems();
    assertEquals(1e308, Decode.doubleValue(M.readTree("1e308"), ok));
    assertTrue(ok.isEmpty());
  }

  @Test
  void anUnpairedSurrogateIsRefusedNotTurnedIntoAQuestionMark() throws Exception {
    for (String s : new String[] {"\\ud800", "a\\udc00b", "\\ud83d", "x\\ude00\\ud83d"}) {
      String p = problem("{\"x\":\"" + s + "\"}", Decode::string);
      assertTrue(p.startsWith("x: is not valid Unicode text: an unpaired surrogate \\u"), p);
    }
    Problems ok = new Problems();
    assertEquals("\ud83d\ude00!", Decode.string(M.readTree("\"\\ud83d\\ude00!\""), ok), "a pair is fine");
    assertNull(Decode.string(M.readTree("\"\\ud800\""), new Problems()));
    assertTrue(ok.isEmpty());
  }
}
