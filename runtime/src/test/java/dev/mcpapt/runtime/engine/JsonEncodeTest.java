package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#encode} keeps one generator per thread from message to message: each message is
 * exactly its own value, and a message that fails or is left open does not leak into the next.
 */
class JsonEncodeTest {
  @Test
  void messagesInARowAreEachTheirOwnValue() {
    assertEquals("{\"a\":1}", Json.encodeToString(g -> {
      g.writeStartObject();
      g.writeNumberField("a", 1);
      g.writeEndObject();
    }));
    assertEquals("[true]", Json.encodeToString(g -> {
      g.writeStartArray();
      g.writeBoolean(true);
      g.writeEndArray();
    }));
    assertEquals("\"s\"", Json.encodeToString(g -> g.writeString("s")));
  }

  @Test
  void aFailedMessageLeavesNothingBehind() {
    assertThrows(UncheckedIOException.class, () -> Json.encode(g -> {
      g.writeStartObject();
      g.writeFieldName("half");
      throw new IOException("stop");
    }));
    assertThrows(IllegalStateException.class, () -> Json.encode(g -> {
      g.writeStartArray();
      throw new IllegalStateException("stop");
    }));
    assertEquals("{\"b\":2}", Json.encodeToString(g -> {
      g.writeStartObject();
      g.writeNumberField("b", 2);
      g.writeEndObject();
    }));
  }

  @Test
  void aMessageLeftOpenIsClosedAndTheNextStartsClean() {
    assertEquals("{\"a\":[1]}", Json.encodeToString(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("a");
      g.writeNumber(1);
    }));
    assertEquals("2", Json.encodeToString(g -> g.writeNumber(2)));
  }

  @Test
  void anEncodingInsideAnEncodingHasItsOwnBuffer() {
    assertEquals("{\"inner\":\"[3]\"}", Json.encodeToString(g -> {
      g.writeStartObject();
      g.writeStringField("inner", Json.encodeToString(w -> {
        w.writeStartArray();
        w.writeNumber(3);
        w.writeEndArray();
      }));
      g.writeEndObject();
    }));
  }

  @Test
  void aLargeMessageDropsTheBufferAndTheNextIsIntact() {
    String big = "x".repeat(64 * 1024);
    assertEquals("\"" + big + "\"", Json.encodeToString(g -> g.writeString(big)));
    assertEquals("{}", Json.encodeToString(g -> {
      g.writeStartObject();
      g.writeEndObject();
    }));
  }
}
