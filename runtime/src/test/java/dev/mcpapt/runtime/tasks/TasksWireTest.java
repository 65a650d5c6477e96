package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.Wire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks over stdio, as a client sees them, every message the server sends checked against the
 * schema of its revision (and the tasks extension's schema in 2026-07-28): creation, polling,
 * input through {@code tasks/update} and {@code tasks/result}, cancellation, expiry, and a SQLite
 * store that outlives {@code kill -9}.
 */
class TasksWireTest {
  private static final String EXT = "io.modelcontextprotocol/tasks";
  private final AtomicInteger ids = new AtomicInteger(1);

  private ObjectNode modern(String method, boolean extension) {
    ObjectNode r = Wire.modern(ids.incrementAndGet(), method);
    ObjectNode caps = (ObjectNode) Wire.params(r).path("_meta").path("io.modelcontextprotocol/clientCapabilities");
    caps.putObject("elicitation");
    if (extension) {
      caps.putObject("extensions").putObject(EXT);
    }
    return r;
  }

  private ObjectNode call(String tool, ObjectNode arguments, boolean extension) {
    ObjectNode r = modern("tools/call", extension);
    Wire.params(r).put("name", tool).set("arguments", arguments == null ? Wire.object() : arguments);
    return r;
  }

  private ObjectNode task(String method, String taskId) {
    ObjectNode r = modern(method, true);
    Wire.params(r).put("taskId", taskId);
    return r;
  }

  private static JsonNode result(JsonNode response) {
    return TaskPolling.result(response);
  }

  private JsonNode pollUntil(ServerProcess server, String taskId, String status) throws InterruptedException {
    return TaskPolling.pollUntil(server, () -> task("tasks/get", taskId), taskId, status);
  }

  @Test
  void extensionIsAdvertisedAndAToolCallBecomesATaskThatCompletes() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName())) {
      JsonNode caps = result(server.request(modern("server/discover", false))).path("capabilities");
      assertTrue(caps.path("extensions").path(EXT).isObject(), caps::toString);
      assertFalse(caps.has("tasks"), "the 2025-11-25 capability is not advertised on 2026-07-28");

      ObjectNode args = Wire.object().put("seconds", 1);
      JsonNode created = result(server.request(call("work", args, true)));
      assertEquals("task", created.path("resultType").asText());
      assertEquals("working", created.path("status").asText());
      assertTrue(created.path("ttlMs").isIntegralNumber());
      assertEquals(200, created.path("pollIntervalMs").asInt());
      String id = created.path("taskId").asText();
      assertTrue(id.length() >= 20, "task ids are unguessable: " + id);

      JsonNode working = result(server.request(task("tasks/get", id)));
      assertEquals("complete", working.path("resultType").asText());
      assertEquals(id, working.path("taskId").asText());

      JsonNode done = pollUntil(server, id, "completed");
      assertEquals("completed", done.path("status").asText(), done::toString);
      assertEquals("worked 1 s", done.path("result").path("content").path(0).path("text").asText());

      // the same tool without the extension is an ordinary call
      JsonNode sync = result(server.request(call("work", Wire.object().put("seconds", 0), false)));
      assertEquals("complete", sync.path("resultType").asText());
      assertFalse(sync.has("taskId"));
    }
  }

  @Test
  void withoutTheExtensionATaskOnlyToolAndTheTaskMethodsAreRefused() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName())) {
      JsonNode refused = server.request(call("only_task", null, false));
      assertEquals(-32021, refused.path("error").path("code").asInt(), refused::toString);
      assertTrue(refused.path("error").path("data").path("requiredCapabilities").path("extensions").has(EXT));

      ObjectNode get = modern("tasks/get", false);
      Wire.params(get).put("taskId", "whatever");
      assertEquals(-32021, server.request(get).path("error").path("code").asInt());

      JsonNode unknown = server.request(task("tasks/get", "no-such-task"));
      assertEquals(-32602, unknown.path("error").path("code").asInt(), unknown::toString);

      ObjectNode list = modern("tasks/list", true);
      assertEquals(-32601, server.request(list).path("error").path("code").asInt(), "no tasks/list in 2026-07-28");

      ObjectNode listen = modern("subscriptions/listen", false);
      Wire.params(listen).putObject("notifications").putArray("taskIds").add("some-task");
      JsonNode listenRefused = server.request(listen);
      assertEquals(-32021, listenRefused.path("error").path("code").asInt(), listenRefused::toString);

      JsonNode plain = result(server.request(call("plain", null, true)));
      assertEquals("complete", plain.path("resultType").asText(), "a tool that never runs as a task is answered directly");
    }
  }

  @Test
  void cancellingStopsTheMethodAndTheTaskReadsCancelled() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName())) {
      String id = result(server.request(call("work", Wire.object().put("seconds", 60), true))).path("taskId").asText();
      JsonNode ack = result(server.request(task("tasks/cancel", id)));
      assertEquals("complete", ack.path("resultType").asText());
      assertFalse(ack.has("status"), "the 2026-07-28 cancel answer is an empty acknowledgement");
      JsonNode after = pollUntil(server, id, "cancelled");
      assertEquals("cancelled", after.path("status").asText());
      // cancelling again is acknowledged the same way
      assertEquals("complete", result(server.request(task("tasks/cancel", id))).path("resultType").asText());
      Thread.sleep(500);
      assertEquals("cancelled", result(server.request(task("tasks/get", id))).path("status").asText(),
          "the interrupted method must not overwrite the cancellation");
    }
  }

  @Test
  void aTaskAsksForInputThroughTasksUpdate() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName())) {
      String id = result(server.request(call("ask_name", null, true))).path("taskId").asText();
      JsonNode waiting = pollUntil(server, id, "input_required");
      assertEquals("input_required", waiting.path("status").asText(), waiting::toString);
      JsonNode question = waiting.path("inputRequests").path("name");
      assertEquals("elicitation/create", question.path("method").asText(), waiting::toString);

      ObjectNode ignored = task("tasks/update", id);
      Wire.params(ignored).putObject("inputResponses").putObject("never-asked").put("action", "accept");
      assertEquals("complete", result(server.request(ignored)).path("resultType").asText());
      assertEquals("input_required", result(server.request(task("tasks/get", id))).path("status").asText(),
          "an answer to a key never asked is ignored");

      ObjectNode update = task("tasks/update", id);
      ObjectNode answer = Wire.params(update).putObject("inputResponses").putObject("name");
      answer.put("action", "accept").putObject("content").put("name", "Ada");
      JsonNode ack = result(server.request(update));
      assertEquals("complete", ack.path("resultType").asText());
      JsonNode done = pollUntil(server, id, "completed");
      assertEquals("Hello, Ada!", done.path("result").path("content").path(0).path("text").asText(), done::toString);
    }
  }

  @Test
  void anExpiredTaskIsGone() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName(), "--ttl-ms", "1500")) {
      JsonNode created = result(server.request(call("work", Wire.object().put("seconds", 0), true)));
      assertEquals(1500, created.path("ttlMs").asInt());
      String id = created.path("taskId").asText();
      assertEquals("completed", pollUntil(server, id, "completed").path("status").asText());
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      JsonNode gone;
      do {
        Thread.sleep(250);
        gone = server.request(task("tasks/get", id));
      } while (gone.has("result") && System.nanoTime() < deadline);
      assertEquals(-32602, gone.path("error").path("code").asInt(), gone::toString);
    }
  }

  @Test
  void legacyWireCreatesPollsListsAndFetchesTheResult() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName())) {
      JsonNode init = server.initialize("2025-11-25");
      JsonNode caps = init.path("capabilities").path("tasks");
      assertTrue(caps.path("requests").path("tools").path("call").isObject(), init::toString);
      assertTrue(caps.path("list").isObject() && caps.path("cancel").isObject());
      JsonNode tools = result(server.request(Wire.request(ids.incrementAndGet(), "tools/list"))).path("tools");
      boolean sawRequired = false;
      for (JsonNode t : tools) {
        if (t.path("name").asText().equals("only_task")) {
          sawRequired = "required".equals(t.path("execution").path("taskSupport").asText());
        }
      }
      assertTrue(sawRequired, tools::toString);

      JsonNode refused = server.request(Wire.toolCall(ids.incrementAndGet(), "only_task", Wire.object()));
      assertEquals(-32601, refused.path("error").path("code").asInt(), refused::toString);

      ObjectNode callReq = Wire.toolCall(ids.incrementAndGet(), "work", Wire.object().put("seconds", 0.5));
      Wire.params(callReq).putObject("task").put("ttl", 60_000);
      JsonNode created = result(server.request(callReq)).path("task");
      assertEquals("working", created.path("status").asText());
      assertEquals(60_000, created.path("ttl").asInt());
      String id = created.path("taskId").asText();

      ObjectNode resultReq = Wire.request(ids.incrementAndGet(), "tasks/result");
      Wire.params(resultReq).put("taskId", id);
      JsonNode payload = result(server.request(resultReq));
      assertEquals("worked 0.5 s", payload.path("content").path(0).path("text").asText(), payload::toString);
      assertEquals(id, payload.path("_meta").path("io.modelcontextprotocol/related-task").path("taskId").asText());

      ObjectNode get = Wire.request(ids.incrementAndGet(), "tasks/get");
      Wire.params(get).put("taskId", id);
      assertEquals("completed", result(server.request(get)).path("status").asText());
      boolean notified = false;
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!notified && System.nanoTime() < until) {
        JsonNode m = server.receive(Duration.ofSeconds(10));
        notified = "notifications/tasks/status".equals(m.path("method").asText())
            && id.equals(m.path("params").path("taskId").asText())
            && "completed".equals(m.path("params").path("status").asText());
      }
      assertTrue(notified, "the session is told when its task completes");

      JsonNode listed = result(server.request(Wire.request(ids.incrementAndGet(), "tasks/list"))).path("tasks");
      assertEquals(1, listed.size(), listed::toString);
      assertEquals(id, listed.path(0).path("taskId").asText());

      ObjectNode cancel = Wire.request(ids.incrementAndGet(), "tasks/cancel");
      Wire.params(cancel).put("taskId", id);
      assertEquals(-32602, server.request(cancel).path("error").path("code").asInt(), "a finished task cannot be cancelled");

      ObjectNode running = Wire.toolCall(ids.incrementAndGet(), "work", Wire.object().put("seconds", 60));
      Wire.params(running).putObject("task");
      String longId = result(server.request(running)).path("task").path("taskId").asText();
      ObjectNode cancelLong = Wire.request(ids.incrementAndGet(), "tasks/cancel");
      Wire.params(cancelLong).put("taskId", longId);
      assertEquals("cancelled", result(server.request(cancelLong)).path("status").asText());
    }
  }

  @Test
  void legacyTaskAsksForInputOnTheClientsTasksResult() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName())) {
      ObjectNode capabilities = Wire.object();
      capabilities.putObject("elicitation");
      TaskPolling.initializeLegacy(server, capabilities);
      TaskPolling.Asked asked = TaskPolling.callAndAwaitQuestion(server, ids, "ask_name", "elicitation/create");
      ObjectNode resultReq = asked.resultRequest();
      JsonNode question = asked.question();
      ObjectNode answer = Wire.object().put("jsonrpc", "2.0");
      answer.set("id", question.get("id"));
      answer.putObject("result").put("action", "accept").putObject("content").put("name", "Grace");
      server.send(answer);
      JsonNode payload = result(server.responseTo(resultReq.get("id")));
      assertEquals("Hello, Grace!", payload.path("content").path(0).path("text").asText(), payload::toString);
    }
  }

  @Test
  void aSqliteStoreKeepsTasksThroughKillDashNine(@TempDir Path dir) throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("tasks.db");
    String finished;
    String interrupted;
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName(), "--db", db)) {
      finished = result(server.request(call("work", Wire.object().put("seconds", 0), true))).path("taskId").asText();
      assertEquals("completed", pollUntil(server, finished, "completed").path("status").asText());
      interrupted = result(server.request(call("work", Wire.object().put("seconds", 120), true))).path("taskId").asText();
      assertEquals("working", result(server.request(task("tasks/get", interrupted))).path("status").asText());
      server.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(server.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS));
    }
    assertTrue(Files.size(dir.resolve("tasks.db")) > 0);
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName(), "--db", db)) {
      JsonNode kept = result(server.request(task("tasks/get", finished)));
      assertEquals("completed", kept.path("status").asText(), kept::toString);
      assertEquals("worked 0 s", kept.path("result").path("content").path(0).path("text").asText());
      JsonNode lost = result(server.request(task("tasks/get", interrupted)));
      assertEquals("failed", lost.path("status").asText(), "a task whose process died is never working forever: " + lost);
      assertTrue(lost.path("statusMessage").asText().contains("stopped before the task finished"), lost::toString);
      assertEquals(-32603, lost.path("error").path("code").asInt());
    }
  }

  @Test
  void aServerThatStopsRecordsItsRunningTasksAsStopped(@TempDir Path dir) throws Exception {
    String db = "jdbc:sqlite:" + dir.resolve("tasks.db");
    String id;
    try (ServerProcess server = ServerProcess.startMain(TaskTestServer.class.getName(), "--db", db)) {
      id = result(server.request(call("work", Wire.object().put("seconds", 120), true))).path("taskId").asText();
      assertEquals("working", result(server.request(task("tasks/get", id))).path("status").asText());
      assertEquals(0, server.closeAndWait(Duration.ofSeconds(30)), "stdin closed: the server stops");
    }
    try (JdbcTaskStore store = JdbcTaskStore.open(db)) {
      TaskRecord stopped = store.get(id).orElseThrow();
      assertEquals(TaskStatus.FAILED, stopped.status(), "recorded when it stopped, before any restart: " + stopped);
      assertEquals("The server stopped before the task finished", stopped.statusMessage());
    }
  }
}
