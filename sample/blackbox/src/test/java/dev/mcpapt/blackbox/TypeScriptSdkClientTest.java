package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.NodeClients;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.WireTranscript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP TypeScript SDK client ({@code runtime/src/test/node/stdio-client.mjs}) drives
 * {@code Main --stdio} over each legacy revision: list, calls, errors, concurrency, progress and
 * cancellation. The recorded wire is validated against the revision's schema.
 */
class TypeScriptSdkClientTest {
  @TempDir Path dir;


  @ParameterizedTest
  @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
  void drivesTheServer(String revision) throws Exception {
    SpecSchemas.require();
    Path in = dir.resolve("client.jsonl");
    Path out = dir.resolve("server.jsonl");
    List<String> command = Launch.recordedCommand(in, out);
    ObjectNode config = JsonNodeFactory.instance.objectNode();
    config.put("command", command.get(0));
    command.subList(1, command.size()).forEach(config.putArray("args")::add);
    config.put("revision", revision);

    JsonNode report = NodeClients.run("stdio-client.mjs", config, 120);
    assertFalse(report.has("fatal"), () -> report.path("fatal").asText());
    JsonNode steps = report.path("steps");
    for (String s : List.of("list", "add", "greet", "divideByZero", "invalidArguments", "explode", "concurrency",
        "progress", "cancellation", "ping")) {
      assertTrue(steps.path(s).path("ok").asBoolean(), () -> s + " failed: " + steps.path(s));
    }
    boolean structured = revision.compareTo("2025-06-18") >= 0;

    List<String> names = new ArrayList<>();
    steps.path("list").path("value").forEach(t -> names.add(t.path("name").asText()));
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);
    JsonNode add = steps.path("list").path("value").path(names.indexOf("add"));
    assertEquals(structured, add.path("hasOutputSchema").asBoolean());
    assertEquals(structured, add.path("hasTitle").asBoolean());
    assertEquals(revision.compareTo("2025-03-26") >= 0, add.path("hasAnnotations").asBoolean());

    JsonNode sum = steps.path("add").path("value");
    assertEquals("{\"sum\":42}", sum.path("text").asText());
    if (structured) {
      assertEquals(42, sum.path("structured").path("sum").asInt());
    } else {
      assertTrue(sum.path("structured").isNull());
    }
    assertEquals("Hello, Ada!", steps.path("greet").path("value").asText());
    assertTrue(steps.path("divideByZero").path("value").path("isError").asBoolean());
    assertEquals("Cannot divide 1 by zero", steps.path("divideByZero").path("value").path("text").asText());
    String problems = steps.path("invalidArguments").path("value").path("text").asText();
    assertTrue(problems.contains("dividend") && problems.contains("divisor"), problems);
    assertTrue(steps.path("explode").path("value").path("text").asText().contains("kaboom"));
    assertFalse(steps.path("explode").path("value").path("text").asText().contains("at dev.mcpapt"));

    JsonNode unknown = steps.path("unknownTool");
    assertFalse(unknown.path("ok").asBoolean());
    assertEquals(-32602, unknown.path("code").asInt(), unknown.toString());

    assertEquals("signalled ts", steps.path("concurrency").path("value").path(0).asText());
    assertEquals("released ts", steps.path("concurrency").path("value").path(1).asText());
    assertEquals("worked 5 ms", steps.path("progress").path("value").path("text").asText());
    // The client counts the updates it saw, but its SDK handles notifications a tick later than
    // responses and drops updates that arrive in the same read as the response. So the wire is
    // checked instead: every progress notification for the call precedes its response.
    Launch.assertProgressBeforeResponse(in, out);

    JsonNode cancel = steps.path("cancellation").path("value");
    assertEquals("true", cancel.path("started").asText());
    assertEquals("aborted", cancel.path("outcome").asText());
    assertEquals("true", cancel.path("interrupted").asText(), "notifications/cancelled interrupted the call");

    List<String> wire = WireTranscript.validate(in, out);
    assertTrue(wire.isEmpty(), String.join("\n", wire));
  }
}
