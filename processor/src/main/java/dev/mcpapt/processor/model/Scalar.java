package dev.mcpapt.processor.model;

/**
 * JDK types with a fixed JSON form. {@code decoder} and {@code encoder} name the methods of the
 * runtime's {@code Decode} and {@code Encode} classes that read and write the boxed form.
 */
public enum Scalar {
  BOOLEAN("booleanBox", "booleanValue"),
  INT("intBox", "integer"),
  LONG("longBox", "longValue"),
  SHORT("shortBox", "shortValue"),
  BYTE("byteBox", "byteValue"),
  DOUBLE("doubleBox", "doubleValue"),
  FLOAT("floatBox", "floatValue"),
  CHAR("charBox", "character"),
  STRING("string", "string"),
  BIG_DECIMAL("bigDecimal", "bigDecimal"),
  BIG_INTEGER("bigInteger", "bigInteger"),
  UUID("uuid", "uuid"),
  URI("uri", "uri"),
  LOCAL_DATE("localDate", "localDate"),
  LOCAL_DATE_TIME("localDateTime", "localDateTime"),
  LOCAL_TIME("localTime", "localTime"),
  OFFSET_DATE_TIME("offsetDateTime", "offsetDateTime"),
  ZONED_DATE_TIME("zonedDateTime", "zonedDateTime"),
  INSTANT("instant", "instant"),
  DURATION("duration", "duration");

  private final String decoder;
  private final String encoder;

  Scalar(String decoder, String encoder) {
    this.decoder = decoder;
    this.encoder = encoder;
  }

  public String decoder() {
    return decoder;
  }

  public String encoder() {
    return encoder;
  }

  /** Whether the JSON form is a number (or, for big numbers, a number or a string). */
  public boolean isNumeric() {
    return switch (this) {
      case INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> true;
      default -> false;
    };
  }

  /** Whether the JSON form is an integer. */
  public boolean isIntegral() {
    return switch (this) {
      case INT, LONG, SHORT, BYTE, BIG_INTEGER -> true;
      default -> false;
    };
  }

  /** Whether the JSON form is a string (constraints on text apply). */
  public boolean isText() {
    return this == STRING || this == CHAR;
  }
}
