package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.Wire;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code McpContext.requireUrlElicitation} inside a task, over stdio with every message checked
 * against its revision's schema: the call was answered with the task already, so the URL is asked
 * as a question of the task (2026-07-28 {@code inputRequests}, 2025-11-25 a request on
 * {@code tasks/result}), and the method goes on once the user accepted.
 */
class TaskUrlElicitationTest {
  private static final String EXT = "io.modelcontextprotocol/tasks";
  private final AtomicInteger ids = new AtomicInteger(1);

  /** A server with one task tool that needs the user to sign in at a URL first. */
  public static final class Server {
    private Server() {}

    public static void main(String[] args) throws Exception {
      McpComponent tools = new McpComponent() {
        @Override
        public Class<?> type() {
          return Server.class;
        }

        @Override
        public List<ToolHandler> tools() {
          return List.of(TaskTestServer.tool("sign_in", dev.mcpapt.annotations.TaskSupport.REQUIRED, "{}", (a, c) -> {
            c.requireUrlElicitation(ElicitRequest.url("Sign in to Example Co",
                URI.create("https://auth.example.com/connect"), "connect-1"));
            return ToolResult.text("signed in");
          }));
        }
      };
      McpServer server = McpServer.builder().name("url-task").version("1.0").component(tools)
          .tasks(TaskSettings.defaults().withPollInterval(Duration.ofMillis(200))).build();
      server.serveStdio();
      server.close();
    }
  }

  private ObjectNode modern(String method, boolean urlCapability) {
    ObjectNode r = Wire.modern(ids.incrementAndGet(), method);
    ObjectNode caps = (ObjectNode) Wire.params(r).path("_meta").path("io.modelcontextprotocol/clientCapabilities");
    ObjectNode elicitation = caps.putObject("elicitation");
    if (urlCapability) {
      elicitation.putObject("url");
    }
    caps.putObject("extensions").putObject(EXT);
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

  private String start(ServerProcess server, boolean urlCapability) throws Exception {
    ObjectNode call = modern("tools/call", urlCapability);
    Wire.params(call).put("name", "sign_in").set("arguments", Wire.object());
    return result(server.request(call)).path("taskId").asText();
  }

  private JsonNode answer(ServerProcess server, String taskId, String key, String action) throws Exception {
    ObjectNode update = task("tasks/update", taskId);
    Wire.params(update).putObject("inputResponses").putObject(key).put("action", action);
    assertEquals("complete", result(server.request(update)).path("resultType").asText());
    return pollUntil(server, taskId, "completed");
  }

  @Test
  void theUrlIsAQuestionOfTheTaskAndTheMethodGoesOnOnceAccepted() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(Server.class.getName())) {
      String id = start(server, true);
      JsonNode waiting = pollUntil(server, id, "input_required");
      assertEquals("input_required", waiting.path("status").asText(), waiting::toString);
      JsonNode question = waiting.path("inputRequests").path("elicitation-1");
      assertEquals("elicitation/create", question.path("method").asText(), waiting::toString);
      assertEquals("url", question.path("params").path("mode").asText(), waiting::toString);
      assertEquals("https://auth.example.com/connect", question.path("params").path("url").asText());
      // 2026-07-28 has no elicitation ids: the client learns the outcome by answering
      assertFalse(question.path("params").has("elicitationId"), waiting::toString);
      JsonNode done = answer(server, id, "elicitation-1", "accept");
      assertEquals("completed", done.path("status").asText(), done::toString);
      assertEquals("signed in", done.path("result").path("content").path(0).path("text").asText(), done::toString);
    }
  }

  @Test
  void aDeclinedUrlEndsTheTaskWithAToolError() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(Server.class.getName())) {
      String id = start(server, true);
      pollUntil(server, id, "input_required");
      JsonNode done = answer(server, id, "elicitation-1", "decline");
      assertEquals("completed", done.path("status").asText(), done::toString);
      assertTrue(done.path("result").path("isError").asBoolean(), done::toString);
      assertEquals("The user did not complete the interaction this task needs",
          done.path("result").path("content").path(0).path("text").asText(), done::toString);
    }
  }

  @Test
  void withoutTheUrlCapabilityTheTaskFailsWithMissingCapability() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(Server.class.getName())) {
      String id = start(server, false);
      JsonNode done = pollUntil(server, id, "failed");
      assertEquals("failed", done.path("status").asText(), done::toString);
      assertEquals(-32021, done.path("error").path("code").asInt(), done::toString);
    }
  }

  @Test
  void legacyTaskAsksForTheUrlOnTheClientsTasksResult() throws Exception {
    try (ServerProcess server = ServerProcess.startMain(Server.class.getName())) {
      ObjectNode capabilities = Wire.object();
      capabilities.putObject("elicitation").putObject("url");
      TaskPolling.initializeLegacy(server, capabilities);
      TaskPolling.Asked asked = TaskPolling.callAndAwaitQuestion(server, ids, "sign_in", "elicitation/create");
      ObjectNode resultReq = asked.resultRequest();
      JsonNode question = asked.question();
      assertEquals("url", question.path("params").path("mode").asText(), question::toString);
      assertEquals("connect-1", question.path("params").path("elicitationId").asText(), question::toString);
      ObjectNode answer = Wire.object().put("jsonrpc", "2.0");
      answer.set("id", question.get("id"));
      answer.putObject("result").put("action", "accept");
      server.send(answer);
      JsonNode payload = result(server.responseTo(resultReq.get("id")));
      assertEquals("signed in", payload.path("content").path(0).path("text").asText(), payload::toString);
    }
  }
}
