package dev.mcpapt.conformance;

import dev.mcpapt.annotations.Icon;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpContext.LogLevel;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.SamplingRequest;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import java.util.List;

/** The tools the conformance scenarios call, for every revision. */
public class ConformanceTools {
  /** Returns a fixed text. */
  @Tool(title = "Simple text")
  @Icon(src = "https://modelcontextprotocol.io/favicon.svg", mimeType = "image/svg+xml", sizes = "any")
  @Icon(resource = "icons/red-dot.png", sizes = "1x1", theme = Icon.Theme.LIGHT)
  public String testSimpleText() {
    return "This is a simple text response for testing.";
  }

  /** Returns a link to the static text resource, with every field a link may carry. */
  @Tool
  public ToolResult testResourceLinkDetails() {
    return ToolResult.of(List.of(
        new Content.ResourceLink("test://static-text", "static_text", "A text resource", "text/plain")
            .withTitle("Static text").withSize(28)
            .withIcons(List.of(dev.mcpapt.runtime.Icon.of("https://modelcontextprotocol.io/favicon.svg", "image/svg+xml")))
            .withAnnotations(new Content.Annotations(List.of(PromptMessage.Role.USER), 0.5,
                java.time.Instant.parse("2025-01-12T15:00:58Z"))),
        Content.text("for the assistant").withAnnotations(Content.Annotations.forAudience(PromptMessage.Role.ASSISTANT))));
  }

  /** Returns a 1x1 red PNG image. */
  @Tool
  public ToolResult testImageContent() {
    return ToolResult.of(List.of(new Content.Image(Media.RED_PIXEL_PNG, "image/png")));
  }

  /** Returns a short WAV clip. */
  @Tool
  public ToolResult testAudioContent() {
    return ToolResult.of(List.of(new Content.Audio(Media.SILENT_WAV, "audio/wav")));
  }

  /** Returns a text resource embedded in the result. */
  @Tool
  public ToolResult testEmbeddedResource() {
    return ToolResult.of(List.of(new Content.EmbeddedResource(
        "test://embedded-resource", "text/plain", "This is an embedded resource content.", null)));
  }

  /** Returns text, an image and an embedded resource together. */
  @Tool
  public ToolResult testMultipleContentTypes() {
    return ToolResult.of(List.of(
        Content.text("Multiple content types test:"),
        new Content.Image(Media.RED_PIXEL_PNG, "image/png"),
        new Content.EmbeddedResource("test://mixed-content-resource", "application/json",
            "{\"test\":\"data\",\"value\":123}", null)));
  }

  /** Sends three log messages while it runs. */
  @Tool
  public String testToolWithLogging(McpContext context) throws InterruptedException {
    context.log(LogLevel.INFO, "Tool execution started");
    Thread.sleep(50);
    context.log(LogLevel.INFO, "Tool processing data");
    Thread.sleep(50);
    context.log(LogLevel.INFO, "Tool execution completed");
    return "Tool with logging executed successfully";
  }

  /** Reports progress 0, 50 and 100 of 100 while it runs. */
  @Tool
  public String testToolWithProgress(McpContext context) throws InterruptedException {
    context.progress(0, 100.0, "Started");
    Thread.sleep(50);
    context.progress(50, 100.0, "Halfway");
    Thread.sleep(50);
    context.progress(100, 100.0, "Done");
    return "Tool with progress executed successfully";
  }

  /** Always fails, as a tool error. */
  @Tool
  public String testErrorHandling() {
    throw new ToolException("This tool intentionally returns an error for testing");
  }

  /**
   * Asks the client's model to answer a prompt.
   *
   * @param prompt the prompt to send to the model
   */
  @Tool
  public String testSampling(String prompt, McpContext context) {
    return "LLM response: " + context.sample(SamplingRequest.of(prompt, 100)).text();
  }

  /**
   * Asks the user for a username and an email address.
   *
   * @param message the message to show the user
   */
  @Tool
  public String testElicitation(String message, McpContext context) {
    ElicitResult r = context.elicit(ElicitRequest.form(message, ElicitSchema.builder()
        .required("username", ElicitSchema.string().description("User's response"))
        .required("email", ElicitSchema.string().description("User's email address"))
        .build()));
    return "User response: action=" + r.action().wireName() + ", content=" + r.content();
  }

  /** Asks the user for a form whose fields all have defaults (SEP-1034). */
  @Tool(name = "test_elicitation_sep1034_defaults")
  public String elicitationDefaults(McpContext context) {
    ElicitResult r = context.elicit(ElicitRequest.form("Please review and update the form fields with defaults",
        ElicitSchema.builder()
            .optional("name", ElicitSchema.string().description("User name").defaultValue("John Doe"))
            .optional("age", ElicitSchema.integer().description("User age").defaultValue(30))
            .optional("score", ElicitSchema.number().description("User score").defaultValue(95.5))
            .optional("status", ElicitSchema.choice("active", "inactive", "pending").description("User status")
                .defaultValue("active"))
            .optional("verified", ElicitSchema.bool().description("Verification status").defaultValue(true))
            .build()));
    return "Elicitation completed: action=" + r.action().wireName() + ", content=" + r.content();
  }

  /** Asks the user for every kind of choice (SEP-1330). */
  @Tool(name = "test_elicitation_sep1330_enums")
  public String elicitationEnums(McpContext context) {
    ElicitResult r = context.elicit(ElicitRequest.form("Please select options from the enum fields",
        ElicitSchema.builder()
            .optional("untitledSingle", ElicitSchema.choice("option1", "option2", "option3")
                .description("Choose an option"))
            .optional("titledSingle", ElicitSchema.choice("value1", "value2", "value3")
                .titles("First Option", "Second Option", "Third Option").description("Choose a titled option"))
            .optional("legacyEnum", ElicitSchema.choice("opt1", "opt2", "opt3")
                .legacyTitles("Option One", "Option Two", "Option Three").description("Choose a legacy option"))
            .optional("untitledMulti", ElicitSchema.multiChoice("option1", "option2", "option3")
                .description("Choose multiple options"))
            .optional("titledMulti", ElicitSchema.multiChoice("value1", "value2", "value3")
                .titles("First Choice", "Second Choice", "Third Choice").description("Choose multiple titled options"))
            .build()));
    return "Elicitation completed: action=" + r.action().wireName() + ", content=" + r.content();
  }
}
