package dev.mcpapt.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;

/**
 * What a tool method returns and how it becomes a tool result.
 *
 * @param value the JSON shape of the (awaited) value; null for {@link Kind#VOID} and {@link Kind#TOOL_RESULT}
 * @param async the method returns {@code CompletionStage<value>} or {@code CompletableFuture<value>}
 * @param javaType the awaited Java type; for a {@code WidgetResult<T>}, {@code T}
 * @param widget the method returns {@code WidgetResult<T>} or {@code TypedWidgetResult<T, D>} (the
 *     value is its {@code T}; the generated code calls {@code toToolResult} with the writer of
 *     {@code T})
 * @param widgetData for {@code TypedWidgetResult<T, D>}, {@code D}: meant to be a record or bean
 *     whose properties are the result's {@code _meta} keys; null otherwise
 * @param widgetDataType {@code D} as written, or null
 * @param unsupported why the method's return type cannot be used, or null
 */
public record ResultModel(
    Kind kind, ValueModel value, boolean async, TypeName javaType, boolean widget, ValueModel widgetData,
    TypeMirror widgetDataType, Unsupported unsupported) {
  public ResultModel(Kind kind, ValueModel value, boolean async, TypeName javaType) {
    this(kind, value, async, javaType, false, null, null, null);
  }

  /** A return type the generated code cannot use. */
  public static ResultModel unsupported(Unsupported unsupported, boolean async, TypeName javaType) {
    return new ResultModel(Kind.TOOL_RESULT, null, async, javaType, false, null, null, unsupported);
  }

  /** This result, returned wrapped in a {@code WidgetResult}. */
  public ResultModel asWidget() {
    return new ResultModel(kind, value, async, javaType, true, null, null, unsupported);
  }

  /** This result, returned wrapped in a {@code TypedWidgetResult} whose data is {@code widgetData}. */
  public ResultModel asWidget(ValueModel widgetData, TypeMirror widgetDataType) {
    return new ResultModel(kind, value, async, javaType, true, widgetData, widgetDataType, unsupported);
  }

  /** This result, which cannot be used for {@code unsupported}. */
  public ResultModel with(Unsupported unsupported) {
    return new ResultModel(kind, value, async, javaType, widget, widgetData, widgetDataType, unsupported);
  }

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
