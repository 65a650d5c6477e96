package dev.mcpapt.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code dev.mcpapt.runtime.Main --stdio} in a child JVM, driven line by line. Every line the
 * server writes must be one JSON-RPC message that validates against the schema of the revision
 * in use (the {@code _meta} version of the request it answers, or the revision {@code initialize}
 * negotiated); {@link #receive} fails the test otherwise.
 */
public final class ServerProcess implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String LATEST = "2026-07-28";
  private static final String LEGACY = "2025-11-25";

  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuffer stderr = new StringBuffer();
  private final Map<String, String[]> sent = new ConcurrentHashMap<>();
  private final List<JsonNode> held = new ArrayList<>();
  private final Thread stdoutPump;
  private volatile String negotiated;
  private volatile String lastModern;

  private ServerProcess(Process process) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.stdoutPump = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true), "server-stdout");
    Thread err = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false), "server-stderr");
    stdoutPump.setDaemon(true);
    err.setDaemon(true);
    stdoutPump.start();
    err.start();
  }

  private void pump(BufferedReader r, boolean protocol) {
    try {
      String line;
      while ((line = r.readLine()) != null) {
        if (protocol) {
          lines.add(line);
        } else {
          stderr.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      // process gone
    }
  }

  /** The class path of the running tests (surefire's full one when present). */
  public static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  /** The application's class path: the test class path without test classes and test jars. */
  public static String appClassPath() {
    List<String> keep = new ArrayList<>();
    for (String e : testClassPath().split(java.io.File.pathSeparator)) {
      if (!e.endsWith("test-classes") && !e.endsWith("-tests.jar") && !e.contains("surefire")) {
        keep.add(e);
      }
    }
    return String.join(java.io.File.pathSeparator, keep);
  }

  /** The {@code java} launcher of the JDK running the tests. */
  public static String javaBinary() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Starts {@code Main} with the test class path and {@code args}. */
  public static ServerProcess start(String... args) throws IOException {
    return start(javaBinary(), testClassPath(), List.of(), args);
  }

  public static ServerProcess start(String java, String classPath, List<String> jvmArgs, String... args) throws IOException {
    return startMain("dev.mcpapt.runtime.Main", java, classPath, jvmArgs, args);
  }

  /** Starts {@code mainClass} (of the test class path) with {@code args}. */
  public static ServerProcess startMain(String mainClass, String... args) throws IOException {
    return startMain(mainClass, javaBinary(), testClassPath(), List.of(), args);
  }

  private static ServerProcess startMain(String mainClass, String java, String classPath, List<String> jvmArgs,
      String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    return new ServerProcess(pb.start());
  }

  /** Sends one raw line (a newline is appended). */
  public void sendLine(String line) {
    sendRaw((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  public void sendRaw(byte[] bytes) {
    try {
      stdin.write(bytes);
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("server stdin closed; stderr:\n" + stderr, e);
    }
  }

  /** Sends a message, remembering the method and revision of requests to validate their responses. */
  public void send(JsonNode message) {
    JsonNode id = message.get("id");
    if (id != null && message.has("method")) {
      String method = message.get("method").asText();
      String version = message.path("params").path("_meta").path("io.modelcontextprotocol/protocolVersion").asText(null);
      if (version != null) {
        lastModern = version;
      }
      sent.put(id.toString(), new String[] {method, version});
    }
    sendLine(message.toString());
  }

  /** Sends a request and returns its response (messages that arrive first are held for {@link #receive}). */
  public JsonNode request(JsonNode message) {
    send(message);
    return responseTo(message.get("id"));
  }

  /** Starts a legacy session of {@code revision} (initialize + initialized); returns the initialize result. */
  public JsonNode initialize(String revision) {
    ObjectNode init = Wire.request(0, "initialize");
    ObjectNode p = init.putObject("params");
    p.put("protocolVersion", revision);
    p.putObject("capabilities");
    p.putObject("clientInfo").put("name", "wire-test").put("version", "1.0");
    JsonNode response = request(init);
    assertTrue(response.has("result"), () -> "initialize failed: " + response);
    send(Wire.notification("notifications/initialized"));
    return response.get("result");
  }

  /** The next message from the server, validated. */
  public JsonNode receive(Duration timeout) {
    if (!held.isEmpty()) {
      return held.remove(0);
    }
    return read(timeout);
  }

  /** The response with this id, holding back other messages. */
  public JsonNode responseTo(JsonNode id) {
    for (Iterator<JsonNode> it = held.iterator(); it.hasNext(); ) {
      JsonNode m = it.next();
      if (sameId(id, m.get("id")) && !m.has("method")) {
        it.remove();
        return m;
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      JsonNode m = read(Duration.ofNanos(deadline - System.nanoTime()));
      if (sameId(id, m.get("id")) && !m.has("method")) {
        return m;
      }
      held.add(m);
    }
    throw new AssertionError("no response to id " + id + "; stderr:\n" + stderr);
  }

  private static boolean sameId(JsonNode a, JsonNode b) {
    return a != null && b != null && a.isTextual() == b.isTextual() && a.toString().equals(b.toString());
  }

  /** Asserts that nothing arrives for {@code quiet}. */
  public void assertSilent(Duration quiet) {
    if (!held.isEmpty()) {
      fail("unexpected message: " + held.get(0));
    }
    try {
      String line = lines.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
      if (line != null) {
        fail("unexpected message: " + line);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JsonNode read(Duration timeout) {
    String line;
    try {
      line = lines.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (line == null) {
      throw new AssertionError("no message from the server within " + timeout + " (alive: " + process.isAlive()
          + "); stderr:\n" + stderr);
    }
    JsonNode message;
    try {
      message = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("the server wrote a line that is not JSON: " + line, e);
    }
    validate(message);
    if (message.has("result") && message.path("result").has("protocolVersion") && message.has("id")) {
      String[] req = sent.get(message.get("id").toString());
      if (req != null && "initialize".equals(req[0])) {
        negotiated = message.path("result").path("protocolVersion").asText();
      }
    }
    return message;
  }

  private void validate(JsonNode message) {
    List<String> problems = new ArrayList<>();
    String method = null;
    String revision;
    if (message.isArray()) {
      for (JsonNode m : message) {
        validate(m);
      }
      return;
    }
    JsonNode id = message.get("id");
    if (id != null && !message.has("method")) {
      String[] req = sent.get(id.toString());
      method = req == null ? null : req[0];
      if (req != null && req[1] != null) {
        revision = isServed(req[1]) ? req[1] : LATEST;
      } else if (req != null && "initialize".equals(req[0]) && message.has("result")) {
        revision = message.path("result").path("protocolVersion").asText();
      } else {
        revision = negotiated != null ? negotiated : LEGACY;
      }
    } else if (id == null && message.has("error")) {
      revision = negotiated != null && negotiated.compareTo("2025-11-25") >= 0 ? negotiated : LATEST;
    } else {
      revision = negotiated != null ? negotiated : (lastModern != null && isServed(lastModern) ? lastModern : LATEST);
    }
    problems.addAll(SpecSchemas.validator(revision).validateServerMessage(message, method));
    if (!problems.isEmpty()) {
      fail("server message breaks the " + revision + " schema:\n  " + String.join("\n  ", problems) + "\nmessage: " + message);
    }
  }

  private static boolean isServed(String v) {
    return List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28").contains(v);
  }

  public String stderr() {
    return stderr.toString();
  }

  public Process process() {
    return process;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Closes stdin and waits for the process to exit; returns its exit code. */
  public int closeAndWait(Duration timeout) throws InterruptedException {
    try {
      stdin.close();
    } catch (IOException e) {
      // already closed
    }
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      fail("the server did not exit within " + timeout + " after stdin closed; stderr:\n" + stderr);
    }
    return process.exitValue();
  }

  /** Lines still queued from the server (all of them, if it has exited). */
  public List<String> drain() {
    if (!process.isAlive()) {
      try {
        stdoutPump.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    List<String> out = new ArrayList<>();
    lines.drainTo(out);
    return out;
  }

  @Override
  public void close() {
    try {
      stdin.close();
    } catch (IOException e) {
      // ignore
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

}
