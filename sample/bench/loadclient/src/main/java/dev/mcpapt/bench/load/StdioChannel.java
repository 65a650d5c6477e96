package dev.mcpapt.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Newline-delimited JSON-RPC over a server's stdin and stdout. Sending and receiving may run on two
 * threads (one each); neither side is shared further.
 */
final class StdioChannel {
  private final InputStream in;
  private final OutputStream out;
  private final byte[] sendBuf = new byte[Requests.MAX_CALL * 64 + 1];
  private int sendCount;

  private byte[] buf = new byte[1 << 16];
  private int start;
  private int end;
  /** The last line read: {@code buf[lineStart, lineEnd)}. */
  private int lineStart;
  private int lineEnd;

  StdioChannel(ServerProcess server) {
    this.in = server.process.getInputStream();
    this.out = server.process.getOutputStream();
  }

  // ---- sending

  void send(byte[] message) throws IOException {
    flushBuffer();
    out.write(message);
    out.write('\n');
    out.flush();
  }

  /** Buffers an echo call; {@link #flush()} sends what is buffered. */
  void bufferCall(long id) throws IOException {
    if (sendCount + Requests.MAX_CALL + 1 > sendBuf.length) {
      flushBuffer();
    }
    sendCount = Requests.call(id, sendBuf, sendCount);
    sendBuf[sendCount++] = '\n';
  }

  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  private void flushBuffer() throws IOException {
    if (sendCount > 0) {
      out.write(sendBuf, 0, sendCount);
      sendCount = 0;
    }
  }

  // ---- receiving

  /** Reads the next non-empty line; see {@link #reply()}. */
  void readLine() throws IOException {
    while (true) {
      for (int i = start; i < end; i++) {
        if (buf[i] == '\n') {
          lineStart = start;
          lineEnd = i;
          start = i + 1;
          if (lineEnd > lineStart && buf[lineEnd - 1] == '\r') {
            lineEnd--;
          }
          if (lineEnd > lineStart) {
            return;
          }
        }
      }
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buf.length) {
        byte[] bigger = new byte[buf.length * 2];
        System.arraycopy(buf, 0, bigger, 0, end);
        buf = bigger;
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        throw new EOFException("the server closed its stdout");
      }
      end += n;
    }
  }

  Reply reply() throws IOException {
    return Reply.parse(buf, lineStart, lineEnd - lineStart);
  }

  /** Reads lines until the response to {@code id}, skipping notifications and server requests. */
  Reply awaitResponse(long id) throws IOException {
    while (true) {
      readLine();
      Reply reply = reply();
      if (reply.response && reply.id == id) {
        return reply;
      }
      if (reply.response) {
        throw new IOException("unexpected response " + Reply.preview(buf, lineStart, lineEnd - lineStart));
      }
    }
  }
}
