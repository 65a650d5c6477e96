package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link Fixtures} server plus one resource whose reads set their own caching hints and count
 * themselves, so a client that serves a read from its cache is visible. Runs over stdio from
 * {@link #main}.
 */
final class V2ClientServer implements McpComponent {
  static final String COUNTED = "test://counted";
  private final AtomicInteger reads = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    McpServer server = server();
    server.serveStdio();
    server.close();
  }

  static McpServer server() {
    return McpServer.builder().name("v2-client").version("1.0").listTtl(Duration.ofSeconds(30))
        .component(new Fixtures()).component(new V2ClientServer()).build();
  }

  @Override
  public Class<?> type() {
    return V2ClientServer.class;
  }

  @Override
  public List<ToolHandler> tools() {
    return List.of();
  }

  @Override
  public List<ResourceHandler> resources() {
    ObjectNode descriptor = Fixtures.json("{\"uri\":\"" + COUNTED + "\",\"name\":\"counted\"}");
    return List.of(new ResourceHandler() {
      @Override
      public String uri() {
        return COUNTED;
      }

      @Override
      public ObjectNode descriptor() {
        return descriptor;
      }

      @Override
      public CompletionStage<List<ResourceContents>> read(McpContext context) {
        context.cacheResult(Duration.ofSeconds(45), McpContext.CacheScope.PRIVATE);
        return CompletableFuture.completedFuture(
            List.of(ResourceContents.text(COUNTED, "text/plain", "read " + reads.incrementAndGet())));
      }
    });
  }
}
