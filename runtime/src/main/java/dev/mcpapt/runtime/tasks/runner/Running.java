package dev.mcpapt.runtime.tasks.runner;

import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.tasks.TaskRecord;
import java.util.ArrayList;
import java.util.List;

/** A task running in this process: the thread that runs it, its cancellation, who waits on it. */
final class Running {
  final Tasks tasks;
  final TaskRecord created;
  final RequestContext origin;
  final TaskContext context;
  volatile Thread thread;
  private volatile boolean cancelled;
  private final Object monitor = new Object();
  private RequestContext resultWaiter;
  private final List<byte[]> queued = new ArrayList<>();

  Running(Tasks tasks, TaskRecord created, RequestContext origin) {
    this.tasks = tasks;
    this.created = created;
    this.origin = origin;
    this.context = new TaskContext(this);
  }

  String id() {
    return created.taskId();
  }

  Revision revision() {
    return origin.revision();
  }

  /** The 2025-11-25 session that created it (where its messages go), or null. */
  Session session() {
    return origin.revision().isModern() ? null : origin.session();
  }

  boolean isCancelled() {
    return cancelled;
  }

  /** Cancels: the method sees {@code isCancelled()} and its thread is interrupted. */
  void cancel() {
    cancelled = true;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
    signal();
  }

  void signal() {
    synchronized (monitor) {
      monitor.notifyAll();
    }
  }

  /** Waits up to {@code millis} for a change of this task. */
  void await(long millis) throws InterruptedException {
    synchronized (monitor) {
      monitor.wait(millis);
    }
  }

  /**
   * 2025-11-25: the client's {@code tasks/result} request now waiting (null when it ended).
   * Messages the task queued for the client go out on it.
   */
  void resultWaiter(RequestContext request) {
    List<byte[]> out;
    synchronized (monitor) {
      resultWaiter = request;
      if (request == null || queued.isEmpty()) {
        return;
      }
      out = new ArrayList<>(queued);
      queued.clear();
    }
    out.forEach(request::send);
  }

  /** 2025-11-25: sends a message to the client on its {@code tasks/result}, or keeps it for the next one. */
  void sendToClient(byte[] message) {
    RequestContext via;
    synchronized (monitor) {
      via = resultWaiter;
      if (via == null) {
        queued.add(message);
        return;
      }
    }
    via.send(message);
  }
}
