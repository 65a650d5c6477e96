package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mcpapt.runtime.McpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
  @Test
  void servesStdioLines() throws Exception {
    McpServer server = McpServer.builder().name("t").version("1").component(new TestTools()).build();
    String in = String.join("\n",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}}",
        "not json") + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    server.serve(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    for (String l : lines) {
      System.err.println(l);
    }
    assertEquals(3, lines.length);
  }
}
