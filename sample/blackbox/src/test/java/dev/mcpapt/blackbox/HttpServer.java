package dev.mcpapt.blackbox;

import dev.mcpapt.runtime.testing.HttpMainProcess;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code Main --http 0} over this module's classes in a child JVM, as a user runs it. */
final class HttpServer implements AutoCloseable {
  private final Process process;
  private final StringBuffer log;
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:41234/mcp. */
  final String mcpUrl;

  private HttpServer(Process process, String mcpUrl, StringBuffer log) {
    this.process = process;
    this.mcpUrl = mcpUrl;
    this.log = log;
  }

  static HttpServer start(String... extraArgs) throws Exception {
    HttpMainProcess p = HttpMainProcess.start(Map.of(), List.of(extraArgs));
    return new HttpServer(p.process, p.mcpUrl, p.log);
  }

  /** The server's base URL, e.g. http://127.0.0.1:41234. */
  String base() {
    return mcpUrl.substring(0, mcpUrl.length() - "/mcp".length());
  }

  /** Sends SIGTERM and returns at once. */
  void terminate() {
    process.destroy();
  }

  /** Waits up to {@code seconds} for the process to end; its exit code, or -1 if it still runs. */
  int awaitExit(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** What the server wrote to stderr so far. */
  String log() {
    return log.toString();
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
