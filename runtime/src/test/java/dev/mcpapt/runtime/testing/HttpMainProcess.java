package dev.mcpapt.runtime.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Main --http 0} over the application's class path in a child JVM, as a user runs it:
 * started, and returned once it names its endpoint on stderr (whose lines are kept).
 */
public final class HttpMainProcess {
  private static final Pattern SERVING = Pattern.compile("serving MCP on (http://\\S+/mcp)");

  public final Process process;
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:41234/mcp. */
  public final String mcpUrl;
  /** Everything the server wrote to stderr so far. */
  public final StringBuffer log;

  private HttpMainProcess(Process process, String mcpUrl, StringBuffer log) {
    this.process = process;
    this.mcpUrl = mcpUrl;
    this.log = log;
  }

  /** Starts it with {@code env} added to the environment and {@code extraArgs} after {@code --http 0}. */
  public static HttpMainProcess start(Map<String, String> env, List<String> extraArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(ServerProcess.javaBinary(), "-XX:TieredStopAtLevel=1",
        "-cp", ServerProcess.appClassPath(), "dev.mcpapt.runtime.Main", "--http", "0"));
    command.addAll(extraArgs);
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    Process p = pb.start();
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
      return new HttpMainProcess(p, url.get(120, TimeUnit.SECONDS), log);
    } catch (TimeoutException e) {
      p.destroyForcibly();
      throw new IllegalStateException("the server did not start:\n" + log, e);
    }
  }
}
