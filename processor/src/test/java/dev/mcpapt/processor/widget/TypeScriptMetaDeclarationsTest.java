package dev.mcpapt.processor.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code Meta} of a tool that declares its widget data, and its entry in {@code McpWidgetTools}. */
class TypeScriptMetaDeclarationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String s) throws Exception {
    return (ObjectNode) JSON.readTree(s);
  }

  @Test
  void aTypeNamedMetaDoesNotHideTheToolsMeta() throws Exception {
    String ts = TypeScriptDeclarations.write("x.Tools", List.of(new TypeScriptDeclarations.Tool(
        "show", "",
        json("{\"type\": \"object\", \"properties\": {}}"),
        null,
        json("""
            {"type": "object", "properties": {
               "meta": {"$ref": "#/$defs/Meta"}, "other": {"$ref": "#/$defs/Meta"}},
             "$defs": {"Meta": {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}}}
            """))));
    assertTrue(ts.contains("""
          interface Meta {
            meta?: Meta2;
            other?: Meta2;
          }
          interface Meta2 {
            n: number;
          }
        """), ts);
    assertTrue(ts.contains("\"show\": { input: x.Tools.Show.Input; output: x.Tools.Show.Output; meta: x.Tools.Show.Meta };"), ts);
  }

  @Test
  void toolsWithoutWidgetDataKeepTheirEntryAsItWas() throws Exception {
    String ts = TypeScriptDeclarations.write("x.Tools", List.of(new TypeScriptDeclarations.Tool(
        "plain", "", json("{\"type\": \"object\", \"properties\": {}}"), null)));
    assertFalse(ts.contains("Meta"), ts);
    assertEquals(1, ts.lines().filter(l -> l.contains("\"plain\": { input: x.Tools.Plain.Input; output: x.Tools.Plain.Output };")).count(), ts);
  }
}
