package dev.mcpapt.runtime.transport.http;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** The bytes of a request body as they arrive, up to a limit. */
final class BodyBuffer {
  private final int limit;
  private byte[] bytes;
  private int size;

  /** @param expected the declared length, or -1 */
  BodyBuffer(int limit, long expected) {
    this.limit = limit;
    this.bytes = new byte[(int) Math.max(0, Math.min(limit, expected < 0 ? 1024 : expected))];
  }

  /** Appends {@code length} bytes; false (nothing kept) if the body would exceed the limit. */
  boolean add(byte[] from, int offset, int length) {
    if (!room(length)) {
      return false;
    }
    System.arraycopy(from, offset, bytes, size, length);
    size += length;
    return true;
  }

  /** Appends what remains in {@code from}; false (nothing kept) if the body would exceed the limit. */
  boolean add(ByteBuffer from) {
    int length = from.remaining();
    if (!room(length)) {
      return false;
    }
    from.get(bytes, size, length);
    size += length;
    return true;
  }

  private boolean room(int length) {
    if ((long) size + length > limit) {
      return false;
    }
    if (size + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max((long) size + length, bytes.length * 2L)));
    }
    return true;
  }

  byte[] bytes() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }
}
