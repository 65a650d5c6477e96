package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The answer to a {@code tools/call}, with assertions on its result. */
public final class ToolCall extends Answer {
  private final String tool;
  private final JsonNode descriptor;

  ToolCall(String tool, JsonNode descriptor, Answer a) {
    super("tools/call " + tool, a.response(), a.notifications(), a.rounds());
    this.tool = tool;
    this.descriptor = descriptor;
  }

  /** Whether the result is a tool error ({@code isError: true}). */
  public boolean isError() {
    return result().path("isError").asBoolean(false);
  }

  /** The text of the first content block, or {@code null}. */
  public String text() {
    JsonNode t = result().path("content").path(0).path("text");
    return t.isTextual() ? t.asText() : null;
  }

  /** The {@code structuredContent}, or a missing node. */
  public JsonNode structured() {
    return result().path("structuredContent");
  }

  /** The result's {@code _meta} (what a widget reads), or a missing node. */
  public JsonNode meta() {
    return result().path("_meta");
  }

  /** Fails unless the call succeeded: no protocol error, no {@code isError}. */
  public ToolCall assertOk() {
    assertNoError();
    check(!isError(), tool + " answered isError: " + text());
    return this;
  }

  /** Fails unless the call is a tool error ({@code isError: true}) whose text contains {@code text}. */
  public ToolCall assertToolError(String text) {
    assertNoError();
    check(isError(), "expected " + tool + " to answer isError, got " + result());
    check(text() != null && text().contains(text), "expected the error text of " + tool + " to contain \""
        + text + "\", got: " + text());
    return this;
  }

  /** Fails unless the first text block is exactly {@code expected}. */
  public ToolCall assertText(String expected) {
    check(expected.equals(text()), "expected the text of " + tool + " to be \"" + expected + "\", got: " + text());
    return this;
  }

  /** Fails unless the first text block contains {@code part}. */
  public ToolCall assertTextContains(String part) {
    check(text() != null && text().contains(part), "expected the text of " + tool + " to contain \"" + part
        + "\", got: " + text());
    return this;
  }

  /**
   * Fails unless the value at {@code pointer} (JSON Pointer, e.g. {@code /tasks/0/title}) of the
   * structured content equals {@code expected} (a String, Number, Boolean, null or JsonNode).
   */
  public ToolCall assertStructured(String pointer, Object expected) {
    JsonNode actual = structured().at(pointer);
    check(same(actual, expected), tool + " structuredContent" + pointer + ": expected " + expected + ", got "
        + (actual.isMissingNode() ? "nothing" : actual));
    return this;
  }

  /** Fails unless the value at {@code pointer} of the result's {@code _meta} equals {@code expected}. */
  public ToolCall assertMeta(String pointer, Object expected) {
    JsonNode actual = meta().at(pointer);
    check(same(actual, expected), tool + " _meta" + pointer + ": expected " + expected + ", got "
        + (actual.isMissingNode() ? "nothing" : actual));
    return this;
  }

  /**
   * Fails unless the tool declares an {@code outputSchema} and the structured content is valid
   * against it (JSON Schema 2020-12).
   */
  public ToolCall assertMatchesOutputSchema() {
    assertOk();
    JsonNode schema = descriptor == null ? null : descriptor.get("outputSchema");
    check(schema != null, tool + " declares no outputSchema");
    check(structured().isObject(), tool + " returned no structuredContent");
    Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema).validate(structured());
    check(problems.isEmpty(), tool + " structuredContent does not match its outputSchema: "
        + problems.stream().map(ValidationMessage::getMessage).toList() + " in " + structured());
    return this;
  }

  /** The tool's descriptor as {@code tools/list} gave it. */
  public JsonNode descriptor() {
    return descriptor;
  }

  @Override
  public ToolCall assertProgressCount(int count) {
    super.assertProgressCount(count);
    return this;
  }

  @Override
  public ToolCall assertLogged(String level, String text) {
    super.assertLogged(level, text);
    return this;
  }

  @Override
  public ToolCall assertRounds(int expected) {
    super.assertRounds(expected);
    return this;
  }
}
