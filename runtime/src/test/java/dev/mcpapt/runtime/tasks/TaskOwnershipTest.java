package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.testing.Wire;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A task is visible only to the principal that created it (issuer and subject). */
class TaskOwnershipTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final McpServer server = TaskTestServer.server(null, 3_600_000);

  @AfterEach
  void close() {
    server.close();
  }

  private static Principal user(String issuer, String subject) {
    return new Principal(issuer, subject, Set.of(), Map.of(), "token-of-" + subject, null);
  }

  private JsonNode send(ObjectNode request, Principal principal) throws Exception {
    Engine engine = ServerEngines.of(server);
    CompletableFuture<byte[]> response = new CompletableFuture<>();
    engine.dispatch(engine.parse(request.toString()), null, new RequestChannel() {
      @Override
      public void message(byte[] message) {}

      @Override
      public void response(byte[] r) {
        response.complete(r);
      }

      @Override
      public Caller caller() {
        return new Caller(principal, Map.of(), null);
      }
    });
    return JSON.readTree(response.get(20, TimeUnit.SECONDS));
  }

  private static ObjectNode modern(String method) {
    ObjectNode r = Wire.modern(1, method);
    ((ObjectNode) Wire.params(r).path("_meta").path("io.modelcontextprotocol/clientCapabilities"))
        .putObject("extensions").putObject("io.modelcontextprotocol/tasks");
    return r;
  }

  @Test
  void onlyTheCreatorSeesItsTask() throws Exception {
    Principal alice = user("https://issuer.example", "alice");
    ObjectNode call = modern("tools/call");
    Wire.params(call).put("name", "work").putObject("arguments").put("seconds", 30);
    String id = send(call, alice).path("result").path("taskId").asText();

    ObjectNode get = modern("tasks/get");
    Wire.params(get).put("taskId", id);
    assertEquals("working", send(get, alice).path("result").path("status").asText());

    for (Principal other : new Principal[] {user("https://issuer.example", "bob"),
        user("https://other-issuer.example", "alice"), null}) {
      JsonNode refused = send(get, other);
      assertEquals(-32602, refused.path("error").path("code").asInt(), refused::toString);
      ObjectNode cancel = modern("tasks/cancel");
      Wire.params(cancel).put("taskId", id);
      assertEquals(-32602, send(cancel, other).path("error").path("code").asInt());
    }
    assertEquals("working", send(get, alice).path("result").path("status").asText(), "nobody else could cancel it");
  }
}
