package dev.mcpapt.runtime.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.JsonWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link WidgetResult} whose widget-only {@code _meta} has a declared type: what a tool returns
 * when its widget should read that data typed, as it reads {@code structuredContent}.
 *
 * <ul>
 *   <li>{@code T}, the structured value, becomes {@code structuredContent} (model and widget), as
 *       with {@code WidgetResult<T>}.
 *   <li>{@code D}, the widget data, is a record (or bean) whose properties become the keys of the
 *       result's {@code _meta}: ChatGPT's {@code window.openai.toolResponseMetadata}, the
 *       {@code _meta} of the result an MCP Apps host hands the widget. The model never sees it.
 *       The processor generates its writer, and declares its type in the class's {@code .d.ts}.
 * </ul>
 *
 * <pre>{@code
 * public record TaskBoard(List<Task> tasks) {}
 *
 * @Tool @OutputTemplate(uri = "ui://tasks/board.html", html = "widgets/board.html")
 * public TypedWidgetResult<TaskSummary, TaskBoard> showTasks() {
 *   List<Task> tasks = store.all();
 *   return TypedWidgetResult.of(TaskSummary.of(tasks), new TaskBoard(tasks))
 *       .text(tasks.size() + " tasks");
 * }
 * }</pre>
 *
 * <p>{@link #meta(String, JsonNode)} still adds keys of its own, for what has no fixed shape; a key
 * the widget data already writes cannot be set that way (the declared type would no longer hold),
 * and {@link #toToolResult} rejects it. Instances are immutable; each method returns a new one.
 *
 * @param <T> the structured value's type
 * @param <D> the widget data's type
 */
public final class TypedWidgetResult<T, D> {
  private final WidgetResult<T> result;
  private final D data;

  private TypedWidgetResult(WidgetResult<T> result, D data) {
    this.result = result;
    this.data = data;
  }

  /** A result whose {@code structuredContent} is {@code value} and whose {@code _meta} is {@code data}. */
  public static <T, D> TypedWidgetResult<T, D> of(T value, D data) {
    return new TypedWidgetResult<>(WidgetResult.of(value), Objects.requireNonNull(data, "data"));
  }

  /** This result with {@code text} as its only content block: what the model reads. */
  public TypedWidgetResult<T, D> text(String text) {
    return new TypedWidgetResult<>(result.text(text), data);
  }

  /** This result with the given content blocks in place of any earlier ones. */
  public TypedWidgetResult<T, D> content(List<? extends Content> blocks) {
    return new TypedWidgetResult<>(result.content(blocks), data);
  }

  /** This result with one more widget-only key, beside those of the widget data. */
  public TypedWidgetResult<T, D> meta(String key, JsonNode value) {
    return new TypedWidgetResult<>(result.meta(key, value), data);
  }

  /** This result asking ChatGPT to close the widget ({@code _meta["openai/closeWidget"]: true}). */
  public TypedWidgetResult<T, D> closeWidget() {
    return new TypedWidgetResult<>(result.closeWidget(), data);
  }

  /** This result marked as a tool error ({@code isError: true}); the widget still gets its data. */
  public TypedWidgetResult<T, D> asError() {
    return new TypedWidgetResult<>(result.asError(), data);
  }

  public T value() {
    return result.value();
  }

  public D data() {
    return data;
  }

  /** The content blocks set with {@link #text} or {@link #content}; empty if none. */
  public List<Content> content() {
    return result.content();
  }

  /** The keys added with {@link #meta(String, JsonNode)} or {@link #closeWidget()} (a copy), or null if none. */
  public ObjectNode meta() {
    return result.meta();
  }

  public boolean isError() {
    return result.isError();
  }

  /**
   * The {@link ToolResult} this stands for: the value encoded by {@code writer}, and a {@code _meta}
   * holding the data as {@code dataWriter} encodes it, then the keys added with {@link #meta}.
   * Generated code calls this with the writers of {@code T} and {@code D}.
   *
   * @throws IllegalStateException if the data is not a JSON object, or a key added with {@link
   *     #meta} is one the data writes
   */
  public ToolResult toToolResult(JsonWriter<? super T> writer, JsonWriter<? super D> dataWriter) {
    Objects.requireNonNull(dataWriter, "dataWriter");
    ToolResult base = result.toToolResult(writer);
    if (!(WidgetResult.tree(dataWriter, data, "the widget data") instanceof ObjectNode meta)) {
      throw new IllegalStateException("the widget data must be written as a JSON object: it becomes the result's _meta");
    }
    ObjectNode extra = result.meta();
    if (extra != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (meta.has(e.getKey())) {
          throw new IllegalStateException("_meta." + e.getKey()
              + " is written by the widget data; set it there rather than with meta(...)");
        }
        meta.set(e.getKey(), e.getValue());
      }
    }
    return meta.isEmpty() ? base : base.withMeta(meta);
  }
}
