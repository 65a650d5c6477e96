package dev.mcpapt.runtime.engine;

import dev.mcpapt.runtime.McpError;
import java.util.concurrent.CompletionStage;

/**
 * Serves one request method. Register it with {@link Engine#register}. Throw (or complete
 * exceptionally with) {@link McpError} to answer a JSON-RPC error; any other exception answers
 * {@code -32603} with a generic message and is logged with its stack trace.
 */
@FunctionalInterface
public interface MethodHandler {
  CompletionStage<? extends Result> handle(RequestContext request) throws Exception;
}
