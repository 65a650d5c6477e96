package dev.mcpapt.deployment;

import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.McpContext;

/**
 * Tools of the deployment test: each says which node ran it ({@code MCPAPT_NODE}), so the test
 * can show that requests of one session spread over the nodes.
 */
public class Cluster {
  static String node() {
    String n = System.getenv("MCPAPT_NODE");
    return n == null ? "node" : n;
  }

  /** The name of the node that serves this call. */
  @Tool(readOnlyHint = true)
  public String whereami() {
    return node();
  }

  /**
   * Announces that the resource at a URI changed.
   *
   * @param uri the resource
   */
  @Tool
  public String touch(String uri, McpContext context) {
    context.serverEvents().resourceUpdated(uri);
    return node();
  }

  /** Announces that the set of tools changed. */
  @Tool
  public String announce(McpContext context) {
    context.serverEvents().toolsChanged();
    return node();
  }

  /** Asks the caller's name, then greets them, naming the node that finished the call. */
  @Tool
  public String greet(McpContext context) {
    ElicitResult r = context.elicit("name", ElicitRequest.form("What is your name?",
        ElicitSchema.builder().required("name", ElicitSchema.string()).build()));
    return "Hello " + r.string("name").orElse("?") + " from " + node();
  }

  /**
   * Reports progress a number of times, then answers (the answer comes as an event stream, whose
   * events are logged for resumption).
   *
   * @param steps how many progress notifications
   */
  @Tool
  public String progress(int steps, McpContext context) {
    for (int i = 1; i <= steps; i++) {
      context.progress(i, (double) steps, "step " + i);
    }
    return node();
  }

  /**
   * Works for a while as a task, then reports which node did it.
   *
   * @param millis how long to work
   */
  @Tool(task = TaskSupport.OPTIONAL)
  public String report(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return "report by " + node();
  }
}
