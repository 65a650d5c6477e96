package dev.mcpapt.runtime.spi;

import dev.mcpapt.runtime.McpContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The {@link CompletionHandler} of a generated {@code @Complete}: what it completes is given as a
 * {@link Ref}, so the generated code of a completion is one {@code case} of a switch over the
 * class's completions that calls the method and wraps its candidates (as for
 * {@link GeneratedTool}). Completions are not listed by MCP, so they have no descriptor-file entry.
 *
 * @param <T> the annotated class
 */
public final class GeneratedCompletion<T> implements CompletionHandler {
  /** The completions of one class. */
  @FunctionalInterface
  public interface Switch<T> {
    /**
     * Runs completion number {@code completion} (the position of its {@link Ref} in
     * {@link #list}) on {@code instance} (null for a static method).
     */
    CompletionStage<List<String>> complete(int completion, T instance, String prefix, Map<String, String> context,
        McpContext mcpContext) throws Exception;
  }

  /** What a completion completes: an argument of a prompt, or a variable of a resource template. */
  public record Ref(RefType type, String name, String argument) {}

  /** The argument {@code argument} of the prompt {@code name}. */
  public static Ref prompt(String name, String argument) {
    return new Ref(RefType.PROMPT, name, argument);
  }

  /** The variable {@code variable} of the resource template {@code uriTemplate}. */
  public static Ref template(String uriTemplate, String variable) {
    return new Ref(RefType.RESOURCE, uriTemplate, variable);
  }

  private final Ref ref;
  private final T instance;
  private final int index;
  private final Switch<T> completions;

  private GeneratedCompletion(Ref ref, T instance, int index, Switch<T> completions) {
    this.ref = ref;
    this.instance = instance;
    this.index = index;
    this.completions = completions;
  }

  /** One handler per ref, numbered by its position, run by {@code completions} on {@code instance}. */
  public static <T> List<CompletionHandler> list(T instance, Switch<T> completions, Ref... refs) {
    List<CompletionHandler> handlers = new ArrayList<>(refs.length);
    for (Ref ref : refs) {
      handlers.add(new GeneratedCompletion<>(ref, instance, handlers.size(), completions));
    }
    return List.copyOf(handlers);
  }

  @Override
  public RefType refType() {
    return ref.type();
  }

  @Override
  public String refName() {
    return ref.name();
  }

  @Override
  public String argument() {
    return ref.argument();
  }

  @Override
  public CompletionStage<List<String>> complete(String prefix, Map<String, String> context, McpContext mcpContext)
      throws Exception {
    return completions.complete(index, instance, prefix, context, mcpContext);
  }
}
