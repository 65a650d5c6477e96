package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpError;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;

/**
 * The methods every server has: the legacy handshake ({@code initialize},
 * {@code notifications/initialized}), {@code ping} (legacy only), {@code server/discover}
 * (2026-07-28) and {@code notifications/cancelled}.
 */
final class LifecycleMethods {
  private LifecycleMethods() {}

  static void install(Engine engine) {
    engine.register("initialize", Engine.legacyRevisions(), true, r -> initialize(engine, r));
    engine.register("ping", Engine.legacyRevisions(), true, r -> CompletableFuture.completedFuture(Result.empty()));
    engine.register("server/discover", EnumSet.of(Revision.V2026_07_28), true,
        r -> CompletableFuture.completedFuture(discover(engine)));
    engine.registerNotification("notifications/initialized", (n, session) -> {
      if (session != null) {
        session.markInitialized();
      }
    });
    engine.registerNotification("notifications/cancelled", (n, session) -> {
      ObjectNode p = n.params();
      JsonNode id = p == null ? null : p.get("requestId");
      if (session == null || id == null) {
        return;
      }
      RequestContext r = session.inFlight(id);
      if (r != null && !"initialize".equals(r.method())) {
        JsonNode reason = p.get("reason");
        r.cancel(reason != null && reason.isTextual() ? reason.textValue() : null);
      }
    });
  }

  /** The revision an {@code initialize} request negotiates: the client's if served, else the newest legacy one. */
  static Revision negotiate(Inbound request) throws McpError {
    ObjectNode p = request.params();
    JsonNode v = p == null ? null : p.get("protocolVersion");
    if (v == null || !v.isTextual()) {
      throw McpError.invalidParams("Invalid params: initialize needs \"protocolVersion\" (a string)");
    }
    Revision r = Revision.of(v.textValue());
    return r != null && !r.isModern() ? r : Revision.latestLegacy();
  }

  private static CompletableFuture<Result> initialize(Engine engine, RequestContext request) throws McpError {
    ObjectNode p = request.params();
    JsonNode caps = p.get("capabilities");
    if (caps != null && !caps.isObject()) {
      throw McpError.invalidParams("Invalid params: \"capabilities\" must be an object");
    }
    JsonNode info = p.get("clientInfo");
    if (info != null && !info.isObject()) {
      throw McpError.invalidParams("Invalid params: \"clientInfo\" must be an object");
    }
    Session session = request.session();
    if (session != null) {
      if (session.revision() != null) {
        throw McpError.invalidRequest("Invalid request: the session is already initialized (revision "
            + session.revision() + ")");
      }
      session.negotiated(request.revision(), caps == null ? Json.object() : (ObjectNode) caps,
          info == null ? null : (ObjectNode) info);
    }
    String instructions = engine.settings().instructions();
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeStringField("protocolVersion", r.revision().wireName());
      g.writeFieldName("capabilities");
      engine.capabilities().write(g, r.revision());
      g.writeFieldName("serverInfo");
      engine.messages().writeServerInfo(g, r.revision());
      if (instructions != null) {
        g.writeStringField("instructions", instructions);
      }
    });
  }

  private static Result discover(Engine engine) {
    String instructions = engine.settings().instructions();
    return (g, r) -> {
      g.writeArrayFieldStart("supportedVersions");
      for (String v : Revision.STATELESS) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeFieldName("capabilities");
      engine.capabilities().write(g, r.revision());
      if (instructions != null) {
        g.writeStringField("instructions", instructions);
      }
      engine.messages().writeCacheHints(g, r);
    };
  }
}
