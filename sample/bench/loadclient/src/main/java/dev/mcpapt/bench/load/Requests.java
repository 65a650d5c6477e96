package dev.mcpapt.bench.load;

import java.nio.charset.StandardCharsets;

/** The JSON-RPC messages the load client sends, as bytes; a call is built without garbage. */
final class Requests {
  /** What every echo call sends and expects back. */
  static final String TEXT = "hello";

  static final String PROTOCOL_VERSION = "2025-06-18";

  /** The stateless revision: no handshake, the version and capabilities in every request's _meta. */
  static final String MODERN_VERSION = "2026-07-28";

  private static final byte[] CALL_PREFIX = ascii("{\"jsonrpc\":\"2.0\",\"id\":");
  private static final byte[] CALL_SUFFIX =
      ascii(",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"" + TEXT + "\"}}}");

  private static final byte[] MODERN_CALL_SUFFIX =
      ascii(",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"" + TEXT
          + "\"},\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN_VERSION
          + "\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}");

  private Requests() {}

  static byte[] initialize(long id) {
    return ascii(
        "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
            + PROTOCOL_VERSION
            + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"mcp-apt-loadclient\",\"version\":\"1.0.0\"}}}");
  }

  static byte[] initialized() {
    return ascii("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
  }

  static byte[] toolsList(long id) {
    return ascii("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}");
  }

  static byte[] ping(long id) {
    return ascii("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}");
  }

  /** Writes the echo call with {@code id} at {@code buf[off]}; returns the end offset. */
  static int call(long id, byte[] buf, int off) {
    System.arraycopy(CALL_PREFIX, 0, buf, off, CALL_PREFIX.length);
    off += CALL_PREFIX.length;
    off = writeDecimal(id, buf, off);
    System.arraycopy(CALL_SUFFIX, 0, buf, off, CALL_SUFFIX.length);
    return off + CALL_SUFFIX.length;
  }

  /** Writes the echo call of 2026-07-28 (with its _meta) with {@code id} at {@code buf[off]}; returns the end offset. */
  static int modernCall(long id, byte[] buf, int off) {
    System.arraycopy(CALL_PREFIX, 0, buf, off, CALL_PREFIX.length);
    off += CALL_PREFIX.length;
    off = writeDecimal(id, buf, off);
    System.arraycopy(MODERN_CALL_SUFFIX, 0, buf, off, MODERN_CALL_SUFFIX.length);
    return off + MODERN_CALL_SUFFIX.length;
  }

  /** Enough room for one call. */
  static final int MAX_CALL = CALL_PREFIX.length + 20 + MODERN_CALL_SUFFIX.length;

  static int writeDecimal(long value, byte[] buf, int off) {
    if (value == 0) {
      buf[off] = '0';
      return off + 1;
    }
    int digits = 0;
    for (long v = value; v > 0; v /= 10) {
      digits++;
    }
    for (int i = off + digits - 1; i >= off; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return off + digits;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
