package dev.mcpapt.runtime.engine;

/**
 * Ends a round of a multi round-trip request (revision 2026-07-28): a method asked the client a
 * question the client has not answered yet. The runtime answers the request with the
 * {@code InputRequiredResult} this carries; the method runs again when the client retries with
 * its answers.
 *
 * <p>It is an {@link Error}, not an exception, so that a method's {@code catch (Exception e)}
 * around the question does not swallow it; a method must not catch {@code Throwable} around
 * {@code context.elicit(...)} and the other questions (or must rethrow this). It has no stack
 * trace: it is control flow, not a failure.
 */
public final class InputRequiredSignal extends Error {
  private static final long serialVersionUID = 1L;

  private final transient Result result;

  /** Answers the request with {@code result} (an {@code InputRequiredResult}). */
  public InputRequiredSignal(Result result) {
    super("input required from the client", null, false, false);
    this.result = result;
  }

  /** The {@code InputRequiredResult} to answer. */
  public Result result() {
    return result;
  }
}
