package dev.mcpapt.runtime.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.TestHandlers;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import java.time.Duration;
import java.util.List;

/**
 * A server with tools that run as tasks, as a process of its own (so it can be killed):
 * {@code [--db <jdbc url>] [--ttl-ms <n>] [--http <port>]}, stdio by default.
 */
public final class TaskTestServer {
  private TaskTestServer() {}

  /** The tools, hand-written as the processor would generate them. */
  public static final class Tools implements McpComponent {
    @Override
    public Class<?> type() {
      return Tools.class;
    }

    @Override
    public List<ToolHandler> tools() {
      return List.of(
          tool("work", TaskSupport.OPTIONAL, "{\"seconds\":{\"type\":\"number\"}}", (a, c) -> {
            double seconds = a.path("seconds").asDouble(0);
            long steps = Math.round(seconds * 10);
            for (long i = 0; i < steps; i++) {
              c.progress(i, (double) steps, "working");
              Thread.sleep(100);
            }
            return ToolResult.text("worked " + a.path("seconds").asText("0") + " s");
          }),
          tool("ask_name", TaskSupport.OPTIONAL, "{}", (a, c) -> {
            String name = c.elicit("name", ElicitRequest.form("What is your name?",
                ElicitSchema.builder().required("name", ElicitSchema.string()).build())).string("name").orElse("?");
            return ToolResult.text("Hello, " + name + "!");
          }),
          tool("only_task", TaskSupport.REQUIRED, "{}", (a, c) -> ToolResult.text("done as task " + c.taskId().orElse("-"))),
          tool("plain", TaskSupport.FORBIDDEN, "{}", (a, c) -> ToolResult.text("plain")));
    }
  }

  static ToolHandler tool(String name, TaskSupport support, String properties, TestHandlers.Body body) {
    ObjectNode descriptor;
    try {
      descriptor = (ObjectNode) new ObjectMapper().readTree("{\"name\":\"" + name + "\",\"description\":\"" + name
          + "\",\"inputSchema\":{\"type\":\"object\",\"properties\":" + properties + "}}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (support != TaskSupport.FORBIDDEN) {
      descriptor.putObject("execution").put("taskSupport", support.wireName());
    }
    return TestHandlers.tool(descriptor, body);
  }

  public static McpServer server(String db, long ttlMs) {
    TaskSettings settings = TaskSettings.defaults()
        .withTtl(Duration.ofMillis(ttlMs), Duration.ofMillis(Math.max(ttlMs, 3_600_000)))
        .withPollInterval(Duration.ofMillis(200))
        .withNode("test-node", Duration.ofMillis(200), Duration.ofSeconds(2));
    if (db != null) {
      settings = settings.withStore(JdbcTaskStore.open(db));
    }
    return McpServer.builder().name("task-test").version("1.0").component(new Tools()).tasks(settings).build();
  }

  public static void main(String[] args) throws Exception {
    String db = null;
    long ttl = 3_600_000;
    int http = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db" -> db = args[++i];
        case "--ttl-ms" -> ttl = Long.parseLong(args[++i]);
        case "--http" -> http = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    McpServer server = server(db, ttl);
    if (http >= 0) {
      McpHttpServer s = McpHttpServer.start(ServerEngines.of(server), HttpOptions.builder().port(http).build(), null);
      System.err.println("listening on " + s.uri());
      s.awaitStop();
    } else {
      server.serveStdio();
      server.close();
    }
  }
}
