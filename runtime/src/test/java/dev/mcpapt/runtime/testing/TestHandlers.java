package dev.mcpapt.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Hand-written tool handlers for tests, standing in for generated ones. */
public final class TestHandlers {
  private TestHandlers() {}

  /** What a test tool does. */
  public interface Body {
    ToolResult call(JsonNode arguments, McpContext context) throws Exception;
  }

  /** A tool with this descriptor (its {@code name} is the tool's name) that runs {@code body}. */
  public static ToolHandler tool(ObjectNode descriptor, Body body) {
    String name = descriptor.path("name").asText();
    return new ToolHandler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ObjectNode descriptor() {
        return descriptor;
      }

      @Override
      public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
        return CompletableFuture.completedFuture(body.call(arguments, context));
      }
    };
  }
}
