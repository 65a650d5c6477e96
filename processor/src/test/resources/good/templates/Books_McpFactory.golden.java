package good.templates;

import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedTemplate;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import dev.mcpapt.runtime.spi.ToolHandler;
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
    return new Component(new Books());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Books.class));
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

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Books_McpFactory.class, "good.templates.Books");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    private final List<ResourceTemplateHandler> resourceTemplates;

    private final List<CompletionHandler> completions;

    Component(Books instance) {
      this.tools = List.of();
      this.resourceTemplates = List.of(
          GeneratedTemplate.of(Descriptors.FILE, "library://books/{id}{?format}", instance, Books_McpFactory::bookTemplate),
          GeneratedTemplate.async(Descriptors.FILE, "library://books/{book}/pages/{n}", instance, Books_McpFactory::pageTemplate));
      this.completions = List.of(new IdsCompletion());
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public List<ResourceTemplateHandler> resourceTemplates() {
      return resourceTemplates;
    }

    @Override
    public List<CompletionHandler> completions() {
      return completions;
    }

    @Override
    public Class<?> type() {
      return Books.class;
    }
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
