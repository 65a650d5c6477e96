package good.templates;

import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedCompletion;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTemplate;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Books}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Books_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Books_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Books.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Books());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Books.class));
  }

  /**
   * The descriptor file of {@link Books}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Books_McpFactory.class, "good.templates.Books", "cf83aee1");
  }

  /**
   * The handlers of {@link Books}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Books instance) {
    return GeneratedComponent.builder(Books.class)
        .resourceTemplates(GeneratedTemplate.<Books>list(descriptors(), instance, Books_McpFactory::readTemplates))
        .completions(GeneratedCompletion.<Books>list(instance, Books_McpFactory::completeArguments,
            GeneratedCompletion.template("library://books/{id}{?format}", "id")))
        .build();
  }

  /**
   * The resource templates, by their position in the descriptor file.
   */
  private static CompletionStage<List<ResourceContents>> readTemplates(int template, Books instance,
      String uri, Map<String, String> variables, Problems problems, McpContext context) throws
      Exception {
    switch (template) {
      case 0: { // library://books/{id}{?format}
        long id = FeatureSupport.longVariable(variables, "id", problems);
        String format = FeatureSupport.variable(variables, "format", problems);
        problems.throwIfAny();
        return CompletableFuture.completedFuture(FeatureSupport.text(uri, "text/plain", instance.book(id, format, context)));
      }
      case 1: { // library://books/{book}/pages/{n}
        String bookId = FeatureSupport.variable(variables, "book", problems);
        int n = FeatureSupport.intVariable(variables, "n", problems);
        problems.throwIfAny();
        return instance.page(bookId, n).thenApply(result -> FeatureSupport.blob(uri, "application/octet-stream", result));
      }
      default:
        throw new IllegalArgumentException("no template number " + template);
    }
  }

  /**
   * The completions, by their position in the component's list.
   */
  private static CompletionStage<List<String>> completeArguments(int completion, Books instance,
      String prefix, Map<String, String> context, McpContext mcpContext) throws Exception {
    switch (completion) {
      case 0: { // id of template library://books/{id}{?format}
        return Books.ids(prefix, context.get("format"), mcpContext).thenApply(result -> FeatureSupport.completions(result));
      }
      default:
        throw new IllegalArgumentException("no completion number " + completion);
    }
  }
}
