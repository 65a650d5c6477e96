package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export_tasks} as a client of the 2026-07-28 tasks extension uses it: the call becomes a
 * task, polling shows it completed with a link, and the link reads back the exported list (for
 * the same user only).
 */
class TaskExportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXT = "io.modelcontextprotocol/tasks";

  @TempDir Path dir;
  private TaskStore store;
  private McpServer server;
  private OutputStream toServer;
  private BufferedReader fromServer;
  private Thread serving;
  private final AtomicInteger ids = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    store = TaskStore.open(dir.resolve("tasks.db").toString());
    // signed out (stdio): the local list, the one the export reads
    store.add(TaskStore.LOCAL_OWNER, "Water the plants");
    store.setDone(TaskStore.LOCAL_OWNER, store.add(TaskStore.LOCAL_OWNER, "Pay the rent").id(), true);
    store.add("https://as.example someone-else", "Not in this export");
    server = McpServer.builder().name("taskmanager-test").version("1")
        .tools(new TaskExports(store, dir.resolve("exports"))).build();
    PipedOutputStream clientOut = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
    toServer = clientOut;
    fromServer = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8));
    serving = new Thread(() -> {
      try {
        server.serve(serverIn, serverOut);
      } catch (Exception e) {
        // the pipe closed
      }
    }, "serve");
    serving.start();
  }

  @AfterEach
  void stop() throws Exception {
    toServer.close();
    serving.join(10_000);
    server.close();
  }

  private JsonNode request(String method, ObjectNode params, boolean extension) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode meta = params.putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
    ObjectNode caps = meta.putObject("io.modelcontextprotocol/clientCapabilities");
    if (extension) {
      caps.putObject("extensions").putObject(EXT);
    }
    meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "test").put("version", "1");
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    message.set("params", params);
    toServer.write((message + "\n").getBytes(StandardCharsets.UTF_8));
    toServer.flush();
    while (true) {
      String line = fromServer.readLine();
      if (line == null) {
        throw new AssertionError("the server closed the stream");
      }
      JsonNode m = JSON.readTree(line);
      if (m.path("id").asInt(-1) == id) {
        assertTrue(m.has("result"), m::toString);
        return m.get("result");
      }
    }
  }

  @Test
  void theExportRunsAsATaskAndLinksToTheFile() throws Exception {
    JsonNode created = request("tools/call", JSON.createObjectNode().put("name", "export_tasks"), true);
    assertEquals("task", created.path("resultType").asText(), created::toString);
    String taskId = created.path("taskId").asText();
    JsonNode task;
    long deadline = System.nanoTime() + 20_000_000_000L;
    do {
      task = request("tasks/get", JSON.createObjectNode().put("taskId", taskId), true);
      Thread.sleep(50);
    } while (!task.path("status").asText().equals("completed") && System.nanoTime() < deadline);
    assertEquals("completed", task.path("status").asText(), task::toString);
    JsonNode link = task.path("result").path("content").path(1);
    assertEquals("resource_link", link.path("type").asText(), task::toString);
    String uri = link.path("uri").asText();

    JsonNode read = request("resources/read", JSON.createObjectNode().put("uri", uri), false);
    String text = read.path("contents").path(0).path("text").asText();
    assertTrue(text.contains("- [ ] Water the plants"), text);
    assertTrue(text.contains("- [x] Pay the rent"), text);
    assertTrue(!text.contains("Not in this export"), "another user's task must not be exported: " + text);
    try (Stream<Path> files = Files.walk(dir.resolve("exports"))) {
      assertFalse(files.anyMatch(p -> p.toString().endsWith(".partial")), "no partial file is left");
    }
  }

  @Test
  void withoutTasksTheExportIsAnOrdinaryCall() throws Exception {
    JsonNode result = request("tools/call", JSON.createObjectNode().put("name", "export_tasks"), false);
    assertEquals("complete", result.path("resultType").asText());
    assertTrue(result.path("content").path(0).path("text").asText().startsWith("Exported 2 tasks"), result::toString);
  }
}
