package dev.mcpapt.sample.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mcpapt.runtime.testing.NodeClients;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Boot application as a client sees it: the official TypeScript SDK v1 (a 2025-11-25
 * session) and the v2 client (stateless 2026-07-28) call its tools at /mcp on the application's
 * own Tomcat, and the rows land in Spring's DataSource.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypeScriptClientsTest {
  @LocalServerPort
  int port;
  @Autowired
  TaskRepository repository;

  @Test
  void theOfficialClientsManageTheTasks() throws Exception {
    JsonNode report = NodeClients.run("spring-tasks-client.mjs",
        JsonNodeFactory.instance.objectNode().put("url", "http://127.0.0.1:" + port + "/mcp"), 120);
    JsonNode v1 = report.path("v1");
    assertFalse(v1.has("failure"), report.toString());
    assertEquals("2025-11-25", v1.path("protocolVersion").asText(), report.toString());
    assertEquals("spring-boot-tasks", v1.path("server").path("name").asText(), report.toString());
    assertTrue(v1.path("instructions").asText().contains("list_tasks"), report.toString());
    List<String> tools = List.of("add_task", "add_tasks", "complete_task", "delete_task", "list_tasks");
    assertEquals(tools.toString(), v1.path("tools").toString().replace("\"", "").replace(",", ", "));

    assertEquals("Buy milk", v1.path("added").path("structured").path("title").asText(), report.toString());
    assertEquals(2, v1.path("addedTwo").path("structured").path("tasks").size(), report.toString());
    // @Transactional through the generated code: the refused batch left nothing behind.
    assertTrue(v1.path("refusedBatch").path("isError").asBoolean(), report.toString());
    assertEquals("A task needs a title", v1.path("refusedBatch").path("text").asText(), report.toString());
    assertEquals(3, v1.path("afterRefused").path("structured").path("tasks").size(), report.toString());

    assertTrue(v1.path("completed").path("structured").path("done").asBoolean(), report.toString());
    assertTrue(v1.path("badArgument").path("isError").asBoolean(), report.toString());
    assertTrue(v1.path("badArgument").path("text").asText().contains("task_id"), report.toString());
    assertTrue(v1.path("missing").path("isError").asBoolean(), report.toString());
    assertEquals("There is no task 999999; list_tasks shows the ids", v1.path("missing").path("text").asText());
    assertTrue(v1.path("deleted").path("text").asText().startsWith("Deleted task "), report.toString());
    JsonNode fin = v1.path("final").path("structured");
    assertEquals(2, fin.path("tasks").size(), report.toString());
    assertEquals(1, fin.path("open").asInt(), report.toString());

    JsonNode v2 = report.path("v2");
    assertFalse(v2.has("failure"), report.toString());
    assertEquals("2026-07-28", v2.path("protocolVersion").asText(), report.toString());
    assertEquals(tools.toString(), v2.path("tools").toString().replace("\"", "").replace(",", ", "));
    assertEquals(2, v2.path("list").path("structured").path("tasks").size(), report.toString());
    assertFalse(v2.path("added").path("isError").asBoolean(), report.toString());

    // The same rows, read through Spring's side of the DataSource.
    assertEquals(List.of("Buy milk", "Call Ada", "From the v2 client"),
        repository.all().stream().map(Task::title).toList());
  }
}
