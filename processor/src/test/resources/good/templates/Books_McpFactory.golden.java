package good.templates;

import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTemplate;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import java.util.List;
import java.util.Map;
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
    return DescriptorFile.load(Books_McpFactory.class, "good.templates.Books");
  }

  /**
   * The handlers of {@link Books}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Books instance) {
    List<ResourceTemplateHandler> resourceTemplates = List.of(
        GeneratedTemplate.of(descriptors(), "library://books/{id}{?format}", instance, Books_McpFactory::bookTemplate),
        GeneratedTemplate.async(descriptors(), "library://books/{book}/pages/{n}", instance, Books_McpFactory::pageTemplate));
    List<CompletionHandler> completions = List.of(new IdsCompletion());
    return GeneratedComponent.builder(Books.class)
        .resourceTemplates(resourceTemplates)
        .completions(completions)
        .build();
  }

  /**
   * The resource template {@code library://books/{id}{?format}}: {@link Books#book}.
   */
  private static List<ResourceContents> bookTemplate(Books instance, String uri,
      Map<String, String> variables, Problems problems, McpContext context) throws Exception {
    long id = FeatureSupport.longVariable(variables, "id", problems);
    String format = FeatureSupport.variable(variables, "format", problems);
    problems.throwIfAny();
    return FeatureSupport.text(uri, "text/plain", instance.book(id, format, context));
  }

  /**
   * The resource template {@code library://books/{book}/pages/{n}}: {@link Books#page}.
   */
  private static CompletionStage<List<ResourceContents>> pageTemplate(Books instance, String uri,
      Map<String, String> variables, Problems problems, McpContext context) throws Exception {
    String bookId = FeatureSupport.variable(variables, "book", problems);
    int n = FeatureSupport.intVariable(variables, "n", problems);
    problems.throwIfAny();
    return instance.page(bookId, n).thenApply(result -> FeatureSupport.blob(uri, "application/octet-stream", result));
  }

  /**
   * Completes id of template {@code library://books/{id}{?format}}: {@link Books#ids}.
   */
  private static final class IdsCompletion implements CompletionHandler {
    IdsCompletion() {
    }

    @Override
    public CompletionHandler.RefType refType() {
      return CompletionHandler.RefType.RESOURCE;
    }

    @Override
    public String refName() {
      return "library://books/{id}{?format}";
    }

    @Override
    public String argument() {
      return "id";
    }

    @Override
    public CompletionStage<List<String>> complete(String prefix, Map<String, String> context,
        McpContext mcpContext) throws Exception {
      return Books.ids(prefix, context.get("format"), mcpContext).thenApply(result -> FeatureSupport.completions(result));
    }
  }
}
