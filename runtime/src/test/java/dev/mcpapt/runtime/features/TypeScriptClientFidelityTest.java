package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.NodeClients;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.WireTranscript;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official TypeScript clients against {@link FidelityTools} over stdio: v1
 * ({@code @modelcontextprotocol/sdk}, 2025-11-25) and v2 ({@code @modelcontextprotocol/client},
 * 2026-07-28) parse annotated content and full resource links, answer sampling requests with
 * tools, handle URL elicitation the way their revision defines it, keep the JSON Schema 2020-12
 * keywords of a listed input schema, get the server's argument-rule errors, and find the server's
 * icons, whether set on the builder or given to the launcher's {@code --icon}. The wire is recorded both ways and every server message is validated against the
 * negotiated revision's schema.
 */
class TypeScriptClientFidelityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOOL = "json_schema_2020_12_tool";

  @TempDir Path dir;

  private JsonNode run(String sdk) throws Exception {
    return run(sdk, false, FidelityTools.class.getName());
  }

  /** Runs the client against {@code server} (a main class and its arguments) over a recorded stdio wire. */
  private JsonNode run(String sdk, boolean infoOnly, String... server) throws Exception {
    SpecSchemas.require();
    Path in = dir.resolve("client.jsonl");
    Path out = dir.resolve("server.jsonl");
    // The shell copies each direction of the stdio wire to a file on its way through.
    StringBuilder script = new StringBuilder("tee ").append(quote(in.toString())).append(" | ")
        .append(quote(ServerProcess.javaBinary())).append(" -cp ").append(quote(ServerProcess.testClassPath()));
    for (String arg : server) {
      script.append(' ').append(quote(arg));
    }
    script.append(" | tee ").append(quote(out.toString()));
    ObjectNode config = JSON.createObjectNode().put("sdk", sdk).put("command", "sh").put("infoOnly", infoOnly);
    config.putArray("args").add("-c").add(script.toString());
    JsonNode report = NodeClients.run("fidelity-client.mjs", config, 120);
    assertFalse(report.has("fatal"), report::toString);
    List<String> wire = WireTranscript.validate(in, out);
    assertTrue(wire.isEmpty(), () -> String.join("\n", wire));
    return report;
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static void checkCommon(JsonNode report) {
    JsonNode s = report.path("steps");
    checkSchemaTool(s);
    checkIcons(report);
    JsonNode content = s.path("annotated").path("value");
    assertTrue(s.path("annotated").path("ok").asBoolean(), s::toString);
    assertEquals(0.9, content.get(0).path("annotations").path("priority").asDouble(), content::toString);
    JsonNode link = content.get(2);
    assertEquals("Quarterly report", link.path("title").asText(), content::toString);
    assertEquals(2048, link.path("size").asLong());
    assertEquals("light", link.path("icons").get(0).path("theme").asText());
    assertEquals("2025-01-12T15:00:58Z", link.path("annotations").path("lastModified").asText());

    assertEquals("toolUse|Model read: Sunny in Paris", s.path("forecast").path("value").asText(), s::toString);
    JsonNode first = report.path("samplingRequests").get(0);
    assertEquals("get_weather", first.path("tools").get(0).path("name").asText());
    assertEquals("auto", first.path("toolChoice").path("mode").asText());
  }

  /** The schema as the client parsed it, and the tool's answers to calls breaking or keeping its rules. */
  private static void checkSchemaTool(JsonNode s) {
    assertTrue(s.path("schema").path("ok").asBoolean(), s::toString);
    JsonNode schema = s.path("schema").path("value");
    assertEquals(FidelityTools.CONTACT_SCHEMA, schema, "the client keeps every keyword");
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), schema::toString);
    assertEquals("addressDef", schema.path("$defs").path("address").path("$anchor").asText(), schema::toString);
    assertEquals("[{\"anyOf\":[{\"required\":[\"phone\"]},{\"required\":[\"email\"]}]}]",
        schema.path("allOf").toString());
    assertEquals("{\"properties\":{\"contactMethod\":{\"const\":\"phone\"}},\"required\":[\"contactMethod\"]}",
        schema.path("if").toString());
    assertEquals("{\"required\":[\"phone\"]}", schema.path("then").toString());
    assertEquals("{\"required\":[\"email\"]}", schema.path("else").toString());
    assertTrue(schema.path("additionalProperties").isBoolean(), schema::toString);
    assertFalse(schema.path("additionalProperties").asBoolean(), schema::toString);

    assertToolError(s.path("noContact"), "- at least one of phone, email is required\n"
        + "- email: is required unless contactMethod is \"phone\"");
    assertToolError(s.path("phoneMissing"), "- phone: is required when contactMethod is \"phone\"");
    assertFalse(s.path("byPhone").path("value").path("isError").asBoolean(true), s.path("byPhone")::toString);
    assertEquals("contact Ada by phone at 555-0100", s.path("byPhone").path("value").path("text").asText(),
        s.path("byPhone")::toString);
  }

  private static void assertToolError(JsonNode step, String problems) {
    assertTrue(step.path("value").path("isError").asBoolean(), step::toString);
    assertEquals("Invalid arguments for tool " + TOOL + ":\n" + problems, step.path("value").path("text").asText(),
        step::toString);
  }

  /** The icons of {@link FidelityTools#ICONS}, as the client reports its serverVersion. */
  private static void checkIcons(JsonNode report) {
    assertEquals("[{\"src\":\"https://example.com/icon.png\",\"mimeType\":\"image/png\",\"sizes\":[\"48x48\",\"96x96\"]},"
        + "{\"src\":\"data:image/svg+xml;base64,PHN2Zy8+\",\"mimeType\":\"image/svg+xml\",\"sizes\":[\"any\"],"
        + "\"theme\":\"dark\"}]", report.path("serverVersion").path("icons").toString(), report::toString);
  }

  /** The same icons given to the launcher with {@code --icon}. */
  @ParameterizedTest
  @ValueSource(strings = {"v1", "v2"})
  void launcherIconsReachTheClient(String sdk) throws Exception {
    JsonNode report = run(sdk, true, "dev.mcpapt.runtime.Main", "--stdio",
        "--icon", "https://example.com/icon.png;image/png;48x48,96x96",
        "--icon", "data:image/svg+xml;base64,PHN2Zy8+;image/svg+xml;any;dark");
    assertTrue(report.path("steps").path("list").path("ok").asBoolean(), report::toString);
    checkIcons(report);
  }

  @Test
  void v1ClientAt2025() throws Exception {
    JsonNode report = run("v1");
    checkCommon(report);
    JsonNode s = report.path("steps");
    JsonNode files = s.path("files");
    assertFalse(files.path("ok").asBoolean(), s::toString);
    assertEquals(-32042, files.path("code").asInt(), s::toString);
    assertEquals("conn-ada", files.path("data").path("elicitations").get(0).path("elicitationId").asText(), s::toString);
    assertEquals("[\"conn-ada\"]", report.path("completed").toString(), "the client saw the completion");
    assertEquals("files of ada", s.path("filesAgain").path("value").asText(), s::toString);
  }

  @Test
  void v2ClientAt2026() throws Exception {
    JsonNode report = run("v2");
    checkCommon(report);
    JsonNode s = report.path("steps");
    assertEquals("files of ada", s.path("files").path("value").asText(), s::toString);
    JsonNode asked = report.path("elicitations").get(0);
    assertEquals("url", asked.path("mode").asText(), report::toString);
    assertFalse(asked.has("elicitationId"), "2026-07-28 has no elicitationId");
  }
}
