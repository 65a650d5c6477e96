package good.prompts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.PromptHandler;
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
    return DescriptorFile.load(Advice_McpFactory.class, "good.prompts.Advice");
  }

  /**
   * The handlers of {@link Advice}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Advice instance) {
    List<PromptHandler> prompts = List.of(
        new SummarisePrompt(instance),
        new RecommendationsPrompt(instance),
        new ReviewPrompt());
    List<CompletionHandler> completions = List.of(new TitlesCompletion(instance));
    return GeneratedComponent.builder(Advice.class)
        .prompts(prompts)
        .completions(completions)
        .build();
  }

  /**
   * The prompt {@code summarise}: {@link Advice#summarise}.
   */
  private static final class SummarisePrompt implements PromptHandler {
    private final ObjectNode descriptor;

    private final Advice instance;

    SummarisePrompt(Advice instance) {
      this.instance = instance;
      this.descriptor = descriptors().entry("prompts", "name", "summarise");
    }

    @Override
    public String name() {
      return "summarise";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<PromptResult> get(Map<String, String> arguments, McpContext context)
        throws Exception {
      Problems problems = new Problems();
      String title = FeatureSupport.requiredArgument(arguments, "title", problems);
      Optional<String> style = FeatureSupport.optionalArgument(arguments, "style");
      String size = FeatureSupport.argument(arguments, "length", "short");
      problems.throwIfAny();
      return CompletableFuture.completedFuture(FeatureSupport.promptOfText(instance.summarise(title, style, size)));
    }
  }

  /**
   * The prompt {@code recommend}: {@link Advice#recommendations}.
   */
  private static final class RecommendationsPrompt implements PromptHandler {
    private final ObjectNode descriptor;

    private final Advice instance;

    RecommendationsPrompt(Advice instance) {
      this.instance = instance;
      this.descriptor = descriptors().entry("prompts", "name", "recommend");
    }

    @Override
    public String name() {
      return "recommend";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<PromptResult> get(Map<String, String> arguments, McpContext context)
        throws Exception {
      Problems problems = new Problems();
      problems.throwIfAny();
      return CompletableFuture.completedFuture(FeatureSupport.promptOfMessages(instance.recommendations(context)));
    }
  }

  /**
   * The prompt {@code review}: {@link Advice#review}.
   */
  private static final class ReviewPrompt implements PromptHandler {
    private final ObjectNode descriptor;

    ReviewPrompt() {
      this.descriptor = descriptors().entry("prompts", "name", "review");
    }

    @Override
    public String name() {
      return "review";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<PromptResult> get(Map<String, String> arguments, McpContext context)
        throws Exception {
      Problems problems = new Problems();
      String book = FeatureSupport.requiredArgument(arguments, "book", problems);
      problems.throwIfAny();
      return Advice.review(book).thenApply(result -> FeatureSupport.promptOfResult(result));
    }
  }

  /**
   * Completes title of prompt {@code summarise}: {@link Advice#titles}.
   */
  private static final class TitlesCompletion implements CompletionHandler {
    private final Advice instance;

    TitlesCompletion(Advice instance) {
      this.instance = instance;
    }

    @Override
    public CompletionHandler.RefType refType() {
      return CompletionHandler.RefType.PROMPT;
    }

    @Override
    public String refName() {
      return "summarise";
    }

    @Override
    public String argument() {
      return "title";
    }

    @Override
    public CompletionStage<List<String>> complete(String prefix, Map<String, String> context,
        McpContext mcpContext) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.completions(instance.titles(prefix, context)));
    }
  }
}
