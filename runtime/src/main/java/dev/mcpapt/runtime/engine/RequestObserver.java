package dev.mcpapt.runtime.engine;

import dev.mcpapt.runtime.McpError;
import java.util.concurrent.CancellationException;
import java.util.function.IntSupplier;

/**
 * Watches the requests an {@link Engine} serves, for traces and metrics. The default,
 * {@link #NONE}, does nothing; {@code dev.mcpapt.runtime.telemetry} provides the OpenTelemetry
 * one.
 *
 * <p>The engine calls {@link #start} once a request is accepted for dispatch, the observation's
 * {@link Observation#enter} around the method's code on the thread that runs it, and
 * {@link Observation#end} once when the request completes, fails or is cancelled. None of them
 * may throw.
 */
public interface RequestObserver {
  /** The {@link Session#attributes()} key of the transport's id for the session (HTTP sessions), for telemetry. */
  String SESSION_ID = "mcp.session.id";

  /** Watches nothing. */
  RequestObserver NONE = request -> Observation.NONE;

  /** A request was accepted; what follows it. */
  Observation start(RequestContext request);

  /**
   * Counts what a transport holds open (sessions, long-lived streams) until the returned handle
   * is closed. By default nothing is counted.
   */
  default AutoCloseable gauges(String transport, IntSupplier sessions, IntSupplier streams) {
    return () -> {};
  }

  /** One request being watched. */
  interface Observation {
    Observation NONE = new Observation() {};

    /** The request's code starts running on this thread; the scope is closed when it returns. */
    default Scope enter() {
      return Scope.NONE;
    }

    /** The request ended: {@code result} or {@code failure} (both null when it was cancelled before running). */
    default void end(RequestContext request, Result result, Throwable failure) {}
  }

  /** What {@link Observation#enter} opened. */
  interface Scope {
    Scope NONE = () -> {};

    void close();
  }

  /**
   * How a request ended, as telemetry names it: {@code errorType} is {@code null} for success,
   * the JSON-RPC error code for a protocol error ({@code code} set too), {@code "tool_error"} for
   * a tool result with {@code isError}, {@code "cancelled"} for a cancelled request.
   */
  record Outcome(String errorType, Integer code, String message) {
    static final Outcome OK = new Outcome(null, null, null);

    public static Outcome of(RequestContext request, Result result, Throwable failure) {
      if (request.isCancelled()) {
        return new Outcome("cancelled", null, "the request was cancelled");
      }
      if (failure == null) {
        return result instanceof ToolMethods.CallResult call && call.isError()
            ? new Outcome("tool_error", null, "the tool reported an error") : OK;
      }
      Throwable t = Engine.unwrap(failure);
      if (t instanceof InputRequiredSignal) {
        return OK; // an interim result that asks the client for input: not a failure
      }
      if (t instanceof McpError e) {
        return new Outcome(Integer.toString(e.code()), e.code(), e.getMessage());
      }
      if (t instanceof CancellationException || t instanceof InterruptedException) {
        return new Outcome("cancelled", null, "the request was cancelled");
      }
      return new Outcome(Integer.toString(McpError.INTERNAL_ERROR), McpError.INTERNAL_ERROR, "Internal error");
    }

    public boolean failed() {
      return errorType != null;
    }
  }
}
