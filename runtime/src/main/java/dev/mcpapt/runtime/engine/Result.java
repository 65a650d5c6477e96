package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The result of a request, written straight into the response with a {@link JsonGenerator}.
 *
 * <p>The engine opens the {@code result} object, writes {@code resultType} on modern revisions,
 * calls {@link #writeFields}, then writes {@code _meta}: {@link #meta()} merged, on modern
 * revisions, with {@code io.modelcontextprotocol/serverInfo}. Implementations write every other
 * field, shaped for {@link RequestContext#revision()}.
 */
public interface Result {
  /** Writes the result's fields (not {@code resultType}, not {@code _meta}). */
  void writeFields(JsonGenerator generator, RequestContext request) throws IOException;

  /** The result's own {@code _meta}, or {@code null}. */
  default ObjectNode meta() {
    return null;
  }

  /** {@code "complete"}, or {@code "input_required"} for a multi round-trip interim result. */
  default String resultType() {
    return "complete";
  }

  /** The empty result ({@code {}}, or {@code {"resultType":"complete"}} on modern revisions). */
  static Result empty() {
    return (g, r) -> {};
  }
}
