package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The schema checks the wire tests rely on do reject invalid messages. */
class SchemaCheckTest {
  @Test
  void rejectsResultsThatBreakTheirType() {
    SchemaCheck modern = SchemaCheck.of("2026-07-28");
    modern.assertValid(Wire.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"resultType\":\"complete\",\"contents\":[],"
        + "\"ttlMs\":0,\"cacheScope\":\"public\"}}"), "resources/read");
    assertThrows(AssertionFailedError.class, () -> modern.assertValid(
        Wire.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"resultType\":\"complete\",\"contents\":[]}}"), "resources/read"));
    assertThrows(AssertionFailedError.class, () -> SchemaCheck.of("2025-06-18").assertValid(
        Wire.parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"messages\":[{\"role\":\"user\"}]}}"), "prompts/get"));
    assertThrows(AssertionFailedError.class, () -> SchemaCheck.of("2025-11-25").assertValid(
        Wire.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progress\":1}}"), null));
  }
}
