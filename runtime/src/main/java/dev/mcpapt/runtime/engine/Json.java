package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.json.JsonTrees;
import dev.mcpapt.runtime.json.TreeCodec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson setup of the runtime: a streaming tree reader for inbound messages (with
 * nesting and size constraints, trailing tokens rejected) and helpers that encode outbound
 * messages with a {@link JsonGenerator}. Trees are read and written without data binding
 * ({@link JsonTrees}); an {@code ObjectMapper} is made only if something asks for {@link #mapper()}.
 */
public final class Json {
  /** Deepest nesting accepted in an inbound message. */
  public static final int MAX_NESTING_DEPTH = 256;

  static final JsonFactory FACTORY = factory();

  static {
    // A lambda, not a method reference: resolving Binder here would load the mapper's class.
    FACTORY.setCodec(new TreeCodec(FACTORY, () -> Binder.codec()));
  }

  private Json() {}

  private static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .build();
  }

  /** Made on first use only: its class loading and set-up cost a cold start tens of milliseconds. */
  private static final class Binder {
    static final ObjectMapper MAPPER = new ObjectMapper(factory());

    static ObjectCodec codec() {
      return MAPPER;
    }
  }

  /** Writes one JSON value with a generator. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  /** A fresh empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * A mapper with the runtime's limits, made on first call (for trees only; the runtime never
   * binds classes by reflection). The runtime's own paths use {@link #readTree} instead.
   */
  public static ObjectMapper mapper() {
    return Binder.MAPPER;
  }

  /**
   * Reads one JSON document as a tree, with the inbound limits; a missing node if there is only
   * whitespace.
   *
   * @throws JsonProcessingException for malformed JSON, a value followed by more, or a limit
   */
  public static JsonNode readTree(byte[] bytes, int offset, int length) throws IOException {
    JsonNode n = JsonTrees.readDocument(FACTORY, bytes, offset, length);
    return n == null ? MissingNode.getInstance() : n;
  }

  /** {@link #readTree(byte[], int, int)} of a whole array. */
  public static JsonNode readTree(byte[] bytes) throws IOException {
    return readTree(bytes, 0, bytes.length);
  }

  /** {@link #readTree(byte[], int, int)} of a string. */
  public static JsonNode readTree(String text) throws IOException {
    return readTree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A thread's output buffer and the generator writing into it, reused from one message to the
   * next (not while in use): a message is one root value, flushed and taken out of the buffer.
   */
  private static final class Buffer {
    final ByteArrayBuilder bytes = new ByteArrayBuilder(256);
    /** Null until first use, and after a message that failed or was left unfinished. */
    JsonGenerator generator;
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
    try {
      JsonGenerator g = buffer.generator;
      if (g == null) {
        g = FACTORY.createGenerator(out);
        g.setRootValueSeparator(null); // messages follow each other in the buffer, nothing between
        buffer.generator = g;
      }
      body.write(g);
      if (g.getOutputContext().inRoot()) {
        g.flush();
      } else {
        // Left open: closing ends the open objects and arrays, as it always did; the next
        // message gets a new generator.
        buffer.generator = null;
        g.close();
      }
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffer.inUse = false;
      if (!written) {
        buffer.generator = null;
        out.reset();
      }
    }
    byte[] bytes = out.toByteArray();
    if (bytes.length > KEPT_BUFFER_BYTES) {
      closeQuietly(buffer.generator); // gives its buffers back to Jackson's pool
      BUFFERS.remove();
    } else {
      out.reset();
    }
    return bytes;
  }

  private static void closeQuietly(JsonGenerator g) {
    if (g != null) {
      try {
        g.close();
      } catch (IOException e) {
        // writes into memory: nothing can fail
      }
    }
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
