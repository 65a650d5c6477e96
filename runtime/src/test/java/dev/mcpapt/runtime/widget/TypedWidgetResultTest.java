package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.JsonWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedWidgetResultTest {
  record Summary(int total) {}

  record Board(List<String> cards, String owner) {}

  static final JsonWriter<Summary> SUMMARY = (g, s) -> {
    g.writeStartObject();
    g.writeNumberField("total", s.total());
    g.writeEndObject();
  };

  /** Like a generated writer: null properties are left out. */
  static final JsonWriter<Board> BOARD = (g, b) -> {
    g.writeStartObject();
    g.writeFieldName("cards");
    g.writeStartArray();
    for (String c : b.cards()) {
      g.writeString(c);
    }
    g.writeEndArray();
    if (b.owner() != null) {
      g.writeStringField("owner", b.owner());
    }
    g.writeEndObject();
  };

  @Test
  void theDataIsTheMetaAndDynamicKeysComeAfterIt() {
    Summary summary = new Summary(2);
    ToolResult result = TypedWidgetResult.of(summary, new Board(List.of("a", "b"), "ada"))
        .text("2 cards")
        .meta("page", IntNode.valueOf(3))
        .closeWidget()
        .toToolResult(SUMMARY, BOARD);
    assertSame(summary, result.structuredValue());
    assertEquals(List.of(Content.text("2 cards")), result.content());
    assertEquals("{\"cards\":[\"a\",\"b\"],\"owner\":\"ada\",\"page\":3,\"openai/closeWidget\":true}",
        result.meta().toString());
  }

  @Test
  void errorsKeepTheData() {
    ToolResult result = TypedWidgetResult.of(new Summary(0), new Board(List.of(), null)).asError()
        .toToolResult(SUMMARY, BOARD);
    assertTrue(result.isError());
    assertEquals("{\"cards\":[]}", result.meta().toString());
  }

  @Test
  void dataWithNothingToWriteLeavesMetaOut() {
    JsonWriter<Board> empty = (g, b) -> {
      g.writeStartObject();
      g.writeEndObject();
    };
    assertNull(TypedWidgetResult.of(new Summary(0), new Board(List.of(), null)).toToolResult(SUMMARY, empty).meta());
  }

  @Test
  void aDynamicKeyCannotOverwriteATypedOne() {
    TypedWidgetResult<Summary, Board> result =
        TypedWidgetResult.of(new Summary(1), new Board(List.of("a"), null)).meta("cards", BooleanNode.TRUE);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> result.toToolResult(SUMMARY, BOARD));
    assertEquals("_meta.cards is written by the widget data; set it there rather than with meta(...)", e.getMessage());
  }

  @Test
  void dataThatIsNotAnObjectIsRefused() {
    JsonWriter<Board> array = (g, b) -> {
      g.writeStartArray();
      g.writeEndArray();
    };
    assertThrows(IllegalStateException.class,
        () -> TypedWidgetResult.of(new Summary(1), new Board(List.of(), null)).toToolResult(SUMMARY, array));
  }

  @Test
  void isImmutableAndNeedsItsData() {
    TypedWidgetResult<Summary, Board> base = TypedWidgetResult.of(new Summary(1), new Board(List.of(), null));
    base.meta("a", IntNode.valueOf(1));
    assertNull(base.meta());
    assertThrows(NullPointerException.class, () -> TypedWidgetResult.of(new Summary(1), null));
    assertThrows(NullPointerException.class, () -> TypedWidgetResult.of(null, new Board(List.of(), null)));
  }
}
