package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The {@link ToolHandler} of a generated tool: what every tool shares (its name and descriptor,
 * the check of the arguments object against the input schema's properties) lives here, so the
 * generated code of a tool is only its body: a static method that reads each argument, calls the
 * method and wraps the result. (A static method referenced by name, rather than a lambda, because
 * javac attributes a lambda's body several times while it resolves the call that receives it.)
 *
 * @param <T> the annotated class
 */
public final class GeneratedTool<T> implements ToolHandler {
  /** The error text when a tool with an {@code outputSchema} returns null. */
  public static final String NO_VALUE = "The tool returned no value.";

  /** A tool body that answers at once. */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Reads the arguments from {@code args} (an object), adding every problem to {@code problems},
     * and, if there is none, calls the method on {@code instance} (null for a static method).
     */
    ToolResult call(T instance, JsonNode args, Problems problems, McpContext context) throws Exception;
  }

  /** A tool body whose method answers later. */
  @FunctionalInterface
  public interface AsyncBody<T> {
    /** As {@link Body#call}, for a method that returns a {@code CompletionStage}. */
    CompletionStage<ToolResult> call(T instance, JsonNode args, Problems problems, McpContext context)
        throws Exception;
  }

  private final String name;
  private final ObjectNode descriptor;
  private final Set<String> arguments;
  private final T instance;
  private final AsyncBody<T> body;
  private final boolean taskStartedByMethod;
  private final boolean nonBlocking;

  private GeneratedTool(String name, ObjectNode descriptor, T instance, AsyncBody<T> body, boolean taskStartedByMethod,
      boolean nonBlocking) {
    this.name = name;
    this.descriptor = descriptor;
    this.instance = instance;
    this.body = body;
    this.taskStartedByMethod = taskStartedByMethod;
    this.nonBlocking = nonBlocking;
    // The input schema lists every argument: one source for the schema and the check.
    Set<String> names = new LinkedHashSet<>();
    descriptor.path("inputSchema").path("properties").fieldNames().forEachRemaining(names::add);
    this.arguments = Set.copyOf(names);
  }

  // The factories return ToolHandler, not GeneratedTool<T>: a generic return type would make each
  // call a poly expression, and javac would infer a whole List.of(...) of them as one problem.

  /** The tool {@code name} of {@code file}, served by {@code body} on {@code instance}, answering at once. */
  public static <T> ToolHandler of(DescriptorFile file, String name, T instance, Body<T> body) {
    return new GeneratedTool<>(name, file.tool(name), instance,
        (i, args, problems, context) -> CompletableFuture.completedFuture(body.call(i, args, problems, context)), false, false);
  }

  /** The tool {@code name} of {@code file}, served by {@code body} on {@code instance}, answering later. */
  public static <T> ToolHandler async(DescriptorFile file, String name, T instance, AsyncBody<T> body) {
    return new GeneratedTool<>(name, file.tool(name), instance, body, false, false);
  }

  /**
   * {@code tool} (made by {@link #of} or {@link #async}) for a method that starts its task itself
   * ({@code @Tool(taskStartedByMethod = true)}).
   */
  public static ToolHandler startingItsOwnTask(ToolHandler tool) {
    GeneratedTool<?> g = generated(tool);
    return g.with(true, g.nonBlocking);
  }

  /**
   * {@code tool} (made by {@link #of} or {@link #async}) for a method declared
   * {@code @Tool(nonBlocking = true)}: the engine may run its calls on the thread that read them.
   */
  public static ToolHandler nonBlocking(ToolHandler tool) {
    GeneratedTool<?> g = generated(tool);
    return g.with(g.taskStartedByMethod, true);
  }

  private static GeneratedTool<?> generated(ToolHandler tool) {
    if (!(tool instanceof GeneratedTool<?> generated)) {
      throw new IllegalArgumentException("not a generated tool: " + tool.name());
    }
    return generated;
  }

  private GeneratedTool<T> with(boolean taskStartedByMethod, boolean nonBlocking) {
    return new GeneratedTool<>(name, descriptor, instance, body, taskStartedByMethod, nonBlocking);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode descriptor() {
    return descriptor;
  }

  @Override
  public boolean taskStartedByMethod() {
    return taskStartedByMethod;
  }

  @Override
  public boolean nonBlocking() {
    return nonBlocking;
  }

  @Override
  public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
    Problems problems = new Problems();
    return body.call(instance, Decode.arguments(arguments, this.arguments, problems), problems, context);
  }

  // ---------------------------------------------------------------- results

  /**
   * A structured result written by {@code writer}; a tool with an {@code outputSchema} promises
   * structured content, which null cannot keep, so null is a tool error.
   */
  public static <T> ToolResult structured(T value, JsonWriter<? super T> writer) {
    return value == null ? ToolResult.error(NO_VALUE) : ToolResult.structured(value, writer);
  }

  /**
   * {@code convert} applied to {@code value}, or a tool error if it is null: for results that
   * convert themselves (a {@code WidgetResult}, with the writer of its structured content).
   */
  public static <T> ToolResult orError(T value, Function<? super T, ToolResult> convert) {
    return value == null ? ToolResult.error(NO_VALUE) : convert.apply(value);
  }

  /** The result of a {@code void} method: no content. */
  public static ToolResult empty() {
    return ToolResult.of(List.of());
  }

  /** A text result: the value's {@code String.valueOf}. */
  public static ToolResult text(Object value) {
    return ToolResult.text(String.valueOf(value));
  }
}
