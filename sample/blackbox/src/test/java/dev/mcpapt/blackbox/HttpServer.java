package dev.mcpapt.blackbox;

import dev.mcpapt.runtime.testing.ServerProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Main --http 0} over this module's classes in a child JVM, as a user runs it. */
final class HttpServer implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving MCP on (http://\\S+/mcp)");

  private final Process process;
  private final StringBuffer log;
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:41234/mcp. */
  final String mcpUrl;

  private HttpServer(Process process, String mcpUrl, StringBuffer log) {
    this.process = process;
    this.log = log;
    this.mcpUrl = mcpUrl;
  }

  static HttpServer start(String... extraArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(ServerProcess.javaBinary(), "-XX:TieredStopAtLevel=1",
        "-cp", Launch.appClassPath(), "dev.mcpapt.runtime.Main", "--http", "0"));
    command.addAll(List.of(extraArgs));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    CompletableFuture<String> url = new CompletableFuture<>();
    StringBuffer log = new StringBuffer();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          log.append(line).append('\n');
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      url.completeExceptionally(new IllegalStateException("the server exited:\n" + log));
    }, "http-server-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new HttpServer(p, url.get(60, TimeUnit.SECONDS), log);
    } catch (TimeoutException e) {
      p.destroyForcibly();
      throw new IllegalStateException("the server did not start:\n" + log, e);
    }
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
