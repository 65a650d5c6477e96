package dev.mcpapt.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.testing.ServerProcess;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From start to the first {@code tools/list} and a tool call, over stdio and over HTTP,
 * {@code Main} in a child JVM loads no class of Jackson's data binding beyond the tree nodes
 * (no {@code ObjectMapper}, no serializer or deserializer machinery); the JVM's class-load log
 * says so. A use of the mapper anywhere on that path would show up here.
 */
class StartWithoutDataBindingTest {
  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
      + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
  private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
  private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
  private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":"
      + "{\"name\":\"add\",\"arguments\":{\"a\":2,\"b\":3}}}";

  private static final Pattern LOADED = Pattern.compile("(com\\.fasterxml\\.jackson\\.databind\\.[\\w.$]+) ");

  /**
   * The data-binding classes a class-load log names, leaving out the tree nodes and what the JVM
   * loads to verify them (the exceptions their methods declare, the node feature flags).
   */
  private static TreeSet<String> bindingClasses(String log) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = LOADED.matcher(log);
    while (m.find()) {
      String name = m.group(1);
      boolean tree = name.startsWith("com.fasterxml.jackson.databind.node.")
          || name.equals("com.fasterxml.jackson.databind.JsonNode")
          || name.startsWith("com.fasterxml.jackson.databind.JsonSerializable")
          || name.startsWith("com.fasterxml.jackson.databind.exc.")
          || name.equals("com.fasterxml.jackson.databind.DatabindException")
          || name.equals("com.fasterxml.jackson.databind.JsonMappingException")
          || name.equals("com.fasterxml.jackson.databind.cfg.DatatypeFeature")
          || name.equals("com.fasterxml.jackson.databind.cfg.JsonNodeFeature");
      if (!tree) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> command(Path log, String... args) {
    List<String> c = new java.util.ArrayList<>(List.of(ServerProcess.javaBinary(), "-XX:TieredStopAtLevel=1",
        "-Xlog:class+load=info:file=" + log, "-cp", ServerProcess.testClassPath(), "dev.mcpapt.runtime.Main"));
    c.addAll(List.of(args));
    return c;
  }

  @Test
  void stdioStartListAndCallLoadNoDataBinding(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("classes.log");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(command(log, "--stdio"))
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(String.join("\n", INITIALIZE, INITIALIZED, LIST, CALL, "").getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server ends with its input");
    String answers = Files.readString(out);
    assertTrue(answers.contains("\"id\":2,\"result\":{\"tools\":[{"), answers);
    assertTrue(answers.contains("\"id\":3,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"{\\\"sum\\\":5}\"}],\"structuredContent\":{\"sum\":5}}"), answers);
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("com.fasterxml.jackson.core.JsonFactory "), "the log lists Jackson's classes");
    assertTrue(loaded.contains("com.fasterxml.jackson.databind.node.ObjectNode "), "the log lists the tree nodes");
    assertEquals(new TreeSet<>(), bindingClasses(loaded), "data-binding classes loaded over stdio");
  }

  @Test
  void httpStartListAndCallLoadNoDataBinding(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve("classes.log");
    Process p = new ProcessBuilder(command(log, "--http", Integer.toString(port)))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI uri = URI.create("http://127.0.0.1:" + port + "/mcp");
      HttpResponse<String> init = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (init == null) {
        try {
          init = client.send(post(uri, INITIALIZE, null), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
          assertTrue(System.nanoTime() < deadline, "the server accepts connections within a minute");
          assertTrue(p.isAlive(), "the server is running");
          Thread.sleep(50);
        }
      }
      assertEquals(200, init.statusCode(), init.body());
      String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
      assertEquals(202, client.send(post(uri, INITIALIZED, session), HttpResponse.BodyHandlers.ofString()).statusCode());
      HttpResponse<String> list = client.send(post(uri, LIST, session), HttpResponse.BodyHandlers.ofString());
      assertTrue(list.body().contains("\"id\":2,\"result\":{\"tools\":[{"), list.body());
      HttpResponse<String> call = client.send(post(uri, CALL, session), HttpResponse.BodyHandlers.ofString());
      assertTrue(call.body().contains("\"structuredContent\":{\"sum\":5}"), call.body());
    } finally {
      p.destroy();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
    }
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("com.fasterxml.jackson.core.JsonFactory "), "the log lists Jackson's classes");
    assertTrue(loaded.contains("org.eclipse.jetty.server.Server "), "the log lists Jetty's classes");
    assertEquals(new TreeSet<>(), bindingClasses(loaded), "data-binding classes loaded over HTTP");
  }

  private static HttpRequest post(URI uri, String body, String session) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      b.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
    }
    return b.build();
  }
}
