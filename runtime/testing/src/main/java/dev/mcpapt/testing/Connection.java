package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** How messages reach the server under test and come back: stdio framing, or HTTP posts. */
interface Connection extends AutoCloseable {
  /**
   * Sends a request and returns every message the server sent for it, its response last. Requests
   * the server sends meanwhile (2025-11-25 and earlier) are answered with {@code answer}.
   */
  List<JsonNode> exchange(ObjectNode request, Function<JsonNode, JsonNode> answer, Duration timeout);

  void notify(ObjectNode notification);

  /** Whether the connection carries sessions of every revision (stdio) or only 2026-07-28 (HTTP here). */
  boolean sessions();

  @Override
  void close();
}
