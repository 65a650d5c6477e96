package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The {@link ToolHandler} of a generated tool: what every tool shares (its name and descriptor,
 * the check of the arguments object against the input schema's properties) lives here, so the
 * generated code of a tool is only its body: one {@code case} of a switch over the class's tools
 * that reads each argument, calls the method and wraps the result.
 *
 * <p>One switch per class, referenced once, rather than a method per tool referenced by name: a
 * method reference or lambda per tool costs javac an inference each, which at a thousand tools
 * was the largest part of compiling the generated code.
 *
 * @param <T> the annotated class
 */
public final class GeneratedTool<T> implements ToolHandler {
  /** The error text when a tool with an {@code outputSchema} returns null. */
  public static final String NO_VALUE = "The tool returned no value.";

  /** The tools of one class that answer at once. */
  @FunctionalInterface
  public interface Switch<T> {
    /**
     * Runs tool number {@code tool} (its position in the class's descriptor file): reads the
     * arguments from {@code args} (an object), adding every problem to {@code problems}, and, if
     * there is none, calls the method on {@code instance} (null for a static method).
     */
    ToolResult call(int tool, T instance, JsonNode args, Problems problems, McpContext context) throws Exception;
  }

  /** The tools of one class whose methods answer later. */
  @FunctionalInterface
  public interface AsyncSwitch<T> {
    /** As {@link Switch#call}, for methods that return a {@code CompletionStage}. */
    CompletionStage<ToolResult> call(int tool, T instance, JsonNode args, Problems problems, McpContext context)
        throws Exception;
  }

  private final String name;
  private final ObjectNode descriptor;
  private final Set<String> arguments;
  private final T instance;
  private final int index;
  private final Switch<T> now;
  private final AsyncSwitch<T> later;
  private final boolean taskStartedByMethod;
  private final boolean nonBlocking;

  private GeneratedTool(String name, ObjectNode descriptor, T instance, int index, Switch<T> now,
      AsyncSwitch<T> later, boolean taskStartedByMethod, boolean nonBlocking) {
    this.name = name;
    this.descriptor = descriptor;
    this.instance = instance;
    this.index = index;
    this.now = now;
    this.later = later;
    this.taskStartedByMethod = taskStartedByMethod;
    this.nonBlocking = nonBlocking;
    // The input schema lists every argument: one source for the schema and the check.
    Set<String> names = new LinkedHashSet<>();
    descriptor.path("inputSchema").path("properties").fieldNames().forEachRemaining(names::add);
    this.arguments = Set.copyOf(names);
  }

  /** Every tool of {@code file}, in its order, served by {@code tools} on {@code instance}. */
  public static <T> List<ToolHandler> list(DescriptorFile file, T instance, Switch<T> tools) {
    return new Builder<>(file, instance).answering(tools).list();
  }

  /** The tools of {@code file} served on {@code instance}, for classes with tools of several kinds. */
  public static <T> Builder<T> tools(DescriptorFile file, T instance) {
    return new Builder<>(file, instance);
  }

  /** Says which switch serves each tool of a class, and what else the runtime must know of it. */
  public static final class Builder<T> {
    private final DescriptorFile file;
    private final T instance;
    private Switch<T> now;
    private AsyncSwitch<T> later;
    private final Set<String> answeringLater = new LinkedHashSet<>();
    private final Set<String> nonBlocking = new LinkedHashSet<>();
    private final Set<String> startingTheirOwnTask = new LinkedHashSet<>();

    private Builder(DescriptorFile file, T instance) {
      this.file = file;
      this.instance = instance;
    }

    /** The switch of the tools that answer at once (all but those named in {@link #answeringLater}). */
    public Builder<T> answering(Switch<T> tools) {
      this.now = tools;
      return this;
    }

    /** The switch of the tools named {@code names}, whose methods return a {@code CompletionStage}. */
    public Builder<T> answeringLater(AsyncSwitch<T> tools, String... names) {
      this.later = tools;
      answeringLater.addAll(List.of(names));
      return this;
    }

    /** Tools declared {@code @Tool(nonBlocking = true)}: the engine may run them on the thread that read the call. */
    public Builder<T> nonBlocking(String... names) {
      nonBlocking.addAll(List.of(names));
      return this;
    }

    /** Tools declared {@code @Tool(taskStartedByMethod = true)}: the runtime must not start their task first. */
    public Builder<T> startingTheirOwnTask(String... names) {
      startingTheirOwnTask.addAll(List.of(names));
      return this;
    }

    /** The handlers, in the order of the descriptor file. */
    public List<ToolHandler> list() {
      Map<String, ObjectNode> entries = file.entries("tools", "name");
      for (Set<String> named : List.of(answeringLater, nonBlocking, startingTheirOwnTask)) {
        for (String n : named) {
          if (!entries.containsKey(n)) {
            throw new IllegalStateException("no tool named " + n + " in the descriptor file");
          }
        }
      }
      List<ToolHandler> handlers = new ArrayList<>(entries.size());
      int index = 0;
      for (Map.Entry<String, ObjectNode> e : entries.entrySet()) {
        String n = e.getKey();
        boolean isLater = answeringLater.contains(n);
        if (isLater ? later == null : now == null) {
          throw new IllegalStateException("no switch serves tool " + n);
        }
        handlers.add(new GeneratedTool<>(n, e.getValue(), instance, index++, isLater ? null : now,
            isLater ? later : null, startingTheirOwnTask.contains(n), nonBlocking.contains(n)));
      }
      return List.copyOf(handlers);
    }
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
    JsonNode args = Decode.arguments(arguments, this.arguments, problems);
    return later != null
        ? later.call(index, instance, args, problems, context)
        : CompletableFuture.completedFuture(now.call(index, instance, args, problems, context));
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
