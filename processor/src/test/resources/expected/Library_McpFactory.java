package good;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.FeatureSupport;
import dev.mcpapt.runtime.spi.GeneratedTemplate;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.PromptHandler;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Library}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Library_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Library_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Library.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Library());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Library.class));
  }

  /**
   * The resource template {@code library://books/{id}{?format}}: {@link Library#book}.
   */
  private static List<ResourceContents> bookTemplate(Library instance, String uri,
      Map<String, String> variables, Problems problems, McpContext context) throws Exception {
    long id = FeatureSupport.longVariable(variables, "id", problems);
    String format = FeatureSupport.variable(variables, "format", problems);
    problems.throwIfAny();
    return FeatureSupport.text(uri, "text/plain", instance.book(id, format, context));
  }

  /**
   * The resource template {@code library://books/{book}/pages/{n}}: {@link Library#page}.
   */
  private static CompletionStage<List<ResourceContents>> pageTemplate(Library instance, String uri,
      Map<String, String> variables, Problems problems, McpContext context) throws Exception {
    String bookId = FeatureSupport.variable(variables, "book", problems);
    int n = FeatureSupport.intVariable(variables, "n", problems);
    problems.throwIfAny();
    return instance.page(bookId, n).thenApply(result -> FeatureSupport.blob(uri, "application/octet-stream", result));
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Library_McpFactory.class, "good.Library");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    private final List<ResourceHandler> resources;

    private final List<ResourceTemplateHandler> resourceTemplates;

    private final List<PromptHandler> prompts;

    private final List<CompletionHandler> completions;

    Component(Library instance) {
      this.tools = List.of();
      this.resources = List.of(
          new CatalogueResource(instance),
          new CoverResource(instance),
          new CatalogueJsonResource(instance),
          new ShelvesResource());
      this.resourceTemplates = List.of(
          GeneratedTemplate.of(Descriptors.FILE, "library://books/{id}{?format}", instance, Library_McpFactory::bookTemplate),
          GeneratedTemplate.async(Descriptors.FILE, "library://books/{book}/pages/{n}", instance, Library_McpFactory::pageTemplate));
      this.prompts = List.of(
          new SummarisePrompt(instance),
          new RecommendationsPrompt(instance),
          new ReviewPrompt());
      this.completions = List.of(
          new TitlesCompletion(instance),
          new IdsCompletion());
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public List<ResourceHandler> resources() {
      return resources;
    }

    @Override
    public List<ResourceTemplateHandler> resourceTemplates() {
      return resourceTemplates;
    }

    @Override
    public List<PromptHandler> prompts() {
      return prompts;
    }

    @Override
    public List<CompletionHandler> completions() {
      return completions;
    }

    @Override
    public Class<?> type() {
      return Library.class;
    }
  }

  /**
   * The resource {@code library://catalogue}: {@link Library#catalogue}.
   */
  private static final class CatalogueResource implements ResourceHandler {
    private final ObjectNode descriptor;

    private final Library instance;

    CatalogueResource(Library instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.entry("resources", "uri", "library://catalogue");
    }

    @Override
    public String uri() {
      return "library://catalogue";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.text("library://catalogue", "text/plain", instance.catalogue()));
    }
  }

  /**
   * The resource {@code library://cover.png}: {@link Library#cover}.
   */
  private static final class CoverResource implements ResourceHandler {
    private final ObjectNode descriptor;

    private final Library instance;

    CoverResource(Library instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.entry("resources", "uri", "library://cover.png");
    }

    @Override
    public String uri() {
      return "library://cover.png";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.blob("library://cover.png", "image/png", instance.cover()));
    }
  }

  /**
   * The resource {@code library://catalogue.json}: {@link Library#catalogueJson}.
   */
  private static final class CatalogueJsonResource implements ResourceHandler {
    private final ObjectNode descriptor;

    private final Library instance;

    CatalogueJsonResource(Library instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.entry("resources", "uri", "library://catalogue.json");
    }

    @Override
    public String uri() {
      return "library://catalogue.json";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return CompletableFuture.completedFuture(FeatureSupport.contents(instance.catalogueJson(context)));
    }
  }

  /**
   * The resource {@code library://shelves}: {@link Library#shelves}.
   */
  private static final class ShelvesResource implements ResourceHandler {
    private final ObjectNode descriptor;

    ShelvesResource() {
      this.descriptor = Descriptors.FILE.entry("resources", "uri", "library://shelves");
    }

    @Override
    public String uri() {
      return "library://shelves";
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
      return Library.shelves().thenApply(result -> FeatureSupport.contents(result));
    }
  }

  /**
   * The prompt {@code summarise}: {@link Library#summarise}.
   */
  private static final class SummarisePrompt implements PromptHandler {
    private final ObjectNode descriptor;

    private final Library instance;

    SummarisePrompt(Library instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.entry("prompts", "name", "summarise");
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
   * The prompt {@code recommend}: {@link Library#recommendations}.
   */
  private static final class RecommendationsPrompt implements PromptHandler {
    private final ObjectNode descriptor;

    private final Library instance;

    RecommendationsPrompt(Library instance) {
      this.instance = instance;
      this.descriptor = Descriptors.FILE.entry("prompts", "name", "recommend");
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
   * The prompt {@code review}: {@link Library#review}.
   */
  private static final class ReviewPrompt implements PromptHandler {
    private final ObjectNode descriptor;

    ReviewPrompt() {
      this.descriptor = Descriptors.FILE.entry("prompts", "name", "review");
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
      return Library.review(book).thenApply(result -> FeatureSupport.promptOfResult(result));
    }
  }

  /**
   * Completes title of prompt {@code summarise}: {@link Library#titles}.
   */
  private static final class TitlesCompletion implements CompletionHandler {
    private final Library instance;

    TitlesCompletion(Library instance) {
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

  /**
   * Completes id of template {@code library://books/{id}{?format}}: {@link Library#ids}.
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
      return Library.ids(prefix, context.get("format"), mcpContext).thenApply(result -> FeatureSupport.completions(result));
    }
  }
}
