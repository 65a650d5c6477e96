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
 * The scalar readers of {@link Decode} as values, one constant per scalar type, for generated
 * code to pass to generic calls ({@code Decode.<String>list(node, problems, Decoders.STRING)}).
 *
 * <p>A constant rather than a method reference: javac resolves a method reference passed to a
 * generic method again for every call, and at a thousand tools that was most of the time it
 * took to compile the generated code.
 */
public final class Decoders {
  /** {@link Decode#booleanBox}. */
  public static final ValueDecoder<Boolean> BOOLEAN = Decode::booleanBox;

  /** {@link Decode#intBox}. */
  public static final ValueDecoder<Integer> INT = Decode::intBox;

  /** {@link Decode#longBox}. */
  public static final ValueDecoder<Long> LONG = Decode::longBox;

  /** {@link Decode#shortBox}. */
  public static final ValueDecoder<Short> SHORT = Decode::shortBox;

  /** {@link Decode#byteBox}. */
  public static final ValueDecoder<Byte> BYTE = Decode::byteBox;

  /** {@link Decode#doubleBox}. */
  public static final ValueDecoder<Double> DOUBLE = Decode::doubleBox;

  /** {@link Decode#floatBox}. */
  public static final ValueDecoder<Float> FLOAT = Decode::floatBox;

  /** {@link Decode#charBox}. */
  public static final ValueDecoder<Character> CHAR = Decode::charBox;

  /** {@link Decode#string}. */
  public static final ValueDecoder<String> STRING = Decode::string;

  /** {@link Decode#bigDecimal}. */
  public static final ValueDecoder<BigDecimal> BIG_DECIMAL = Decode::bigDecimal;

  /** {@link Decode#bigInteger}. */
  public static final ValueDecoder<BigInteger> BIG_INTEGER = Decode::bigInteger;

  /** {@link Decode#uuid}. */
  public static final ValueDecoder<UUID> UUID = Decode::uuid;

  /** {@link Decode#uri}. */
  public static final ValueDecoder<URI> URI = Decode::uri;

  /** {@link Decode#localDate}. */
  public static final ValueDecoder<LocalDate> LOCAL_DATE = Decode::localDate;

  /** {@link Decode#localDateTime}. */
  public static final ValueDecoder<LocalDateTime> LOCAL_DATE_TIME = Decode::localDateTime;

  /** {@link Decode#localTime}. */
  public static final ValueDecoder<LocalTime> LOCAL_TIME = Decode::localTime;

  /** {@link Decode#offsetDateTime}. */
  public static final ValueDecoder<OffsetDateTime> OFFSET_DATE_TIME = Decode::offsetDateTime;

  /** {@link Decode#zonedDateTime}. */
  public static final ValueDecoder<ZonedDateTime> ZONED_DATE_TIME = Decode::zonedDateTime;

  /** {@link Decode#instant}. */
  public static final ValueDecoder<Instant> INSTANT = Decode::instant;

  /** {@link Decode#duration}. */
  public static final ValueDecoder<Duration> DURATION = Decode::duration;

  /** {@link Decode#any}. */
  public static final ValueDecoder<JsonNode> ANY = Decode::any;

  private Decoders() {}
}
