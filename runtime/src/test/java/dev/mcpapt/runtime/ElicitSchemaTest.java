package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ElicitSchemaTest {
  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void writesEveryPropertyKindAsTheSpecShowsIt() throws Exception {
    ElicitSchema s = ElicitSchema.builder()
        .required("name", ElicitSchema.string().title("Name").defaultValue("John Doe"))
        .optional("age", ElicitSchema.integer().minimum(0).defaultValue(30))
        .optional("score", ElicitSchema.number().defaultValue(95.5))
        .optional("verified", ElicitSchema.bool().defaultValue(true))
        .optional("plain", ElicitSchema.choice("a", "b"))
        .optional("titled", ElicitSchema.choice("a", "b").titles("A", "B").defaultValue("b"))
        .optional("legacy", ElicitSchema.choice("a", "b").legacyTitles("A", "B"))
        .optional("many", ElicitSchema.multiChoice("a", "b"))
        .optional("manyTitled", ElicitSchema.multiChoice("a", "b").titles("A", "B").defaultValue("a"))
        .build();
    assertEquals(M.readTree("""
        {"type":"object","properties":{
          "name":{"type":"string","title":"Name","default":"John Doe"},
          "age":{"type":"integer","minimum":0,"default":30},
          "score":{"type":"number","default":95.5},
          "verified":{"type":"boolean","default":true},
          "plain":{"type":"string","enum":["a","b"]},
          "titled":{"type":"string","oneOf":[{"const":"a","title":"A"},{"const":"b","title":"B"}],"default":"b"},
          "legacy":{"type":"string","enum":["a","b"],"enumNames":["A","B"]},
          "many":{"type":"array","items":{"type":"string","enum":["a","b"]}},
          "manyTitled":{"type":"array","items":{"anyOf":[{"const":"a","title":"A"},{"const":"b","title":"B"}]},"default":["a"]}
        },"required":["name"]}"""), s.toJson());
  }

  @Test
  void rejectsInconsistentForms() {
    assertThrows(IllegalArgumentException.class, () -> ElicitSchema.choice("a").defaultValue("z"));
    assertThrows(IllegalArgumentException.class, () -> ElicitSchema.choice("a", "b").titles("A"));
    assertThrows(IllegalArgumentException.class, () -> ElicitSchema.integer().defaultValue(1.5));
    assertThrows(IllegalArgumentException.class, () -> ElicitSchema.string().format("phone"));
    assertThrows(IllegalArgumentException.class, () ->
        ElicitSchema.builder().optional("x", ElicitSchema.bool()).optional("x", ElicitSchema.bool()));
  }
}
