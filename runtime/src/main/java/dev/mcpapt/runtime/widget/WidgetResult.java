package dev.mcpapt.runtime.widget;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What a tool that renders a widget returns: one value, three audiences.
 *
 * <ul>
 *   <li>{@link #of(Object) the structured value} becomes {@code structuredContent}. The model and
 *       the widget both see it; its type is the method's declared {@code WidgetResult<T>}
 *       argument, so it always matches the generated {@code outputSchema}.
 *   <li>{@link #text(String) text} becomes the {@code content} the model reads (and hosts without
 *       widgets show). Without it, the value's JSON is sent as text.
 *   <li>{@link #meta(String, JsonNode) widget-only data} goes to the result's {@code _meta}: the
 *       widget gets it ({@code toolMeta} in the bridge, {@code window.openai.toolResponseMetadata}
 *       in ChatGPT), the model never does. Put bulky or private data here. To give that data a
 *       type the widget's TypeScript sees, return a {@link TypedWidgetResult} instead.
 * </ul>
 *
 * <pre>{@code
 * @Tool @OutputTemplate(uri = "ui://tasks/board.html", html = "widgets/board.html")
 * public WidgetResult<TaskSummary> showTasks() {
 *   List<Task> tasks = store.all();
 *   return WidgetResult.of(TaskSummary.of(tasks))
 *       .text(tasks.size() + " tasks, " + TaskSummary.open(tasks) + " open")
 *       .meta("tasks", tasks, TaskJson::write);
 * }
 * }</pre>
 *
 * <p>Instances are immutable; each method returns a new one.
 *
 * @param <T> the structured value's type
 */
public final class WidgetResult<T> {
  /** The result {@code _meta} key that asks ChatGPT to close the widget. */
  public static final String CLOSE_WIDGET = "openai/closeWidget";

  private final T value;
  private final List<Content> content;
  private final ObjectNode meta;
  private final boolean error;

  private WidgetResult(T value, List<Content> content, ObjectNode meta, boolean error) {
    this.value = value;
    this.content = content;
    this.meta = meta;
    this.error = error;
  }

  /** A result whose {@code structuredContent} is {@code value}. */
  public static <T> WidgetResult<T> of(T value) {
    return new WidgetResult<>(Objects.requireNonNull(value, "value"), List.of(), null, false);
  }

  /** This result with {@code text} as its only content block: what the model reads. */
  public WidgetResult<T> text(String text) {
    return new WidgetResult<>(value, List.of(Content.text(text)), meta, error);
  }

  /** This result with the given content blocks in place of any earlier ones. */
  public WidgetResult<T> content(List<? extends Content> blocks) {
    return new WidgetResult<>(value, List.copyOf(blocks), meta, error);
  }

  /** This result with widget-only {@code _meta[key] = value}. */
  public WidgetResult<T> meta(String key, JsonNode value) {
    Objects.requireNonNull(key, "key");
    ObjectNode next = meta == null ? JsonNodeFactory.instance.objectNode() : meta.deepCopy();
    next.set(key, value == null ? JsonNodeFactory.instance.nullNode() : value);
    return new WidgetResult<>(this.value, content, next, error);
  }

  /** This result with widget-only {@code _meta[key] = value}. */
  public WidgetResult<T> meta(String key, String value) {
    return meta(key, value == null ? null : JsonNodeFactory.instance.textNode(value));
  }

  /** This result with widget-only {@code _meta[key] = value}. */
  public WidgetResult<T> meta(String key, boolean value) {
    return meta(key, JsonNodeFactory.instance.booleanNode(value));
  }

  /** This result with widget-only {@code _meta[key] = value}. */
  public WidgetResult<T> meta(String key, long value) {
    return meta(key, JsonNodeFactory.instance.numberNode(value));
  }

  /**
   * This result with widget-only {@code _meta[key]} set to {@code value} as {@code writer} encodes
   * it (a generated writer, or a lambda over the {@link JsonGenerator}); no reflection involved.
   */
  public <M> WidgetResult<T> meta(String key, M value, JsonWriter<? super M> writer) {
    Objects.requireNonNull(writer, "writer");
    return meta(key, tree(writer, value, "_meta." + key));
  }

  /** {@code value} as {@code writer} encodes it, as a tree; {@code what} names it in errors. */
  static <M> JsonNode tree(JsonWriter<? super M> writer, M value, String what) {
    try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
      writer.write(buffer, value);
      return TREES.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode " + what, e);
    }
  }

  /** This result asking ChatGPT to close the widget ({@code _meta["openai/closeWidget"]: true}). */
  public WidgetResult<T> closeWidget() {
    return meta(CLOSE_WIDGET, true);
  }

  /** This result marked as a tool error ({@code isError: true}); the widget still gets it. */
  public WidgetResult<T> asError() {
    return new WidgetResult<>(value, content, meta, true);
  }

  public T value() {
    return value;
  }

  /** The content blocks set with {@link #text} or {@link #content}; empty if none. */
  public List<Content> content() {
    return content;
  }

  /** The widget-only {@code _meta} (a copy), or null if none was set. */
  public ObjectNode meta() {
    return meta == null ? null : meta.deepCopy();
  }

  public boolean isError() {
    return error;
  }

  /**
   * The {@link ToolResult} this stands for, with the structured value encoded by {@code writer}.
   * Generated code calls this with the writer of {@code T}.
   */
  public ToolResult toToolResult(JsonWriter<? super T> writer) {
    ToolResult result = ToolResult.structured(value, writer);
    if (!content.isEmpty()) {
      result = result.withContent(content);
    }
    if (meta != null) {
      result = result.withMeta(meta);
    }
    return error ? result.asError() : result;
  }

  /** Only turns tokens into trees (no data binding, so no reflection). */
  private static final ObjectMapper TREES = new ObjectMapper();
}
