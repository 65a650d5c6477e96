package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.spi.JsonWriter;
import java.util.List;
import java.util.Objects;

/**
 * The result of a tool call, before it is written to the wire: content blocks, an optional
 * structured value (with the generated writer that encodes it), result {@code _meta}, and whether
 * it reports an error.
 *
 * <p>When a structured value is present and no content is given, the runtime sends the value's
 * JSON as a text block too, for clients that read only {@code content}.
 */
public final class ToolResult {
  private final List<Content> content;
  private final Object structured;
  private final JsonWriter<Object> structuredWriter;
  private final ObjectNode meta;
  private final boolean error;

  private ToolResult(
      List<Content> content, Object structured, JsonWriter<Object> structuredWriter, ObjectNode meta, boolean error) {
    this.content = List.copyOf(content);
    for (Content c : this.content) {
      if (c.isSamplingOnly()) {
        throw new IllegalArgumentException("tool_use and tool_result blocks belong in sampling messages, not tool results");
      }
    }
    this.structured = structured;
    this.structuredWriter = structuredWriter;
    this.meta = meta;
    this.error = error;
  }

  /** A result of one text block. */
  public static ToolResult text(String text) {
    return new ToolResult(List.of(Content.text(text)), null, null, null, false);
  }

  /** A tool error of one text block ({@code isError: true}). */
  public static ToolResult error(String message) {
    return new ToolResult(List.of(Content.text(message)), null, null, null, true);
  }

  /** A result of the given content blocks. */
  public static ToolResult of(List<? extends Content> content) {
    return new ToolResult(List.copyOf(content), null, null, null, false);
  }

  /** A structured result, encoded by {@code writer}; its JSON is also the text fallback. */
  @SuppressWarnings("unchecked")
  public static <T> ToolResult structured(T value, JsonWriter<? super T> writer) {
    Objects.requireNonNull(writer, "writer");
    return new ToolResult(List.of(), value, (JsonWriter<Object>) writer, null, false);
  }

  /** This result with {@code content} in place of its content blocks. */
  public ToolResult withContent(List<? extends Content> content) {
    return new ToolResult(List.copyOf(content), structured, structuredWriter, meta, error);
  }

  /** This result with the given result {@code _meta} (seen by widgets, not by the model). */
  public ToolResult withMeta(ObjectNode meta) {
    return new ToolResult(content, structured, structuredWriter, meta, error);
  }

  /** This result marked as an error ({@code isError: true}). */
  public ToolResult asError() {
    return new ToolResult(content, structured, structuredWriter, meta, true);
  }

  public List<Content> content() {
    return content;
  }

  /** Whether a structured value is present (null values count: they encode as JSON null). */
  public boolean hasStructuredContent() {
    return structuredWriter != null;
  }

  public Object structuredValue() {
    return structured;
  }

  public JsonWriter<Object> structuredWriter() {
    return structuredWriter;
  }

  /** Result {@code _meta}, or null. */
  public ObjectNode meta() {
    return meta;
  }

  public boolean isError() {
    return error;
  }
}
