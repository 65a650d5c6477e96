package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The test's answer to a question of the server: {@code elicitation/create},
 * {@code sampling/createMessage} or {@code roots/list}, whether it came as a request of its own
 * (up to 2025-11-25) or inside a multi round-trip {@code InputRequiredResult} (2026-07-28).
 */
@FunctionalInterface
public interface InputHandler {
  /**
   * @param method the question's method, e.g. {@code elicitation/create}
   * @param params its params (for an elicitation: {@code message}, {@code requestedSchema})
   * @return the result to send back, e.g. {@code {"action":"accept","content":{...}}}
   */
  JsonNode answer(String method, JsonNode params);
}
