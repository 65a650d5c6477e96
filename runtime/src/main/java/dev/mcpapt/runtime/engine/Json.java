package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson setup of the runtime: a tree reader for inbound messages (with nesting and
 * size constraints, trailing tokens rejected) and helpers that encode outbound messages with a
 * {@link JsonGenerator}.
 */
public final class Json {
  /** Deepest nesting accepted in an inbound message. */
  public static final int MAX_NESTING_DEPTH = 256;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
      .build();
  static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .forType(JsonNode.class);

  private Json() {}

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  /** A fresh empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The shared mapper (for trees only; the runtime never binds classes by reflection). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A thread's output buffer, reused from one message to the next (not while it is in use). */
  private static final class Buffer {
    final ByteArrayBuilder bytes = new ByteArrayBuilder(256);
    boolean inUse;
  }

  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);
  /** A buffer that grew past this is dropped after use, so a large answer does not stay in memory. */
  private static final int KEPT_BUFFER_BYTES = 16 * 1024;

  /** Encodes what {@code body} writes as UTF-8 JSON. */
  public static byte[] encode(Body body) {
    Buffer buffer = BUFFERS.get();
    if (buffer.inUse) { // an encoding inside an encoding
      buffer = new Buffer();
    }
    buffer.inUse = true;
    ByteArrayBuilder out = buffer.bytes;
    boolean written = false;
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffer.inUse = false;
      if (!written) {
        out.reset();
      }
    }
    byte[] bytes = out.toByteArray();
    if (bytes.length > KEPT_BUFFER_BYTES) {
      BUFFERS.remove();
    } else {
      out.reset();
    }
    return bytes;
  }

  /** Encodes what {@code body} writes as a JSON string. */
  public static String encodeToString(Body body) {
    return new String(encode(body), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes a JSON-RPC id (string or integer) as it arrived. */
  static void writeId(JsonGenerator g, JsonNode id) throws IOException {
    if (id.isTextual()) {
      g.writeString(id.textValue());
    } else if (id.canConvertToLong()) {
      g.writeNumber(id.longValue());
    } else {
      g.writeNumber(id.bigIntegerValue());
    }
  }
}
