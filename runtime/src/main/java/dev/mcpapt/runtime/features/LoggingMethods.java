package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext.LogLevel;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code logging/setLevel} (up to 2025-11-25) and the {@code logging} capability. The level is
 * kept per session; {@link dev.mcpapt.runtime.McpContext#log} sends messages at or above it, and
 * none before a client sets one. In 2026-07-28 each request names its own level in
 * {@code _meta["io.modelcontextprotocol/logLevel"]} and there is no {@code logging/setLevel}.
 */
final class LoggingMethods {
  private final Engine engine;

  LoggingMethods(Engine engine) {
    this.engine = engine;
  }

  void install() {
    engine.register("logging/setLevel", Engine.legacyRevisions(), true, this::setLevel);
    // Always offered: any tool, resource or prompt method may log through McpContext.log.
    engine.capability("logging", Json.object(), Revision.V2024_11_05);
  }

  private CompletionStage<Result> setLevel(RequestContext request) throws McpError {
    JsonNode level = request.params().get("level");
    LogLevel parsed = level == null || !level.isTextual() ? null : Engine.logLevel(level.textValue());
    if (parsed == null) {
      throw McpError.invalidParams("Invalid params: \"level\" must be one of debug, info, notice, warning, error, "
          + "critical, alert, emergency");
    }
    if (request.session() == null) {
      throw McpError.invalidRequest("Invalid request: logging/setLevel needs a session");
    }
    request.session().logLevel(parsed);
    return CompletableFuture.completedFuture(Result.empty());
  }
}
