package dev.mcpapt.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code json_schema_2020_12_tool} fixture through the official Java SDK client over
 * Streamable HTTP: its schema comes through with the 2020-12 keywords, and the generated handler
 * enforces the same {@code anyOf} and {@code if}/{@code then}/{@code else} rules, answering each
 * broken combination with a tool error that says which argument is missing and why.
 */
class SchemaToolsClientTest {
  private static final String TOOL = "json_schema_2020_12_tool";
  private static final ObjectMapper JSON = new ObjectMapper();

  private McpServer server;
  private McpHttpServer http;
  private McpSyncClient client;

  @BeforeEach
  void start() throws Exception {
    server = McpServer.builder().name("conformance").version("1.0").tools(new SchemaTools()).build();
    http = McpHttpServer.start(server, HttpOptions.builder().port(0).build());
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + http.port()).build())
        .requestTimeout(Duration.ofSeconds(20))
        .build();
    client.initialize();
  }

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    http.close();
    server.close();
  }

  private McpSchema.CallToolResult call(Map<String, Object> arguments) {
    return client.callTool(McpSchema.CallToolRequest.builder(TOOL).arguments(arguments).build());
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  @Test
  void theSchemaComesThroughWithItsKeywords() {
    McpSchema.Tool tool = client.listTools().tools().stream().filter(t -> t.name().equals(TOOL)).findFirst().orElseThrow();
    assertEquals("Tool with JSON Schema 2020-12 features", tool.description());
    JsonNode schema = JSON.valueToTree(tool.inputSchema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    assertEquals("addressDef", schema.path("$defs").path("address").path("$anchor").asText());
    assertEquals("#/$defs/address", schema.path("properties").path("address").path("$ref").asText());
    assertEquals("[\"phone\",\"email\"]", schema.path("properties").path("contactMethod").path("enum").toString());
    assertEquals("[{\"anyOf\":[{\"required\":[\"phone\"]},{\"required\":[\"email\"]}]}]", schema.path("allOf").toString());
    assertEquals("{\"properties\":{\"contactMethod\":{\"const\":\"phone\"}},\"required\":[\"contactMethod\"]}",
        schema.path("if").toString());
    assertEquals("{\"required\":[\"phone\"]}", schema.path("then").toString());
    assertEquals("{\"required\":[\"email\"]}", schema.path("else").toString());
    assertEquals(false, schema.path("additionalProperties").asBoolean(true));
  }

  @Test
  void neitherPhoneNorEmailBreaksBothRules() {
    McpSchema.CallToolResult result = call(Map.of("name", "Ada"));
    assertEquals(Boolean.TRUE, result.isError());
    assertEquals("Invalid arguments for tool " + TOOL + ":\n"
        + "- at least one of phone, email is required\n"
        + "- email: is required unless contactMethod is \"phone\"", text(result));
  }

  @Test
  void phoneAsContactMethodNeedsAPhone() {
    McpSchema.CallToolResult result = call(Map.of("contactMethod", "phone", "email", "ada@example.com"));
    assertEquals(Boolean.TRUE, result.isError());
    assertEquals("Invalid arguments for tool " + TOOL + ":\n"
        + "- phone: is required when contactMethod is \"phone\"", text(result));
  }

  @Test
  void otherwiseAnEmailIsNeededAndANullPhoneDoesNotCount() {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("contactMethod", "email");
    arguments.put("phone", null);
    McpSchema.CallToolResult result = call(arguments);
    assertEquals(Boolean.TRUE, result.isError());
    assertEquals("Invalid arguments for tool " + TOOL + ":\n"
        + "- at least one of phone, email is required\n"
        + "- email: is required unless contactMethod is \"phone\"", text(result));
    McpSchema.CallToolResult phoneOnly = call(Map.of("contactMethod", "email", "phone", "555-0100"));
    assertEquals("Invalid arguments for tool " + TOOL + ":\n"
        + "- email: is required unless contactMethod is \"phone\"", text(phoneOnly));
  }

  @Test
  void ruleProblemsAreListedWithTheOtherArgumentProblems() {
    McpSchema.CallToolResult result = call(Map.of("contactMethod", "fax", "phone", "555-0100",
        "address", Map.of("city", "Paris", "zip", "75001")));
    assertEquals(Boolean.TRUE, result.isError());
    String text = text(result);
    assertTrue(text.contains("- contactMethod: must be one of phone, email, got \"fax\""), text);
    assertTrue(text.contains("- address.zip: unknown property (expected city, street)"), text);
    assertTrue(text.contains("- email: is required unless contactMethod is \"phone\""), text);
  }

  @Test
  void validCombinationsReachTheMethodAndTheServerKeepsServing() {
    call(Map.of());
    McpSchema.CallToolResult byPhone = call(Map.of("name", "Ada", "contactMethod", "phone", "phone", "555-0100",
        "address", Map.of("street", "1 Main St", "city", "Paris")));
    assertNotEquals(Boolean.TRUE, byPhone.isError());
    assertEquals("contact Ada by phone at 555-0100", text(byPhone));
    McpSchema.CallToolResult byEmail = call(Map.of("email", "ada@example.com"));
    assertNotEquals(Boolean.TRUE, byEmail.isError());
    assertEquals("contact someone by email at ada@example.com", text(byEmail));
  }
}
