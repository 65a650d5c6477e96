package good.prompts;

import dev.mcpapt.annotations.Complete;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Prompt;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.PromptResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Prompts returning text, messages and a whole result, and a completion of an argument. */
public class Advice {
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
}
