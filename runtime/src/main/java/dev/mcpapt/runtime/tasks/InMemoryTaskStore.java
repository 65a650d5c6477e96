package dev.mcpapt.runtime.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Tasks in this process's memory, lost on restart. Bounded: when {@code maxTasks} are stored, the
 * oldest finished task makes room for a new one, and a new task is refused if all are unfinished.
 */
public final class InMemoryTaskStore implements TaskStore {
  private final int maxTasks;
  private final LinkedHashMap<String, TaskRecord> tasks = new LinkedHashMap<>();

  public InMemoryTaskStore(int maxTasks) {
    if (maxTasks < 1) {
      throw new IllegalArgumentException("maxTasks must be positive");
    }
    this.maxTasks = maxTasks;
  }

  @Override
  public synchronized void create(TaskRecord task) throws TaskLimitException {
    if (tasks.size() >= maxTasks && !evictOneFinished()) {
      throw new TaskLimitException("The server keeps at most " + maxTasks + " tasks and all are still running");
    }
    if (tasks.putIfAbsent(task.taskId(), task) != null) {
      throw new IllegalArgumentException("duplicate task id");
    }
  }

  private boolean evictOneFinished() {
    for (Iterator<TaskRecord> it = tasks.values().iterator(); it.hasNext(); ) {
      if (it.next().status().isTerminal()) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized Optional<TaskRecord> get(String taskId) {
    return Optional.ofNullable(tasks.get(taskId));
  }

  @Override
  public synchronized Optional<TaskRecord> update(String taskId, UnaryOperator<TaskRecord> change) {
    TaskRecord current = tasks.get(taskId);
    if (current == null) {
      return Optional.empty();
    }
    TaskRecord next = Objects.requireNonNull(change.apply(current), "change returned null");
    tasks.put(taskId, next);
    return Optional.of(next);
  }

  @Override
  public synchronized List<TaskRecord> list(String owner, String afterTaskId, int limit) {
    List<TaskRecord> out = new ArrayList<>();
    boolean started = afterTaskId == null;
    for (TaskRecord t : tasks.values()) {
      if (!started) {
        started = t.taskId().equals(afterTaskId);
        continue;
      }
      if (Objects.equals(owner, t.owner())) {
        if (out.size() == limit) {
          break;
        }
        out.add(t);
      }
    }
    return out;
  }

  @Override
  public synchronized int countActive(String owner) {
    int n = 0;
    for (TaskRecord t : tasks.values()) {
      if (!t.status().isTerminal() && Objects.equals(owner, t.owner())) {
        n++;
      }
    }
    return n;
  }

  @Override
  public synchronized List<String> activeIds(String runner) {
    List<String> out = new ArrayList<>();
    for (TaskRecord t : tasks.values()) {
      if (!t.status().isTerminal() && Objects.equals(runner, t.runner())) {
        out.add(t.taskId());
      }
    }
    return out;
  }

  @Override
  public synchronized int deleteExpired(Instant now) {
    int n = 0;
    for (Iterator<TaskRecord> it = tasks.values().iterator(); it.hasNext(); ) {
      if (it.next().isExpired(now)) {
        it.remove();
        n++;
      }
    }
    return n;
  }
}
