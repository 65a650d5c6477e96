package good.templates;

import dev.mcpapt.annotations.Complete;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.ResourceTemplate;
import dev.mcpapt.runtime.McpContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Resource templates with long, int and String variables, and a completion of a variable. */
public class Books {
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

  /** Book ids. */
  @Complete(resourceTemplate = "library://books/{id}{?format}", argument = "id")
  public static CompletionStage<List<String>> ids(String value, String format, McpContext context) {
    return CompletableFuture.completedFuture(List.of(value + "1"));
  }
}
