package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.accepted;
import static dev.mcpapt.runtime.transport.http.Answers.fail;
import static dev.mcpapt.runtime.transport.http.Answers.json;
import static dev.mcpapt.runtime.transport.http.HttpWire.checkHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.spi.ToolHandler;

/**
 * Streamable HTTP of 2026-07-28: stateless POSTs whose {@code _meta} names the protocol version;
 * {@code MCP-Protocol-Version}, {@code Mcp-Method} and {@code Mcp-Name} (and the tool's parameter
 * headers) checked against the body; no session, no GET, no handshake.
 */
final class StatelessHandler {
  private static final String LISTEN = "subscriptions/listen";

  private final Engine engine;
  private final HttpOptions options;
  private final Activity activity;
  private final ParamHeaders paramHeaders = new ParamHeaders();

  StatelessHandler(Engine engine, HttpOptions options, Activity activity) {
    this.engine = engine;
    this.options = options;
    this.activity = activity;
  }

  void post(HttpExchange ex, Responder r, Inbound in, HttpWire.Accept accept, Caller caller) {
    switch (in.kind()) {
      case RESPONSE -> {
        fail(r, 400, null, McpError.INVALID_REQUEST,
            "Invalid request: 2026-07-28 clients send no JSON-RPC responses over Streamable HTTP");
        return;
      }
      case NOTIFICATION -> {
        engine.dispatch(in, null, Answers.IGNORE);
        accepted(r);
        return;
      }
      case BATCH -> {
        fail(r, 400, null, McpError.INVALID_REQUEST,
            "Invalid request: JSON-RPC batches are not supported by revision 2026-07-28");
        return;
      }
      default -> {
      }
    }
    if ("initialize".equals(in.method())) {
      r.exchange().status(404);
      json(r, Messages.error(in.id(), new McpError(McpError.METHOD_NOT_FOUND, "Method not found: initialize"
          + " (2026-07-28 has no handshake; send initialize without _meta to open a "
          + Revision.latestLegacy() + " session)")));
      return;
    }
    McpError mismatch = checkHeaders(ex, in);
    if (mismatch == null && "tools/call".equals(in.method()) && in.params() != null) {
      JsonNode name = in.params().get("name");
      ToolHandler tool = name != null && name.isTextual() ? engine.tools().get(name.textValue()) : null;
      if (tool != null) {
        mismatch = paramHeaders.check(ex, tool, in.params().get("arguments"));
      }
    }
    if (mismatch != null) {
      r.exchange().status(400);
      json(r, Messages.error(in.id(), mismatch));
      return;
    }
    // A connection-less engine session per request: closing it cancels the request when the
    // client closes the response stream. It never receives broadcasts (it is never initialized).
    Session scope = engine.openSession(message -> {});
    PostChannel channel = PostChannel.stateless(r, accept, caller, activity, options, scope).answers(in.id());
    if (LISTEN.equals(in.method())) {
      activity.listening(scope);
    }
    activity.requestStarted();
    r.onGone(channel::clientGone);
    engine.dispatch(in, scope, channel);
  }
}
