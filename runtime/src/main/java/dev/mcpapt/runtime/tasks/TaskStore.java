package dev.mcpapt.runtime.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where tasks are kept: their status, pending questions and final result. The runtime uses one
 * store per server; {@link InMemoryTaskStore} is the default and {@link JdbcTaskStore} keeps
 * tasks in a database (a SQLite file, or PostgreSQL shared by several nodes) so they survive a
 * restart.
 *
 * <p>Implementations are thread-safe. Every method sees what any earlier one wrote (on any node
 * sharing the store): a task is readable as soon as {@link #create} returns.
 */
public interface TaskStore extends AutoCloseable {
  /**
   * Stores a new task.
   *
   * @throws TaskLimitException if the store is full
   */
  void create(TaskRecord task) throws TaskLimitException;

  /** The task with this id, if stored (expired ones may still be returned until removed). */
  Optional<TaskRecord> get(String taskId);

  /**
   * Changes one task atomically: {@code change} gets the stored record and returns the new one
   * (the same instance to leave it as it is; it may be called again if another writer won).
   *
   * @return the record stored afterwards, or empty if there is no such task
   */
  Optional<TaskRecord> update(String taskId, UnaryOperator<TaskRecord> change);

  /**
   * The tasks of {@code owner} (null: tasks created signed out), oldest first, starting after the
   * task {@code afterTaskId} (null: from the first), at most {@code limit}.
   */
  List<TaskRecord> list(String owner, String afterTaskId, int limit);

  /** How many tasks of {@code owner} are not finished (working or waiting for input). */
  int countActive(String owner);

  /** The ids of the unfinished tasks that {@code runner} is running. */
  List<String> activeIds(String runner);

  /** Removes the tasks whose time to live ended before {@code now}; returns how many. */
  int deleteExpired(Instant now);

  @Override
  default void close() {}
}
