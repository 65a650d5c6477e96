package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.engine.TestTools;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A client in the same process, through {@link McpServer#connect}: bytes in, the server's bytes out. */
class ConnectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BlockingQueue<byte[]> toClient = new LinkedBlockingQueue<>();

  @Test
  void aSessionAnswersItsRequests() throws Exception {
    McpServer server = McpServer.builder().name("n").version("v").tools(new TestTools()).build();
    try (Connection c = server.connect(toClient::add)) {
      c.receive(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"));
      assertEquals("2025-06-18", next().path("result").path("protocolVersion").asText());
      c.receive(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
      c.receive(bytes("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
          + "\"arguments\":{\"a\":2,\"b\":40}}}"));
      JsonNode call = next();
      assertEquals(2, call.path("id").asInt(), call.toString());
      assertFalse(call.path("result").path("isError").asBoolean(), call.toString());
      assertEquals(42, call.path("result").path("structuredContent").path("sum").asInt(), call.toString());
    } finally {
      server.close();
    }
  }

  @Test
  void malformedInputIsAnsweredNotThrown() throws Exception {
    McpServer server = McpServer.builder().name("n").version("v").tools(new TestTools()).build();
    try (Connection c = server.connect(toClient::add)) {
      c.receive(bytes("{not json"));
      assertEquals(-32700, next().path("error").path("code").asInt());
      c.receive(bytes("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such/method\"}"));
      JsonNode unknown = next();
      assertEquals(3, unknown.path("id").asInt(), unknown.toString());
      assertFalse(unknown.path("error").isMissingNode(), unknown.toString());
    } finally {
      server.close();
    }
  }

  private JsonNode next() throws Exception {
    byte[] message = toClient.poll(30, TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("the server sent nothing within 30 s");
    }
    return JSON.readTree(message);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
