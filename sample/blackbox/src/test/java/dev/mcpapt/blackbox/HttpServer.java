package dev.mcpapt.blackbox;

import dev.mcpapt.runtime.testing.HttpMainProcess;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code Main --http 0} over this module's classes in a child JVM, as a user runs it. */
final class HttpServer implements AutoCloseable {
  private final Process process;
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:41234/mcp. */
  final String mcpUrl;

  private HttpServer(Process process, String mcpUrl) {
    this.process = process;
    this.mcpUrl = mcpUrl;
  }

  static HttpServer start(String... extraArgs) throws Exception {
    HttpMainProcess p = HttpMainProcess.start(java.util.Map.of(), List.of(extraArgs));
    return new HttpServer(p.process, p.mcpUrl);
  }

  /** The server's base URL, e.g. http://127.0.0.1:41234. */
  String base() {
    return mcpUrl.substring(0, mcpUrl.length() - "/mcp".length());
  }

  /** Stops the server with SIGTERM (a graceful shutdown) and returns its exit code. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not stop within 30 s");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}
