package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a public method as an MCP tool.
 *
 * <p>The processor generates, at compile time, the tool's {@code tools/list} entry (with JSON
 * Schemas for its parameters and its return type), a validator for its arguments, and the
 * dispatch code that calls the method. Nothing is looked up by reflection at run time.
 *
 * <p>Hints ({@link #readOnlyHint()} and the others) are emitted under {@code annotations} only
 * when they are written explicitly: leaving one out tells clients nothing, which is different
 * from saying {@code false}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Tool {
  /** The tool name; defaults to the method name in snake_case ({@code completeTask} → {@code complete_task}). */
  String name() default "";

  /** A human-readable title for display. */
  String title() default "";

  /** What the tool does, for the model; defaults to the method's Javadoc. */
  String description() default "";

  /** The tool does not modify its environment. Emitted only when written explicitly. */
  boolean readOnlyHint() default false;

  /** The tool may perform destructive updates. Emitted only when written explicitly. */
  boolean destructiveHint() default true;

  /** Calling the tool twice with the same arguments has no further effect. Emitted only when written explicitly. */
  boolean idempotentHint() default false;

  /** The tool reaches an open world of external entities. Emitted only when written explicitly. */
  boolean openWorldHint() default true;

  /**
   * Whether the tool may, must or must not run as an MCP task (see docs/tasks.md). The method
   * stays direct either way: it returns its result, and may report progress, log and ask for
   * input through {@code McpContext}; the runtime runs it on a worker, keeps its status and
   * answers the client's polls. Written to the descriptor as {@code execution.taskSupport}.
   */
  TaskSupport task() default TaskSupport.FORBIDDEN;

  /**
   * The method itself starts the task, with {@code McpContext.startTask()}: questions it asks
   * before are asked within the call (multi round-trip requests in 2026-07-28), and the call is
   * answered with the task handle only when it calls {@code startTask()}. Without this the task
   * starts before the method runs and every question it asks goes through the task. Needs
   * {@link #task()} {@code OPTIONAL} or {@code REQUIRED} and an {@code McpContext} parameter.
   */
  boolean taskStartedByMethod() default false;

  /**
   * The method returns quickly and never blocks: no I/O, no waiting on locks or other threads, no
   * questions to the client ({@code elicit}, {@code sample}, {@code roots} fail in it). The
   * runtime then runs it on the thread that read the request instead of handing it to a worker,
   * which saves a thread hand-off per call. A method that blocks anyway holds up the reading of
   * the next requests of its connection (over stdio, of every request) until it returns, and
   * cannot be cancelled while it runs. Ignored for a tool that may run as a task.
   */
  boolean nonBlocking() default false;
}
