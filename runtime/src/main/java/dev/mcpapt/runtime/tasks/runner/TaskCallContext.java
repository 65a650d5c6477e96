package dev.mcpapt.runtime.tasks.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ClientInput;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ServerEvents;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.features.Sneaky;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The context of a tool that starts its task itself ({@code @Tool(taskStartedByMethod = true)},
 * 2026-07-28): the request's context (questions are multi round-trip rounds of the call) until the
 * method calls {@link #startTask()}, the task's from then on.
 */
final class TaskCallContext implements McpContext {
  /** Creates the task and answers the call with it. */
  interface Starter {
    Running start() throws McpError;
  }

  private final RequestContext request;
  private final Starter starter;
  private volatile Running task;

  TaskCallContext(RequestContext request, Starter starter) {
    this.request = request;
    this.starter = starter;
  }

  /** The task, once started. */
  Running task() {
    return task;
  }

  private McpContext current() {
    Running t = task;
    return t == null ? request : t.context;
  }

  @Override
  public synchronized void startTask() {
    if (task != null) {
      return;
    }
    try {
      task = starter.start();
    } catch (McpError e) {
      throw Sneaky.raise(e);
    }
  }

  @Override
  public Optional<String> taskId() {
    return current().taskId();
  }

  @Override
  public String protocolVersion() {
    return request.protocolVersion();
  }

  @Override
  public ObjectNode requestMeta() {
    return request.requestMeta();
  }

  @Override
  public Optional<Principal> principal() {
    return request.principal();
  }

  @Override
  public Map<String, List<String>> httpHeaders() {
    return request.httpHeaders();
  }

  @Override
  public ObjectNode clientCapabilities() {
    return request.clientCapabilities();
  }

  @Override
  public boolean isCancelled() {
    return current().isCancelled();
  }

  @Override
  public void progress(double progress, Double total, String message) {
    current().progress(progress, total, message);
  }

  @Override
  public void log(LogLevel level, String message) {
    current().log(level, message);
  }

  @Override
  public ClientInput clientInput() {
    return current().clientInput();
  }

  @Override
  public ServerEvents serverEvents() {
    return request.serverEvents();
  }
}
