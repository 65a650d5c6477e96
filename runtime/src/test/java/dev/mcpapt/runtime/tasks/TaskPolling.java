package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.Wire;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** What the wire tests of tasks share: reading a result, and polling a task until it reaches a status. */
final class TaskPolling {
  private TaskPolling() {}

  static JsonNode result(JsonNode response) {
    assertTrue(response.has("result"), () -> "expected a result: " + response);
    return response.get("result");
  }

  /**
   * Sends {@code tasksGet} (a new {@code tasks/get} each time) until the task reaches {@code status}
   * (or any terminal one), within 20 s.
   */
  static JsonNode pollUntil(ServerProcess server, Supplier<ObjectNode> tasksGet, String taskId, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = result(server.request(tasksGet.get()));
      String s = last.path("status").asText();
      if (s.equals(status) || s.equals("completed") || s.equals("failed") || s.equals("cancelled")) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("task " + taskId + " never reached " + status + "; last: " + last);
  }

  /** Runs the 2025-11-25 handshake with {@code capabilities}. */
  static void initializeLegacy(ServerProcess server, ObjectNode capabilities) throws Exception {
    ObjectNode init = Wire.request(0, "initialize");
    ObjectNode p = init.putObject("params").put("protocolVersion", "2025-11-25");
    p.set("capabilities", capabilities);
    p.putObject("clientInfo").put("name", "wire-test").put("version", "1");
    result(server.request(init));
    server.send(Wire.notification("notifications/initialized"));
  }

  /** The {@code tasks/result} request sent, and the task's question that came while it waits. */
  record Asked(ObjectNode resultRequest, JsonNode question) {}

  /**
   * Calls {@code tool} as a 2025-11-25 task, sends {@code tasks/result} for it, and waits for the
   * first server-to-client request of {@code method}, which must be tagged with the task.
   */
  static Asked callAndAwaitQuestion(ServerProcess server, AtomicInteger ids, String tool, String method)
      throws Exception {
    JsonNode[] question = new JsonNode[1];
    ObjectNode callReq = Wire.toolCall(ids.incrementAndGet(), tool, Wire.object());
    Wire.params(callReq).putObject("task");
    String id = result(server.request(callReq)).path("task").path("taskId").asText();
    ObjectNode resultReq = Wire.request(ids.incrementAndGet(), "tasks/result");
    Wire.params(resultReq).put("taskId", id);
    server.send(resultReq);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (question[0] == null && System.nanoTime() < deadline) {
      JsonNode m = server.receive(Duration.ofSeconds(20));
      if (method.equals(m.path("method").asText())) {
        question[0] = m;
      }
    }
    assertTrue(question[0] != null, "the task's " + method + " arrives on tasks/result");
    assertEquals(id, question[0].path("params").path("_meta").path("io.modelcontextprotocol/related-task")
        .path("taskId").asText(), question[0]::toString);
    return new Asked(resultReq, question[0]);
  }
}
