package dev.mcpapt.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * What a tool method returns and how it becomes a tool result.
 *
 * @param value the JSON shape of the (awaited) value; null for {@link Kind#VOID} and {@link Kind#TOOL_RESULT}
 * @param async the method returns {@code CompletionStage<value>} or {@code CompletableFuture<value>}
 * @param javaType the awaited Java type
 */
public record ResultModel(Kind kind, ValueModel value, boolean async, TypeName javaType) {
  public enum Kind {
    /** No value: an empty result. */
    VOID,
    /** Strings, numbers, booleans and other scalars: one text block, no {@code outputSchema}. */
    TEXT,
    /** Records, beans, sealed types and maps: structured content with an {@code outputSchema}. */
    STRUCTURED,
    /** Collections and arrays: structured content wrapped as {@code {"items": [...]}}. */
    ITEMS,
    /** A {@code ToolResult}, passed through as is; no {@code outputSchema}. */
    TOOL_RESULT
  }

  public boolean hasOutputSchema() {
    return kind == Kind.STRUCTURED || kind == Kind.ITEMS;
  }
}
