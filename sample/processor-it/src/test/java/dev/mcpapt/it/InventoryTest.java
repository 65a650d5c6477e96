package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.McpComponent;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Behaviour of the tools generated for {@link Inventory}, through the generated dispatchers. */
class InventoryTest {
  final McpComponent component = TaskToolsTest.factory(Inventory.class).create();

  ToolResult call(String tool, String arguments) throws Exception {
    return TaskToolsTest.tool(component, tool).call(TaskToolsTest.json(arguments), new TestContext())
        .toCompletableFuture().get();
  }

  List<String> problems(String tool, String arguments) {
    return assertThrows(InvalidArgumentsException.class, () -> call(tool, arguments)).problems();
  }

  @Test
  void javaTimeAndIdentifiersAreDecodedFromTheirStringForms() throws Exception {
    assertEquals("2026-01-31|2026-01-31T10:15|10:15|2026-01-31T10:15:30+01:00|2026-01-31T09:15:30Z|PT15M|null",
        TaskToolsTest.text(call("times", "{\"date\": \"2026-01-31\", \"at\": \"2026-01-31T10:15\", \"time\": \"10:15\","
            + " \"when\": \"2026-01-31T10:15:30+01:00\", \"instant\": \"2026-01-31T10:15:30+01:00\", \"duration\": \"PT15M\"}")));
    assertEquals("123e4567-e89b-12d3-a456-426614174000|https://example.com|12.50|99999999999999999999|A|300|7|0.5|5",
        TaskToolsTest.text(call("ids", "{\"id\": \"123e4567-e89b-12d3-a456-426614174000\", \"link\": \"https://example.com\","
            + " \"amount\": \"12.50\", \"big\": \"99999999999999999999\", \"initial\": \"A\", \"small\": 300, \"tiny\": 7,"
            + " \"ratio\": 0.5, \"boxed\": 5}")));
  }

  @Test
  void containersAndMaps() throws Exception {
    JsonNode counts = TaskToolsTest.structured(call("counts",
        "{\"names\": [\"a\", \"b\"], \"numbers\": [1, 2, 3], \"words\": [\"x\"], \"groups\": {\"g\": [{\"x\": 1, \"y\": 1}]}}"));
    assertEquals(TaskToolsTest.json("{\"names\": 2, \"sum\": 6, \"words\": 1, \"points\": 1}"), counts);
  }

  @Test
  void sealedTypesRoundTripWithTheirDiscriminator() throws Exception {
    assertEquals(TaskToolsTest.json("{\"type\": \"square\", \"side\": 2.0}"),
        TaskToolsTest.structured(call("shape", "{\"shape\": {\"type\": \"square\", \"side\": 2}}")));
    assertEquals(List.of("shape.type: must be one of Circle, square, got \"Square\""),
        problems("shape", "{\"shape\": {\"type\": \"Square\", \"side\": 2}}"));
  }

  @Test
  void beansAreBuiltWithSettersAndWrittenWithGetters() throws Exception {
    JsonNode item = TaskToolsTest.structured(call("restock", "{\"item\": {\"sku\": \"A-1\", \"quantity\": 2, \"unit_price\": 1.25}}"));
    assertEquals(TaskToolsTest.json("{\"unit_price\": \"1.25\", \"sku\": \"A-1\", \"quantity\": 4}"), item);
    assertEquals(List.of("item.quantity: must be at least 0"), problems("restock", "{\"item\": {\"sku\": \"A\", \"quantity\": -1}}"));
    JsonNode schema = TaskToolsTest.tool(component, "restock").descriptor().at("/inputSchema/properties/item/properties/quantity");
    assertEquals("How many are in stock.", schema.get("description").asText());
  }

  @Test
  void constraintsReportEveryProblemWithItsPath() {
    assertEquals(List.of("title: must not be blank", "tags[1]: must not be blank", "rating: must be at most 10",
            "slug: must match ^(?:[a-z]+)$", "email: must be an email address", "price: must be greater than 0"),
        problems("validated", "{\"title\": \" \", \"tags\": [\"a\", \"\"], \"rating\": 11, \"slug\": \"A\","
            + " \"email\": \"x\", \"price\": 0}"));
    assertEquals(List.of("signup.name: must not be blank", "signup.age: must be at least 18"),
        problems("signup", "{\"signup\": {\"name\": \"\", \"age\": 3}}"));
  }

  @Test
  void whatARecordConstructorRejectsIsAnArgumentProblem() {
    assertEquals(List.of("line.to: coordinates must be greater than -2147483648"),
        problems("draw", "{\"line\": {\"from\": {\"x\": 1, \"y\": 2}, \"to\": {\"x\": -2147483648, \"y\": 4}}}"));
  }

  @Test
  void setItemsAreComparedAsJsonSchemaComparesThem() throws Exception {
    assertEquals(List.of("values[1]: duplicate item (items must be unique)"), problems("distinct", "{\"values\": [1, 1.0]}"));
    assertEquals("2", TaskToolsTest.text(call("distinct", "{\"values\": [1, 1.5]}")));
  }

  @Test
  void enumsUseTheirJsonNamesEverywhere() throws Exception {
    assertEquals("metric", TaskToolsTest.text(call("preferred", "{}")));
    assertEquals(TaskToolsTest.json("{\"items\": [\"imperial\", \"metric\"]}"),
        TaskToolsTest.structured(call("units", "{\"unit\": \"imperial\"}")));
  }

  @Test
  void jsonNodeIsTheOptInForAnyJson() throws Exception {
    assertEquals("{\"any\":[1,\"two\",null]}", TaskToolsTest.text(call("raw", "{\"data\": {\"any\": [1, \"two\", null]}}")));
  }

  @Test
  void asyncFailuresAndCheckedExceptionsPropagate() {
    ExecutionException failed = assertThrows(ExecutionException.class, () -> call("fail", "{\"message\": \"boom\"}"));
    assertInstanceOf(IOException.class, failed.getCause());
    assertThrows(IOException.class, () -> TaskToolsTest.tool(component, "fail")
        .call(TaskToolsTest.json("{\"message\": \"\"}"), new TestContext()));
    assertTrue(TaskToolsTest.tool(component, "fail").descriptor().at("/inputSchema/required").size() == 1);
  }
}
