package good.prompts;

import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedCompletion;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedPrompt;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Advice}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Advice_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Advice_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Advice.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Advice());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Advice.class));
  }

  /**
   * The descriptor file of {@link Advice}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Advice_McpFactory.class, "good.prompts.Advice", "fc7e5cf4");
  }

  /**
   * The handlers of {@link Advice}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Advice instance) {
    return GeneratedComponent.builder(Advice.class)
        .prompts(GeneratedPrompt.<Advice>list(descriptors(), instance, Advice_McpFactory::getPrompts))
        .completions(GeneratedCompletion.<Advice>list(instance, Advice_McpFactory::completeArguments,
            GeneratedCompletion.prompt("summarise", "title")))
        .build();
  }

  /**
   * The prompts, by their position in the descriptor file.
   */
  private static CompletionStage<PromptResult> getPrompts(int prompt, Advice instance,
      Map<String, String> arguments, Problems problems, McpContext context) throws Exception {
    switch (prompt) {
      case 0: { // summarise
        String title = FeatureSupport.requiredArgument(arguments, "title", problems);
        Optional<String> style = FeatureSupport.optionalArgument(arguments, "style");
        String size = FeatureSupport.argument(arguments, "length", "short");
        problems.throwIfAny();
        return CompletableFuture.completedFuture(FeatureSupport.promptOfText(instance.summarise(title, style, size)));
      }
      case 1: { // recommend
        return CompletableFuture.completedFuture(FeatureSupport.promptOfMessages(instance.recommendations(context)));
      }
      case 2: { // review
        String book = FeatureSupport.requiredArgument(arguments, "book", problems);
        problems.throwIfAny();
        return Advice.review(book).thenApply(result -> FeatureSupport.promptOfResult(result));
      }
      default:
        throw new IllegalArgumentException("no prompt number " + prompt);
    }
  }

  /**
   * The completions, by their position in the component's list.
   */
  private static CompletionStage<List<String>> completeArguments(int completion, Advice instance,
      String prefix, Map<String, String> context, McpContext mcpContext) throws Exception {
    switch (completion) {
      case 0: { // title of prompt summarise
        return CompletableFuture.completedFuture(FeatureSupport.completions(instance.titles(prefix, context)));
      }
      default:
        throw new IllegalArgumentException("no completion number " + completion);
    }
  }
}
