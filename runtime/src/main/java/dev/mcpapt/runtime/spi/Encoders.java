package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The scalar writers of {@link Encode} as values, one constant per scalar type, for generated
 * code to pass to generic calls ({@code Encode.<String>collection(generator, values, Encoders.STRING)}).
 *
 * <p>A constant rather than a method reference: javac resolves a method reference passed to a
 * generic method again for every call, and at a thousand tools that was most of the time it
 * took to compile the generated code.
 */
public final class Encoders {
  /** {@link Encode#booleanValue}. */
  public static final JsonWriter<Boolean> BOOLEAN = Encode::booleanValue;

  /** {@link Encode#integer}. */
  public static final JsonWriter<Integer> INT = Encode::integer;

  /** {@link Encode#longValue}. */
  public static final JsonWriter<Long> LONG = Encode::longValue;

  /** {@link Encode#shortValue}. */
  public static final JsonWriter<Short> SHORT = Encode::shortValue;

  /** {@link Encode#byteValue}. */
  public static final JsonWriter<Byte> BYTE = Encode::byteValue;

  /** {@link Encode#doubleValue}. */
  public static final JsonWriter<Double> DOUBLE = Encode::doubleValue;

  /** {@link Encode#floatValue}. */
  public static final JsonWriter<Float> FLOAT = Encode::floatValue;

  /** {@link Encode#character}. */
  public static final JsonWriter<Character> CHAR = Encode::character;

  /** {@link Encode#string}. */
  public static final JsonWriter<String> STRING = Encode::string;

  /** {@link Encode#bigDecimal}. */
  public static final JsonWriter<BigDecimal> BIG_DECIMAL = Encode::bigDecimal;

  /** {@link Encode#bigInteger}. */
  public static final JsonWriter<BigInteger> BIG_INTEGER = Encode::bigInteger;

  /** {@link Encode#uuid}. */
  public static final JsonWriter<UUID> UUID = Encode::uuid;

  /** {@link Encode#uri}. */
  public static final JsonWriter<URI> URI = Encode::uri;

  /** {@link Encode#localDate}. */
  public static final JsonWriter<LocalDate> LOCAL_DATE = Encode::localDate;

  /** {@link Encode#localDateTime}. */
  public static final JsonWriter<LocalDateTime> LOCAL_DATE_TIME = Encode::localDateTime;

  /** {@link Encode#localTime}. */
  public static final JsonWriter<LocalTime> LOCAL_TIME = Encode::localTime;

  /** {@link Encode#offsetDateTime}. */
  public static final JsonWriter<OffsetDateTime> OFFSET_DATE_TIME = Encode::offsetDateTime;

  /** {@link Encode#zonedDateTime}. */
  public static final JsonWriter<ZonedDateTime> ZONED_DATE_TIME = Encode::zonedDateTime;

  /** {@link Encode#instant}. */
  public static final JsonWriter<Instant> INSTANT = Encode::instant;

  /** {@link Encode#duration}. */
  public static final JsonWriter<Duration> DURATION = Encode::duration;

  /** {@link Encode#any}. */
  public static final JsonWriter<JsonNode> ANY = Encode::any;

  private Encoders() {}
}
