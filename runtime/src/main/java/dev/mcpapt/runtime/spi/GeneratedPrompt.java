package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The {@link PromptHandler} of a generated {@code @Prompt}: the name and descriptor come from the
 * class's descriptor file, so the generated code of a prompt is one {@code case} of a switch over
 * the class's prompts that reads the arguments, calls the method and wraps what it returns (as for
 * {@link GeneratedTool}).
 *
 * @param <T> the annotated class
 */
public final class GeneratedPrompt<T> implements PromptHandler {
  /** The prompts of one class. */
  @FunctionalInterface
  public interface Switch<T> {
    /**
     * Renders prompt number {@code prompt} (its position in the class's descriptor file): reads
     * the arguments, adding every problem to {@code problems}, and, if there is none, calls the
     * method on {@code instance} (null for a static method).
     */
    CompletionStage<PromptResult> get(int prompt, T instance, Map<String, String> arguments, Problems problems,
        McpContext context) throws Exception;
  }

  private final String name;
  private final ObjectNode descriptor;
  private final T instance;
  private final int index;
  private final Switch<T> prompts;

  private GeneratedPrompt(String name, ObjectNode descriptor, T instance, int index, Switch<T> prompts) {
    this.name = name;
    this.descriptor = descriptor;
    this.instance = instance;
    this.index = index;
    this.prompts = prompts;
  }

  /** Every prompt of {@code file}, in its order, rendered by {@code prompts} on {@code instance}. */
  public static <T> List<PromptHandler> list(DescriptorFile file, T instance, Switch<T> prompts) {
    List<PromptHandler> handlers = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> e : file.entries("prompts", "name").entrySet()) {
      handlers.add(new GeneratedPrompt<>(e.getKey(), e.getValue(), instance, handlers.size(), prompts));
    }
    return List.copyOf(handlers);
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
  public CompletionStage<PromptResult> get(Map<String, String> arguments, McpContext context) throws Exception {
    return prompts.get(index, instance, arguments, new Problems(), context);
  }
}
