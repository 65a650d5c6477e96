package dev.mcpapt.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Invariants the fuzz targets share: what a client is told never shows the server's insides. */
public final class FuzzChecks {
  /** Class, package and parser-switch names, stack frames: nothing a client should ever read. */
  private static final Pattern INTERNALS = Pattern.compile(
      "(?i:exception|jackson|fasterxml|\\bjava\\.|\\bjavax\\.|dev\\.mcpapt|\\bat [a-z]+\\.[a-z])"
          + "|`|[A-Z][a-z]+(?:Feature|Constraints|Node|Parser|Error|Exception)\\b");

  private FuzzChecks() {}

  /**
   * Fails if {@code text} (an error message or result a client gets) names an internal the
   * {@code input} did not itself contain (a client's own strings may be echoed back).
   */
  public static void assertNoInternals(String text, String input) {
    if (text == null) {
      return;
    }
    Matcher m = INTERNALS.matcher(text);
    while (m.find()) {
      if (input == null || !input.toLowerCase(java.util.Locale.ROOT).contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
        fail("internals in what a client reads (" + m.group() + "): " + text);
      }
    }
  }

  /** A tool the fuzzer picked, the arguments it wrote (any JSON) and their text. */
  public record ToolCall(ToolHandler tool, JsonNode arguments, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One of {@code tools} and arguments for it from the fuzzer's input, or {@code null} when the
   * input is not JSON (malformed JSON is the request parser's part, fuzzed on its own).
   */
  public static ToolCall toolCall(FuzzedDataProvider data, List<ToolHandler> tools) {
    ToolHandler tool = tools.get(data.consumeInt(0, tools.size() - 1));
    String text = data.consumeRemainingAsString();
    try {
      return new ToolCall(tool, JSON.readTree(text), text);
    } catch (IOException e) {
      return null;
    }
  }

  /** A refusal of bad arguments says why, in the client's terms. */
  public static void assertClearRefusal(InvalidArgumentsException e, String input) {
    assertFalse(e.problems().isEmpty(), "refused without a reason");
    for (String problem : e.problems()) {
      assertNoInternals(problem, input);
    }
  }
}
