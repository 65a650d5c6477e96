package dev.mcpapt.conformance;

import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.InputRequests;
import dev.mcpapt.runtime.InputResponses;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpContext.LogLevel;
import dev.mcpapt.runtime.Root;
import dev.mcpapt.runtime.SamplingRequest;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tools that ask the client for input, written once in direct style. Under 2026-07-28 each
 * question becomes a round of the multi round-trip protocol; under older revisions a
 * server-to-client request.
 */
public class InputRequiredTools {
  private static ElicitRequest askName(String message) {
    return ElicitRequest.form(message, ElicitSchema.builder().required("name", ElicitSchema.string()).build());
  }

  /** Asks the user's name, then greets them. */
  @Tool
  public String testInputRequiredResultElicitation(McpContext context) {
    ElicitResult r = context.elicit("user_name", askName("What is your name?"));
    return "Hello, " + r.string("name").orElse("stranger") + "!";
  }

  /** Asks the client's model a question. */
  @Tool
  public String testInputRequiredResultSampling(McpContext context) {
    return "Model says: " + context.sample("capital_question",
        SamplingRequest.of("What is the capital of France?", 100)).text();
  }

  /** Lists the client's roots. */
  @Tool
  public String testInputRequiredResultListRoots(McpContext context) {
    List<Root> roots = context.clientInput().roots("client_roots");
    return "Roots: " + roots.stream().map(Root::uri).collect(Collectors.joining(", "));
  }

  /** Asks for a confirmation; the answer arrives with the server's sealed request state. */
  @Tool
  public String testInputRequiredResultRequestState(McpContext context) {
    ElicitResult r = context.elicit("confirm", ElicitRequest.form("Please confirm",
        ElicitSchema.builder().required("ok", ElicitSchema.bool()).build()));
    return "state-ok: confirmed=" + r.bool("ok").orElse(false);
  }

  /** Asks three questions in one round: a form, a sampling request and the roots. */
  @Tool(name = "test_input_required_result_multiple_inputs")
  public String multipleInputs(McpContext context) {
    InputResponses answers = context.ask(InputRequests.builder()
        .elicit("user_name", askName("What is your name?"))
        .sample("greeting", SamplingRequest.of("Generate a greeting", 50))
        .listRoots("client_roots")
        .build());
    return answers.sampling("greeting").text() + " " + answers.elicitation("user_name").string("name").orElse("?")
        + " (" + answers.roots("client_roots").size() + " roots)";
  }

  /** Asks two questions, one round each. */
  @Tool
  public String testInputRequiredResultMultiRound(McpContext context) {
    String name = context.elicit("step1", askName("Step 1: What is your name?")).string("name").orElse("?");
    String color = context.elicit("step2", ElicitRequest.form("Step 2: What is your favorite color?",
        ElicitSchema.builder().required("color", ElicitSchema.string()).build())).string("color").orElse("?");
    return name + "'s favorite color is " + color;
  }

  /** Asks for a confirmation; a retry whose request state was altered is refused. */
  @Tool
  public String testInputRequiredResultTamperedState(McpContext context) {
    ElicitResult r = context.elicit("confirm", ElicitRequest.form("Please confirm",
        ElicitSchema.builder().required("ok", ElicitSchema.bool()).build()));
    return "Confirmed: " + r.bool("ok").orElse(false);
  }

  /** Asks the user if the client can show forms, else the client's model. */
  @Tool
  public String testInputRequiredResultCapabilities(McpContext context) {
    if (context.clientSupports("elicitation")) {
      return "User: " + context.elicit("user_name", askName("What is your name?")).string("name").orElse("?");
    }
    if (context.clientSupports("sampling")) {
      return "Model: " + context.sample("fallback", SamplingRequest.of("Suggest a name", 20)).text();
    }
    return "The client can answer no questions";
  }

  /** Needs the client's model: refused when the client has no sampling capability. */
  @Tool
  public String testMissingCapability(McpContext context) {
    return "Success: " + context.sample("needs_sampling", SamplingRequest.of("Say hello", 10)).text();
  }

  /** Asks the user through the response stream's protocol, never with a request of its own. */
  @Tool
  public String testStreamingElicitation(McpContext context) {
    return "Streaming complete: " + context.elicit("stream_question", askName("What is your name?"))
        .string("name").orElse("?");
  }

  /** Logs a message, which reaches the client only if it asked for a log level. */
  @Tool
  public String testLoggingTool(McpContext context) {
    context.log(LogLevel.INFO, "Diagnostic trace logging activated");
    return "Logging evaluated";
  }

  /** Tells listening clients that the tool list changed. */
  @Tool
  public String testTriggerToolChange(McpContext context) {
    context.serverEvents().toolsChanged();
    return "Tool list change announced";
  }

  /** Tells listening clients that the prompt list changed. */
  @Tool
  public String testTriggerPromptChange(McpContext context) {
    context.serverEvents().promptsChanged();
    return "Prompt list change announced";
  }
}
