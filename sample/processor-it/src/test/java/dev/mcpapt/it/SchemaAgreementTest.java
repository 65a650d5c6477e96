package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated schemas are valid JSON Schema 2020-12, and for the same arguments the generated
 * validator and a real JSON Schema validator give the same verdict.
 */
class SchemaAgreementTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  // Formats are asserted (the generated decoders check them too); 1.0 counts as an integer, as the spec says.
  static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).losslessNarrowing(true).build();

  static List<McpComponent> components() {
    List<McpComponent> out = new ArrayList<>();
    for (McpComponentFactory f : ServiceLoader.load(McpComponentFactory.class)) {
      out.add(f.create());
    }
    return out;
  }

  static ToolHandler tool(String name) {
    for (McpComponent c : components()) {
      for (ToolHandler t : c.tools()) {
        if (t.name().equals(name)) {
          return t;
        }
      }
    }
    throw new AssertionError("no tool " + name);
  }

  @Test
  void everySchemaIsValidJsonSchema2020_12() {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG);
    int checked = 0;
    for (McpComponent c : components()) {
      for (ToolHandler t : c.tools()) {
        for (String key : List.of("inputSchema", "outputSchema")) {
          JsonNode schema = t.descriptor().get(key);
          if (schema != null) {
            Set<ValidationMessage> errors = meta.validate(schema);
            assertTrue(errors.isEmpty(), t.name() + " " + key + ": " + errors);
            assertEquals("object", schema.get("type").asText(), t.name() + " " + key + " must be an object schema");
            checked++;
          }
        }
      }
    }
    assertTrue(checked >= 20, "checked " + checked);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // tool, arguments, valid
        row("complete_task", "{\"taskId\": 1}", true),
        row("complete_task", "{\"taskId\": 1.0}", true),
        row("complete_task", "{\"taskId\": 1.5}", false),
        row("complete_task", "{\"taskId\": \"abc\"}", false),
        row("complete_task", "{}", false),
        row("complete_task", "{\"taskId\": 1, \"x\": 2}", false),
        row("complete_task", "{\"taskId\": 9223372036854775808}", false),
        row("complete_task", "{\"taskId\": null}", false),
        row("add_task", "{\"title\": \"t\"}", true),
        row("add_task", "{\"title\": \"t\", \"priority\": null}", true),
        row("add_task", "{\"title\": \"t\", \"priority\": \"LOW\", \"tags\": [\"a\"]}", true),
        row("add_task", "{\"title\": \"t\", \"priority\": \"low\"}", false),
        row("add_task", "{\"title\": \"t\", \"tags\": [1]}", false),
        row("add_task", "{\"title\": \"t\", \"tags\": null}", false),
        row("list_tasks", "{\"limit\": 2147483647}", true),
        row("list_tasks", "{\"limit\": 2147483648}", false),
        row("tasks.count", "{}", true),
        row("tasks.count", "{\"a\": 1}", false),
        row("draw", "{\"line\": {\"from\": {\"x\": 1, \"y\": 2}, \"to\": {\"x\": 3, \"y\": 4}}}", true),
        row("draw", "{\"line\": {\"from\": {\"x\": 1}, \"to\": {\"x\": 3, \"y\": 4}}}", false),
        row("draw", "{\"line\": {\"from\": {\"x\": 1, \"y\": 2, \"z\": 0}, \"to\": {\"x\": 3, \"y\": 4}}}", false),
        row("tree", "{\"root\": {\"name\": \"a\", \"children\": [{\"name\": \"b\", \"children\": []}]}}", true),
        row("tree", "{\"root\": {\"name\": \"a\", \"children\": [{\"name\": \"b\"}]}}", false),
        row("shape", "{\"shape\": {\"type\": \"Circle\", \"radius\": 1.5}}", true),
        row("shape", "{\"shape\": {\"type\": \"square\", \"side\": 2}}", true),
        row("shape", "{\"shape\": {\"type\": \"Square\", \"side\": 2}}", false),
        row("shape", "{\"shape\": {\"type\": \"Circle\", \"side\": 2}}", false),
        row("shape", "{\"shape\": {\"radius\": 1}}", false),
        row("times", "{\"date\": \"2026-01-31\"}", true),
        row("times", "{\"date\": \"2026-13-01\"}", false),
        row("times", "{\"date\": \"2026-01-31\", \"at\": \"2026-01-31T10:15:30\", \"time\": \"10:15\"}", true),
        row("times", "{\"date\": \"2026-01-31\", \"at\": \"2026-01-31 10:15\"}", false),
        row("times", "{\"date\": \"2026-01-31\", \"when\": \"2026-01-31T10:15:30+01:00\", \"instant\": \"2026-01-31T10:15:30Z\"}", true),
        row("times", "{\"date\": \"2026-01-31\", \"when\": \"2026-01-31T10:15:30\"}", false),
        row("times", "{\"date\": \"2026-01-31\", \"duration\": \"PT15M\"}", true),
        row("times", "{\"date\": \"2026-01-31\", \"duration\": \"15 minutes\"}", false),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\"}", true),
        row("ids", "{\"id\": \"not-a-uuid\"}", false),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"link\": \"https://example.com/a\"}", true),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"link\": \"relative/path\"}", false),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"amount\": \"12.50\", \"big\": 12}", true),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"amount\": 12.5, \"big\": \"99999999999999999999\"}", true),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"amount\": \"12,5\"}", false),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"initial\": \"A\", \"small\": 300, \"tiny\": 127}", true),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"initial\": \"AB\"}", false),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"tiny\": 128}", false),
        row("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"small\": 40000}", false),
        row("counts", "{\"names\": [\"a\", \"b\"], \"numbers\": [1, 2], \"words\": [\"x\"], \"groups\": {\"g\": [{\"x\": 1, \"y\": 1}]}}", true),
        row("counts", "{\"names\": [\"a\", \"a\"], \"numbers\": [], \"words\": [], \"groups\": {}}", false),
        row("counts", "{\"names\": [\"a\", \"A\"], \"numbers\": [1, 1], \"words\": [\"x\", \"x\"], \"groups\": {}}", true),
        row("counts", "{\"names\": [], \"numbers\": [1.5], \"words\": [], \"groups\": {}}", false),
        row("counts", "{\"names\": [], \"numbers\": [], \"words\": [], \"groups\": {\"g\": [{\"x\": \"1\", \"y\": 1}]}}", false),
        row("restock", "{\"item\": {\"sku\": \"A-1\", \"quantity\": 2, \"unit_price\": 1.25}}", true),
        row("restock", "{\"item\": {\"sku\": \"A-1\"}}", true),
        row("restock", "{\"item\": {\"quantity\": 2}}", false),
        row("restock", "{\"item\": {\"sku\": \"A-1\", \"unitPrice\": 1}}", false),
        row("score_round", "{\"scores\": [1], \"codes\": [\"a\"]}", true),
        row("score_round", "{\"scores\": [1, 2, 3], \"codes\": [\"a\", \"b\"]}", true),
        row("score_round", "{\"scores\": [], \"codes\": [\"a\"]}", false),
        row("score_round", "{\"scores\": [1, 2, 3, 4], \"codes\": [\"a\"]}", false),
        row("score_round", "{\"scores\": [1], \"codes\": []}", false),
        row("score_round", "{\"scores\": [1.5], \"codes\": [\"a\"]}", false),
        row("validated", valid(""), true),
        row("validated", valid("\"title\": \"   \","), false),
        row("validated", valid("\"tags\": [\"a\"],"), false),
        row("validated", valid("\"tags\": [\"a\", \" \"],"), false),
        row("validated", valid("\"tags\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"],"), false),
        row("validated", valid("\"rating\": 0,"), false),
        row("validated", valid("\"rating\": 11,"), false),
        row("validated", valid("\"slug\": \"Abc\","), false),
        row("validated", valid("\"slug\": \"abc1\","), false),
        row("validated", valid("\"email\": \"nobody\","), false),
        row("validated", valid("\"price\": 0,"), false),
        row("validated", valid("\"note\": null,"), true),
        row("signup", "{\"signup\": {\"name\": \"Ada\", \"age\": 36}}", true),
        row("signup", "{\"signup\": {\"name\": \"Ada\", \"age\": 36, \"email\": null}}", true),
        row("signup", "{\"signup\": {\"name\": \"Ada\", \"age\": 36, \"email\": \"ada@example.com\"}}", true),
        row("signup", "{\"signup\": {\"name\": \"Ada\", \"age\": 36, \"email\": \"ada\"}}", false),
        row("signup", "{\"signup\": {\"name\": \" \", \"age\": 36}}", false),
        row("signup", "{\"signup\": {\"name\": \"Ada\", \"age\": 17}}", false),
        row("restock", "{\"item\": {\"sku\": \"A-1\", \"quantity\": -1}}", false),
        row("preferred", "{}", true),
        row("limits", limits("0.5", "0", "{\"a\": \"b\"}", "\"ab\""), true),
        row("limits", limits("0.999", "-5", "{\"a\": \"b\", \"c\": \"d\"}", "\"abc\""), true),
        row("limits", limits("0", "0", "{\"a\": \"b\"}", "\"ab\""), false),
        row("limits", limits("1", "0", "{\"a\": \"b\"}", "\"ab\""), false),
        row("limits", limits("0.5", "1", "{\"a\": \"b\"}", "\"ab\""), false),
        row("limits", limits("0.5", "0", "{}", "\"ab\""), false),
        row("limits", limits("0.5", "0", "{\"a\": 1}", "\"ab\""), false),
        row("limits", limits("0.5", "0", "{\"a\": \"b\"}", "\"a\""), false),
        row("limits", limits("0.5", "0", "{\"a\": \"b\"}", "\"abcd\""), false),
        row("echo", "{\"words\": [\"a\", null]}", true),
        row("echo", "{\"words\": [\"a\", 1]}", false),
        row("echo", "{\"words\": null}", false),
        row("distinct", "{\"values\": [1, 2.5]}", true),
        row("distinct", "{\"values\": [1, 2, 1]}", false),
        // [1, 1.0] is not unique by the JSON Schema spec (same mathematical value), and the generated
        // decoder rejects it; the validator library used here treats them as distinct, so that case is
        // checked in InventoryTest instead.
        row("units", "{\"unit\": \"imperial\"}", true),
        row("units", "{\"unit\": \"IMPERIAL\"}", false),
        row("raw", "{\"data\": {\"any\": [1, \"two\", null]}}", true),
        row("raw", "{}", false));
  }

  /** Valid arguments of {@code validated}, with the properties in {@code override} replaced. */
  static String valid(String override) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode base = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
          "{\"title\": \"T\", \"tags\": [\"a\", \"b\"], \"rating\": 5, \"slug\": \"abc\", "
              + "\"email\": \"ada@example.com\", \"price\": 9.99}");
      if (!override.isEmpty()) {
        base.setAll((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
            "{" + override.substring(0, override.length() - 1) + "}"));
      }
      return base.toString();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String limits(String ratio, String delta, String labels, String code) {
    return "{\"limits\": {\"ratio\": " + ratio + ", \"delta\": " + delta + ", \"labels\": " + labels + ", \"code\": " + code
        + "}}";
  }

  static Arguments row(String tool, String arguments, boolean valid) {
    return Arguments.of(tool, arguments, valid);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("table")
  void generatedValidatorAndJsonSchemaAgree(String toolName, String arguments, boolean valid) throws Exception {
    ToolHandler tool = tool(toolName);
    JsonNode args = JSON.readTree(arguments);
    JsonSchema schema = FACTORY.getSchema(tool.descriptor().get("inputSchema"), CONFIG);
    Set<ValidationMessage> schemaErrors = schema.validate(args);
    List<String> generated = List.of();
    try {
      tool.call(args, new TestContext());
    } catch (InvalidArgumentsException e) {
      generated = e.problems();
    } catch (Exception e) {
      // the method ran (and failed on its own terms): the arguments were accepted
    }
    assertEquals(valid, schemaErrors.isEmpty(), "JSON Schema verdict: " + schemaErrors);
    assertEquals(valid, generated.isEmpty(), "generated verdict: " + generated);
  }

  @Test
  void structuredResultsMatchTheirOutputSchema() throws Exception {
    String[][] calls = {
      {"draw", "{\"line\": {\"from\": {\"x\": 1, \"y\": 2}, \"to\": {\"x\": 3, \"y\": 4}}}"},
      {"tree", "{\"root\": {\"name\": \"a\", \"children\": [{\"name\": \"b\", \"children\": []}]}}"},
      {"shape", "{\"shape\": {\"type\": \"square\", \"side\": 2}}"},
      {"counts", "{\"names\": [\"a\"], \"numbers\": [1], \"words\": [], \"groups\": {}}"},
      {"restock", "{\"item\": {\"sku\": \"A-1\", \"quantity\": 2, \"unit_price\": \"1.25\"}}"},
      {"units", "{\"unit\": \"imperial\"}"},
      {"echo", "{\"words\": [\"a\", null]}"},
    };
    for (String[] call : calls) {
      ToolHandler tool = tool(call[0]);
      ToolResult result = tool.call(JSON.readTree(call[1]), new TestContext()).toCompletableFuture().get();
      StringWriter out = new StringWriter();
      try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
        result.structuredWriter().write(g, result.structuredValue());
      }
      JsonNode written = JSON.readTree(out.toString());
      Set<ValidationMessage> errors =
          FACTORY.getSchema(tool.descriptor().get("outputSchema"), CONFIG).validate(written);
      assertTrue(errors.isEmpty(), call[0] + " wrote " + written + ": " + errors);
    }
  }
}
