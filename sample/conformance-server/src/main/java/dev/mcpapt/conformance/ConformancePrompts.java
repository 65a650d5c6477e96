package dev.mcpapt.conformance;

import dev.mcpapt.annotations.Complete;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Prompt;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.PromptResult;
import java.util.List;

/** The prompts the conformance scenarios get, and the completion of one argument. */
public class ConformancePrompts {
  /** A prompt with no arguments. */
  @Prompt(name = "test_simple_prompt")
  public String simplePrompt() {
    return "This is a simple prompt for testing.";
  }

  /**
   * A prompt with two arguments.
   *
   * @param arg1 the first argument
   * @param arg2 the second argument
   */
  @Prompt(name = "test_prompt_with_arguments")
  public String promptWithArguments(@Param(title = "First argument") String arg1, String arg2) {
    return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
  }

  /**
   * A prompt that embeds a resource.
   *
   * @param resourceUri the URI of the resource to embed
   */
  @Prompt(name = "test_prompt_with_embedded_resource")
  public List<PromptMessage> promptWithEmbeddedResource(String resourceUri) {
    return List.of(
        new PromptMessage(PromptMessage.Role.USER, new Content.EmbeddedResource(
            resourceUri, "text/plain", "Embedded resource content for testing.", null)),
        PromptMessage.user("Please process the embedded resource above."));
  }

  /** A prompt with an image. */
  @Prompt(name = "test_prompt_with_image")
  public List<PromptMessage> promptWithImage() {
    return List.of(
        new PromptMessage(PromptMessage.Role.USER, new Content.Image(Media.RED_PIXEL_PNG, "image/png")),
        PromptMessage.user("Please analyze the image above."));
  }

  /** A prompt that asks the user for context before it renders. */
  @Prompt(name = "test_input_required_result_prompt")
  public PromptResult inputRequiredPrompt(McpContext context) {
    String c = context.elicit("user_context", ElicitRequest.form("What context should the prompt use?",
        ElicitSchema.builder().required("context", ElicitSchema.string()).build())).string("context").orElse("");
    return new PromptResult("A prompt rendered with the user's context",
        List.of(PromptMessage.user("Use this context: " + c)));
  }

  /**
   * Suggestions for {@code arg1}.
   *
   * @param value what the user typed so far
   */
  @Complete(prompt = "test_prompt_with_arguments", argument = "arg1")
  public List<String> completeArg1(String value) {
    return List.of("paris", "park", "party", "test-value").stream().filter(v -> v.startsWith(value)).toList();
  }
}
