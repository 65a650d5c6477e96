package dev.mcpapt.conformance;

import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.InputRequests;
import dev.mcpapt.runtime.InputResponses;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.McpError;

/**
 * The tools the tasks scenarios call (the {@code io.modelcontextprotocol/tasks} extension of
 * 2026-07-28, and the experimental tasks of 2025-11-25). Written like any other tool: the method
 * returns its result, and the runtime runs it as a task when the client can follow one.
 */
public class TaskTools {
  /**
   * Greets someone; never a task.
   *
   * @param name who to greet
   */
  @Tool
  public String greet(String name) {
    return "Hello, " + name + "!";
  }

  /**
   * Works for a number of seconds, then reports what it computed. Stops at once when cancelled.
   *
   * @param seconds how long to work
   * @param label a name for this run, repeated in the result
   */
  @Tool(task = TaskSupport.OPTIONAL)
  public String slowCompute(int seconds, String label, McpContext context) throws InterruptedException {
    for (int i = 0; i < seconds; i++) {
      context.progress(i, (double) seconds, "Computing " + label);
      Thread.sleep(1000);
    }
    return label + ": computed in " + seconds + " s";
  }

  /** Runs for about a second, then reports a tool error; runs only as a task. */
  @Tool(task = TaskSupport.REQUIRED)
  public String failingJob() throws InterruptedException {
    Thread.sleep(1000);
    throw new ToolException("The job failed: the input data is inconsistent");
  }

  /** Ends with a protocol error rather than a tool error. */
  @Tool(task = TaskSupport.OPTIONAL)
  public String protocolErrorJob() throws McpError {
    throw new McpError(McpError.INTERNAL_ERROR, "The job's backend is unavailable");
  }

  /**
   * Asks the user to confirm before deleting a file.
   *
   * @param filename the file to delete
   */
  @Tool(task = TaskSupport.OPTIONAL)
  public String confirmDelete(String filename, McpContext context) {
    ElicitResult answer = context.elicit("confirm", ElicitRequest.form("Delete " + filename + "?",
        ElicitSchema.builder().required("confirm", ElicitSchema.bool()).build()));
    return answer.accepted() && answer.bool("confirm").orElse(false) ? "Deleted " + filename : "Kept " + filename;
  }

  /** Asks two questions at once: a name and a confirmation. */
  @Tool(task = TaskSupport.OPTIONAL)
  public String multiInput(McpContext context) {
    InputResponses answers = context.ask(InputRequests.builder()
        .elicit("name", ElicitRequest.form("What is your name?",
            ElicitSchema.builder().required("name", ElicitSchema.string()).build()))
        .elicit("confirm", ElicitRequest.form("Shall I go on?",
            ElicitSchema.builder().required("confirm", ElicitSchema.bool()).build()))
        .build());
    return "Name: " + answers.elicitation("name").string("name").orElse("?")
        + ", go on: " + answers.elicitation("confirm").bool("confirm").orElse(false);
  }

  /**
   * Asks the user's name within the call, then goes on as a task and greets them when done.
   * Runs only as a task.
   */
  @Tool(task = TaskSupport.REQUIRED, taskStartedByMethod = true)
  public String testToolWithTask(McpContext context) throws InterruptedException {
    String name = context.elicit("user_name", ElicitRequest.form("What is your name?",
        ElicitSchema.builder().required("name", ElicitSchema.string()).build())).string("name").orElse("stranger");
    context.startTask();
    Thread.sleep(500);
    return "Hello, " + name + "! The long part is done.";
  }
}
