package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.JsonWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class WidgetResultTest {
  record Summary(int total, int open) {}

  record Task(long id, String title) {}

  static final JsonWriter<Summary> SUMMARY =
      (g, s) -> {
        g.writeStartObject();
        g.writeNumberField("total", s.total());
        g.writeNumberField("open", s.open());
        g.writeEndObject();
      };

  static final JsonWriter<List<Task>> TASKS =
      (g, tasks) -> {
        g.writeStartArray();
        for (Task t : tasks) {
          g.writeStartObject();
          g.writeNumberField("id", t.id());
          g.writeStringField("title", t.title());
          g.writeEndObject();
        }
        g.writeEndArray();
      };

  @Test
  void structuredValueTextAndWidgetOnlyMeta() throws Exception {
    Summary summary = new Summary(2, 1);
    ToolResult result =
        WidgetResult.of(summary)
            .text("2 tasks, 1 open")
            .meta("tasks", List.of(new Task(1, "Write <docs>"), new Task(2, "Ship")), TASKS)
            .meta("page", 1)
            .toToolResult(SUMMARY);

    assertSame(summary, result.structuredValue());
    assertEquals("{\"total\":2,\"open\":1}", json(result.structuredWriter(), result.structuredValue()));
    assertEquals(List.of(Content.text("2 tasks, 1 open")), result.content());
    assertEquals(
        "{\"tasks\":[{\"id\":1,\"title\":\"Write <docs>\"},{\"id\":2,\"title\":\"Ship\"}],\"page\":1}",
        result.meta().toString());
    assertFalse(result.isError());
  }

  @Test
  void withoutTextTheRuntimeFallsBackToTheJson() {
    ToolResult result = WidgetResult.of(new Summary(0, 0)).toToolResult(SUMMARY);
    assertTrue(result.content().isEmpty(), "empty content lets the runtime send the JSON as text");
    assertNull(result.meta());
    assertTrue(result.hasStructuredContent());
  }

  @Test
  void closeWidgetAndErrors() {
    ToolResult result = WidgetResult.of(new Summary(0, 0)).text("Saved.").closeWidget().asError().toToolResult(SUMMARY);
    assertEquals("{\"openai/closeWidget\":true}", result.meta().toString());
    assertTrue(result.isError());
  }

  @Test
  void isImmutable() {
    WidgetResult<Summary> base = WidgetResult.of(new Summary(1, 1));
    WidgetResult<Summary> withMeta = base.meta("a", "b");
    assertNull(base.meta());
    withMeta.meta().put("x", 1);
    assertEquals("{\"a\":\"b\"}", withMeta.meta().toString());
    assertThrows(NullPointerException.class, () -> WidgetResult.of(null));
  }

  private static String json(JsonWriter<Object> writer, Object value) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
      writer.write(g, value);
    }
    return out.toString();
  }
}
