package dev.mcpapt.sample.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpapt.testing.McpTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tools through the application's endpoint, with mcp-apt's testing API (as users test theirs). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:tools-test;DB_CLOSE_DELAY=-1")
class TaskToolsTest {
  @LocalServerPort
  int port;

  @Test
  void addListCompleteAndRefuse() {
    try (McpTester mcp = McpTester.http("http://127.0.0.1:" + port + "/mcp")) {
      long id = mcp.call("add_task", Map.of("title", "Water the plants"))
          .assertOk()
          .assertMatchesOutputSchema()
          .assertStructured("/title", "Water the plants")
          .structured().path("id").asLong();
      mcp.call("complete_task", Map.of("task_id", id)).assertOk().assertStructured("/done", true);
      mcp.call("list_tasks", "{}").assertOk().assertMatchesOutputSchema().assertStructured("/open", 0);
      mcp.call("add_tasks", Map.of("titles", List.of("fine", " "))).assertToolError("A task needs a title");
      assertEquals(1, mcp.call("list_tasks", "{}").structured().path("tasks").size(), "the refused batch left nothing");
      mcp.call("delete_task", Map.of("task_id", 424242)).assertToolError("There is no task 424242");
    }
  }
}
