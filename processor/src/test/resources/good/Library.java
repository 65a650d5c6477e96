package good;

import dev.mcpapt.annotations.Complete;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Prompt;
import dev.mcpapt.annotations.Resource;
import dev.mcpapt.annotations.ResourceTemplate;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.ResourceContents;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Every kind of resource, template, prompt and completion method. */
public class Library {
  /** The catalogue, as text. */
  @Resource(uri = "library://catalogue", title = "Catalogue")
  public String catalogue() {
    return "1 book";
  }

  /** The cover image. */
  @Resource(uri = "library://cover.png", mimeType = "image/png")
  public byte[] cover() {
    return new byte[] {1};
  }

  /** The catalogue with its own metadata. */
  @Resource(uri = "library://catalogue.json", name = "catalogue_json", mimeType = "application/json")
  public ResourceContents catalogueJson(McpContext context) {
    return ResourceContents.text("library://catalogue.json", "application/json", "{}");
  }

  /** All shelves, one contents each. */
  @Resource(uri = "library://shelves")
  public static CompletionStage<List<ResourceContents>> shelves() {
    return CompletableFuture.completedFuture(List.of(ResourceContents.text("library://shelves/1", "text/plain", "A")));
  }

  /**
   * One book.
   *
   * @param id the book number
   */
  @ResourceTemplate(uriTemplate = "library://books/{id}{?format}", mimeType = "text/plain")
  public String book(long id, String format, McpContext context) {
    return "book " + id + " as " + format;
  }

  /** A page of a book. */
  @ResourceTemplate(uriTemplate = "library://books/{book}/pages/{n}")
  public CompletableFuture<byte[]> page(@Param(name = "book") String bookId, int n) {
    return CompletableFuture.completedFuture(new byte[] {(byte) n});
  }

  /**
   * Asks for a summary of a book.
   *
   * @param title the book's title
   * @param style how to write it
   */
  @Prompt(title = "Summarise a book")
  public String summarise(String title, Optional<String> style, @Param(name = "length", defaultValue = "\"short\"") String size) {
    return "Summarise " + title + style.map(s -> " in a " + s + " style").orElse("") + ", " + size;
  }

  /** A conversation to start from. */
  @Prompt(name = "recommend", description = "Recommends a book")
  public List<PromptMessage> recommendations(McpContext context) {
    return List.of(PromptMessage.user("Recommend a book"), PromptMessage.assistant("Which genre?"));
  }

  /** A whole result. */
  @Prompt
  public static CompletionStage<PromptResult> review(String book) {
    return CompletableFuture.completedFuture(PromptResult.of(PromptMessage.user("Review " + book)));
  }

  /** Titles starting with what was typed. */
  @Complete(prompt = "summarise", argument = "title")
  public List<String> titles(String title, Map<String, String> context) {
    return List.of(title + "...");
  }

  /** Book ids. */
  @Complete(resourceTemplate = "library://books/{id}{?format}", argument = "id")
  public static CompletionStage<List<String>> ids(String value, String format, McpContext context) {
    return CompletableFuture.completedFuture(List.of(value + "1"));
  }
}
