package dev.mcpapt.runtime.tasks.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ClientInput;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ServerEvents;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link McpContext} of a tool running as a task, after its call was answered with the task
 * handle. What the request said (revision, {@code _meta}, capabilities, principal, headers) stays
 * readable. Progress becomes the task's {@code statusMessage} (and, in 2025-11-25, progress
 * notifications to the session, as the progress token stays valid for the task's life); log
 * messages reach a 2025-11-25 session that asked for them; 2026-07-28 sends neither, as the
 * extension has no stream for them. Questions go through the task ({@link TaskInputs}).
 */
final class TaskContext implements McpContext {
  private final Running task;
  private final RequestContext origin;
  private final TaskInputs inputs;
  private double lastProgress = Double.NEGATIVE_INFINITY;

  TaskContext(Running task) {
    this.task = task;
    this.origin = task.origin;
    this.inputs = new TaskInputs(task);
  }

  @Override
  public String protocolVersion() {
    return origin.protocolVersion();
  }

  @Override
  public ObjectNode requestMeta() {
    return origin.requestMeta();
  }

  @Override
  public Optional<Principal> principal() {
    return origin.principal();
  }

  @Override
  public Map<String, List<String>> httpHeaders() {
    return origin.httpHeaders();
  }

  @Override
  public ObjectNode clientCapabilities() {
    return origin.clientCapabilities();
  }

  @Override
  public boolean isCancelled() {
    return task.isCancelled();
  }

  @Override
  public Optional<String> taskId() {
    return Optional.of(task.id());
  }

  @Override
  public void progress(double progress, Double total, String message) {
    synchronized (this) {
      if (!(progress > lastProgress)) {
        return;
      }
      lastProgress = progress;
    }
    String text = total == null ? fmt(progress) : fmt(progress) + "/" + fmt(total);
    String status = message == null ? "Progress " + text : message + " (" + text + ")";
    task.tasks.change(task.id(), r -> r.status().isTerminal() ? r : r.withMessage(status, task.tasks.now()));
    Session session = task.session();
    JsonNode token = origin.requestMeta().get("progressToken");
    if (session != null && token != null && (token.isTextual() || token.isIntegralNumber())) {
      ObjectNode p = JsonNodeFactory.instance.objectNode();
      p.set("progressToken", token);
      p.put("progress", progress);
      if (total != null) {
        p.put("total", total);
      }
      if (message != null) {
        p.put("message", message);
      }
      p.putObject("_meta").putObject(Tasks.RELATED_TASK).put("taskId", task.id());
      session.notify("notifications/progress", p);
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  @Override
  public void log(LogLevel level, String message) {
    Session session = task.session();
    LogLevel threshold = session == null ? null : session.logLevel();
    if (threshold == null || level.ordinal() < threshold.ordinal()) {
      return;
    }
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("level", level.wireName());
    p.put("logger", origin.engine().serverName());
    p.put("data", message);
    p.putObject("_meta").putObject(Tasks.RELATED_TASK).put("taskId", task.id());
    session.send(Messages.notification("notifications/message", p));
  }

  @Override
  public ClientInput clientInput() {
    return inputs;
  }

  @Override
  public ServerEvents serverEvents() {
    return origin.serverEvents();
  }
}
