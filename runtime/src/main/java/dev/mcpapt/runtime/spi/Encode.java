package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Writers that generated {@link JsonWriter}s call for JDK types and containers. Each writes the
 * form its schema states (for example dates as RFC 3339 strings, always with seconds).
 */
public final class Encode {
  private Encode() {}

  public static void integer(JsonGenerator g, Integer value) throws IOException {
    g.writeNumber(value);
  }

  public static void longValue(JsonGenerator g, Long value) throws IOException {
    g.writeNumber(value);
  }

  public static void shortValue(JsonGenerator g, Short value) throws IOException {
    g.writeNumber(value);
  }

  public static void byteValue(JsonGenerator g, Byte value) throws IOException {
    g.writeNumber(value);
  }

  public static void doubleValue(JsonGenerator g, Double value) throws IOException {
    g.writeNumber(value);
  }

  public static void floatValue(JsonGenerator g, Float value) throws IOException {
    g.writeNumber(value);
  }

  public static void booleanValue(JsonGenerator g, Boolean value) throws IOException {
    g.writeBoolean(value);
  }

  public static void character(JsonGenerator g, Character value) throws IOException {
    g.writeString(String.valueOf(value.charValue()));
  }

  public static void string(JsonGenerator g, String value) throws IOException {
    g.writeString(value);
  }

  /** Big numbers are written as strings, so no consumer loses precision. */
  public static void bigDecimal(JsonGenerator g, BigDecimal value) throws IOException {
    g.writeString(value.toString());
  }

  public static void bigInteger(JsonGenerator g, BigInteger value) throws IOException {
    g.writeString(value.toString());
  }

  public static void uuid(JsonGenerator g, UUID value) throws IOException {
    g.writeString(value.toString());
  }

  public static void uri(JsonGenerator g, URI value) throws IOException {
    g.writeString(value.toString());
  }

  public static void localDate(JsonGenerator g, LocalDate value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
  }

  public static void localDateTime(JsonGenerator g, LocalDateTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
  }

  public static void localTime(JsonGenerator g, LocalTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(value));
  }

  public static void offsetDateTime(JsonGenerator g, OffsetDateTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** Written with its offset only (RFC 3339 has no zone names). */
  public static void zonedDateTime(JsonGenerator g, ZonedDateTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  public static void instant(JsonGenerator g, Instant value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atOffset(ZoneOffset.UTC)));
  }

  public static void duration(JsonGenerator g, Duration value) throws IOException {
    g.writeString(value.toString());
  }

  public static void any(JsonGenerator g, JsonNode value) throws IOException {
    g.writeTree(value);
  }

  /** Writes a value, or JSON null for a null one. */
  public static <T> void nullable(JsonGenerator g, T value, JsonWriter<? super T> writer) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      writer.write(g, value);
    }
  }

  public static <T> void collection(JsonGenerator g, Collection<? extends T> values, JsonWriter<? super T> element)
      throws IOException {
    g.writeStartArray();
    for (T value : values) {
      nullable(g, value, element);
    }
    g.writeEndArray();
  }

  public static <T> void array(JsonGenerator g, T[] values, JsonWriter<? super T> element) throws IOException {
    g.writeStartArray();
    for (T value : values) {
      nullable(g, value, element);
    }
    g.writeEndArray();
  }

  public static void intArray(JsonGenerator g, int[] values) throws IOException {
    g.writeArray(values, 0, values.length);
  }

  public static void longArray(JsonGenerator g, long[] values) throws IOException {
    g.writeArray(values, 0, values.length);
  }

  public static void doubleArray(JsonGenerator g, double[] values) throws IOException {
    g.writeArray(values, 0, values.length);
  }

  public static void booleanArray(JsonGenerator g, boolean[] values) throws IOException {
    g.writeStartArray();
    for (boolean value : values) {
      g.writeBoolean(value);
    }
    g.writeEndArray();
  }

  public static <V> void map(JsonGenerator g, Map<String, ? extends V> values, JsonWriter<? super V> value)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, ? extends V> entry : values.entrySet()) {
      g.writeFieldName(entry.getKey());
      nullable(g, entry.getValue(), value);
    }
    g.writeEndObject();
  }

  /**
   * Writes {@code {"items": [...]}}: a collection returned by a tool, wrapped because structured
   * content must be an object.
   */
  public static <T> void items(JsonGenerator g, Collection<? extends T> values, JsonWriter<? super T> element)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName("items");
    collection(g, values, element);
    g.writeEndObject();
  }
}
