package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.testing.schema.WireValidator;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client for tests of an MCP server: it speaks one revision, checks every message the server
 * sends against that revision's schema, answers the server's questions with the test's
 * {@link InputHandler}, and gives each answer back with assertions.
 *
 * <pre>{@code
 * try (McpTester mcp = McpTester.of(McpServer.builder().tools(new TaskTools(store)).build())) {
 *   mcp.call("add_task", "{\"title\":\"Buy milk\"}")
 *       .assertOk()
 *       .assertStructured("/title", "Buy milk")
 *       .assertMatchesOutputSchema();
 *   mcp.call("add_task", "{}").assertToolError("title");
 * }
 * }</pre>
 *
 * <p>The revision is {@value #LATEST} (stateless) unless {@link #revision(String)} picks an
 * earlier one, which opens a session with {@code initialize}. Not thread-safe: one test, one
 * tester.
 */
public final class McpTester implements AutoCloseable {
  /** The newest revision, used unless the test picks another. */
  public static final String LATEST = "2026-07-28";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ROUNDS = 16;

  private final Connection connection;
  private final AtomicInteger ids = new AtomicInteger();
  private final List<JsonNode> transcript = Collections.synchronizedList(new ArrayList<>());
  private String revision = LATEST;
  private InputHandler inputs;
  private Duration timeout = Duration.ofSeconds(30);
  private String logLevel;
  private JsonNode initialize;
  private Map<String, JsonNode> tools;

  private McpTester(Connection connection) {
    this.connection = connection;
  }

  /** Serves {@code server} in this process over an in-memory stdio pipe; closing the tester closes the server. */
  public static McpTester of(McpServer server) {
    try {
      PipedInputStream serverIn = new PipedInputStream(1 << 16);
      PipedOutputStream toServer = new PipedOutputStream(serverIn);
      PipedInputStream fromServer = new PipedInputStream(1 << 16);
      PipedOutputStream serverOut = new PipedOutputStream(fromServer);
      Thread serving = new Thread(() -> {
        try (serverOut) {
          server.serve(serverIn, serverOut);
        } catch (IOException e) {
          // the tester closed the pipe
        }
      }, "mcp-tester-server");
      serving.setDaemon(true);
      serving.start();
      return new McpTester(new StdioConnection(fromServer, toServer, () -> {
        server.close();
        join(serving);
      }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code command} (e.g. {@code java -jar app.jar --stdio}) and speaks to it over its stdin and stdout. */
  public static McpTester stdio(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      return new McpTester(new StdioConnection(p.getInputStream(), p.getOutputStream(), () -> {
        try {
          if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroy();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          p.destroy();
        }
      }));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
    }
  }

  /** Speaks stateless {@value #LATEST} to a Streamable HTTP endpoint, e.g. {@code http://127.0.0.1:8080/mcp}. */
  public static McpTester http(String url) {
    return http(url, Map.of());
  }

  /** As {@link #http(String)}, sending {@code headers} with every request (e.g. {@code Authorization}). */
  public static McpTester http(String url, Map<String, String> headers) {
    return new McpTester(new HttpConnection(URI.create(url), headers));
  }

  /** Speaks {@code revision} ({@code "2025-11-25"}, ...) instead of {@value #LATEST}; before the first request. */
  public McpTester revision(String revision) {
    if (initialize != null || ids.get() > 0) {
      throw new IllegalStateException("choose the revision before the first request");
    }
    if (!revision.equals(LATEST) && !connection.sessions()) {
      throw new IllegalArgumentException("over HTTP this tester speaks " + LATEST + " only; use of(...) or stdio(...) for " + revision);
    }
    WireValidator.of(revision); // fails now for an unknown revision
    this.revision = revision;
    return this;
  }

  /** Answers the server's questions (elicitation, sampling, roots) with {@code handler}, and declares those capabilities. */
  public McpTester answering(InputHandler handler) {
    this.inputs = handler;
    return this;
  }

  /**
   * Asks for log messages of {@code level} and above ({@code "info"}, {@code "debug"}, ...): on
   * {@value #LATEST} in every request's {@code _meta}, earlier with {@code logging/setLevel}.
   */
  public McpTester logLevel(String level) {
    if (revision.equals(LATEST)) {
      this.logLevel = level;
    } else {
      request("logging/setLevel", JSON.createObjectNode().put("level", level)).assertNoError();
    }
    return this;
  }

  /** How long to wait for each answer (default 30 s). */
  public McpTester timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /** The revision spoken. */
  public String revision() {
    return revision;
  }

  /** The server's name and version ({@code serverInfo}). */
  public JsonNode serverInfo() {
    if (!revision.equals(LATEST)) {
      return start().path("serverInfo");
    }
    return request("server/discover", JSON.createObjectNode()).assertNoError().result()
        .path("_meta").path("io.modelcontextprotocol/serverInfo");
  }

  /** The tools, by name, as {@code tools/list} gives them (every page). */
  public Map<String, JsonNode> tools() {
    if (tools == null) {
      Map<String, JsonNode> all = new LinkedHashMap<>();
      String cursor = null;
      do {
        ObjectNode params = JSON.createObjectNode();
        if (cursor != null) {
          params.put("cursor", cursor);
        }
        JsonNode r = request("tools/list", params).assertNoError().result();
        r.path("tools").forEach(t -> all.put(t.path("name").asText(), t));
        cursor = r.path("nextCursor").asText(null);
      } while (cursor != null);
      tools = all;
    }
    return tools;
  }

  /** One tool's descriptor; fails if there is no such tool. */
  public JsonNode tool(String name) {
    JsonNode t = tools().get(name);
    Answer.check(t != null, "no tool " + name + " among " + tools().keySet());
    return t;
  }

  /** Calls {@code tool} with arguments written as JSON, e.g. {@code {"title":"Buy milk"}}. */
  public ToolCall call(String tool, String argumentsJson) {
    try {
      return call(tool, (ObjectNode) JSON.readTree(argumentsJson));
    } catch (IOException | ClassCastException e) {
      throw new IllegalArgumentException("arguments must be a JSON object: " + argumentsJson, e);
    }
  }

  /** Calls {@code tool} with these arguments (values as Jackson maps them). */
  public ToolCall call(String tool, Map<String, ?> arguments) {
    return call(tool, (ObjectNode) JSON.valueToTree(arguments));
  }

  private ToolCall call(String tool, ObjectNode arguments) {
    ObjectNode params = JSON.createObjectNode().put("name", tool);
    params.set("arguments", arguments);
    params.putObject("_meta").put("progressToken", "progress-" + (ids.get() + 1));
    JsonNode descriptor = tools().get(tool);
    return new ToolCall(tool, descriptor, request("tools/call", params));
  }

  /** Reads a resource ({@code resources/read}). */
  public Answer read(String uri) {
    return request("resources/read", JSON.createObjectNode().put("uri", uri));
  }

  /** Gets a prompt ({@code prompts/get}) with these arguments. */
  public Answer prompt(String name, Map<String, String> arguments) {
    ObjectNode params = JSON.createObjectNode().put("name", name);
    params.set("arguments", JSON.valueToTree(arguments));
    return request("prompts/get", params);
  }

  /**
   * Sends any request and returns its answer. On {@value #LATEST} a request that ends with an
   * {@code InputRequiredResult} is answered with the {@link InputHandler} and sent again, until
   * it completes.
   */
  public Answer request(String method, ObjectNode params) {
    start();
    List<JsonNode> notifications = new ArrayList<>();
    ObjectNode p = params.deepCopy();
    for (int round = 1; ; round++) {
      JsonNode response = send(method, p, notifications);
      JsonNode result = response.path("result");
      if (!"input_required".equals(result.path("resultType").asText())) {
        return new Answer(method, response, notifications, round);
      }
      Answer.check(round < MAX_ROUNDS, method + " still asks for input after " + MAX_ROUNDS + " rounds");
      ObjectNode responses = JSON.createObjectNode();
      result.path("inputRequests").fields().forEachRemaining(e ->
          responses.set(e.getKey(), answer(e.getValue().path("method").asText(), e.getValue().path("params"))));
      p = params.deepCopy();
      if (!responses.isEmpty()) {
        p.set("inputResponses", responses);
      }
      if (result.has("requestState")) {
        p.set("requestState", result.get("requestState"));
      }
    }
  }

  /** Every message the server sent so far, in order. */
  public List<JsonNode> transcript() {
    synchronized (transcript) {
      return List.copyOf(transcript);
    }
  }

  private JsonNode start() {
    if (initialize != null || revision.equals(LATEST)) {
      return initialize;
    }
    ObjectNode params = JSON.createObjectNode().put("protocolVersion", revision);
    params.set("capabilities", capabilities());
    params.putObject("clientInfo").put("name", "mcp-apt-testing").put("version", "1");
    initialize = JSON.createObjectNode(); // so send() does not start again
    JsonNode response = send("initialize", params, new ArrayList<>());
    Answer.check(response.has("result"), "initialize failed: " + response);
    Answer.check(revision.equals(response.path("result").path("protocolVersion").asText()),
        "the server answered initialize with revision " + response.path("result").path("protocolVersion")
            + " instead of " + revision);
    initialize = response.get("result");
    connection.notify(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized"));
    return initialize;
  }

  private ObjectNode capabilities() {
    ObjectNode c = JSON.createObjectNode();
    if (inputs != null) {
      c.putObject("elicitation").putObject("form");
      c.putObject("sampling");
      c.putObject("roots");
    }
    return c;
  }

  private JsonNode send(String method, ObjectNode params, List<JsonNode> notifications) {
    ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
    if (revision.equals(LATEST)) {
      ObjectNode meta = params.has("_meta") ? (ObjectNode) params.get("_meta") : params.putObject("_meta");
      meta.put("io.modelcontextprotocol/protocolVersion", LATEST);
      meta.set("io.modelcontextprotocol/clientCapabilities", capabilities());
      meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "mcp-apt-testing").put("version", "1");
      if (logLevel != null) {
        meta.put("io.modelcontextprotocol/logLevel", logLevel);
      }
    }
    request.set("params", params);
    WireValidator schema = WireValidator.of(revision);
    List<JsonNode> messages = connection.exchange(request, m -> {
      checkSchema(schema, m, null);
      return answer(m.path("method").asText(), m.path("params"));
    }, timeout);
    JsonNode response = messages.get(messages.size() - 1);
    for (JsonNode m : messages) {
      transcript.add(m);
      if (m != response && !m.has("id")) {
        checkSchema(schema, m, null);
        notifications.add(m);
      }
    }
    checkSchema(schema, response, method);
    return response;
  }

  private JsonNode answer(String method, JsonNode params) {
    Answer.check(inputs != null, "the server asked " + method + " " + params
        + " and the test gave no answer: use answering(...)");
    JsonNode result = inputs.answer(method, params);
    Answer.check(result != null && result.isObject(), "the answer to " + method + " must be a JSON object");
    return result;
  }

  private static void checkSchema(WireValidator schema, JsonNode message, String method) {
    List<String> problems = schema.validateServerMessage(message, method);
    Answer.check(problems.isEmpty(), "the server sent a message that " + schema.revision()
        + " does not allow: " + problems + "\n" + message);
  }

  private static void join(Thread t) {
    try {
      t.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
