package dev.mcpapt.runtime.transport.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.RequestChannel;

/** The short answers every part of the HTTP transports gives: JSON bodies, 202, and errors. */
final class Answers {
  static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.http");

  /** The JSON-RPC code of an unknown session (as other MCP servers use it). */
  static final int SESSION_NOT_FOUND = -32001;

  /** The channel of messages that get no answer (notifications, client responses). */
  static final RequestChannel IGNORE = new RequestChannel() {
    @Override
    public void message(byte[] message) {}

    @Override
    public void response(byte[] response) {}
  };

  private Answers() {}

  /** Runs a step of serving {@code ex}; a bug in it answers 500, not a hung request. */
  static void guarded(HttpExchange ex, Responder r, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Serving " + ex.method() + " " + ex.path() + " failed", e);
      if (!r.isFinished()) {
        fail(r, 500, null, McpError.INTERNAL_ERROR, "Internal error");
      }
    }
  }

  static void accepted(Responder r) {
    r.exchange().status(202);
    r.end();
  }

  static void json(Responder r, byte[] body) {
    r.exchange().responseHeader("Content-Type", "application/json");
    r.exchange().responseHeader("Content-Length", Integer.toString(body.length));
    r.writeAndEnd(body);
  }

  static void notAllowed(HttpExchange ex, Responder r, String allow) {
    ex.responseHeader("Allow", allow);
    fail(r, 405, null, McpError.INVALID_REQUEST, "Method not allowed: " + HttpWire.clip(ex.method())
        + " (allowed: " + allow + ")");
  }

  /** The shared store did not answer: 503 with a JSON-RPC error, and when to try again. */
  static void storeUnavailable(Responder r, JsonNode id) {
    r.exchange().responseHeader("Retry-After", "5");
    fail(r, 503, id, McpError.INTERNAL_ERROR,
        "Service unavailable: the state this server's nodes share does not answer; retry shortly");
  }

  /** Answers with an HTTP error status and a JSON-RPC error body. */
  static void fail(Responder r, int status, JsonNode id, int code, String message) {
    r.exchange().status(status);
    byte[] error = Messages.error(id, new McpError(code, message));
    r.bodies().discardThen(r, () -> json(r, error)); // a refusal must not race the body it refuses
  }
}
