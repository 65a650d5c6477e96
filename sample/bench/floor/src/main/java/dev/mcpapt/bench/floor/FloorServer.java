package dev.mcpapt.bench.floor;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The floor of the echo benchmark: the cheapest possible answer to each message, so the other
 * servers' numbers can be read against what the process, the pipes and the sockets cost alone.
 *
 * <p>It is not an MCP server. It parses no JSON: it finds the request {@code id} and the method by
 * scanning bytes, and answers with canned replies ({@code tools/call} always returns the text
 * {@code hello}, which is what the load client sends). It uses no library; HTTP/1.1 is handled just
 * far enough for one keep-alive client per connection sending {@code Content-Length} bodies.
 *
 * <pre>
 * java -jar bench-floor.jar --stdio
 * java -jar bench-floor.jar --http 8080      (answers POST /mcp on 127.0.0.1:8080)
 * </pre>
 */
public final class FloorServer {
  private static final byte[] INITIALIZE =
      ascii(
          "\"result\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"tools\":{\"listChanged\":false}},"
              + "\"serverInfo\":{\"name\":\"floor\",\"version\":\"1.0.0\"}}}");
  private static final byte[] TOOLS_LIST =
      ascii(
          "\"result\":{\"tools\":[{\"name\":\"echo\",\"description\":\"Sends the text back.\",\"inputSchema\":"
              + "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}}]}}");
  private static final byte[] CALL = ascii("\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"hello\"}],\"isError\":false}}");
  private static final byte[] EMPTY = ascii("\"result\":{}}");
  private static final byte[] PREFIX = ascii("{\"jsonrpc\":\"2.0\",\"id\":");
  private static final byte[] ID_KEY = ascii("\"id\":");
  private static final byte[] METHOD_KEY = ascii("\"method\":\"");

  private FloorServer() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 1 && args[0].equals("--stdio")) {
      serveStdio(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
    } else if (args.length >= 2 && args[0].equals("--http")) {
      serveHttp(Integer.parseInt(args[1]));
    } else {
      System.err.println("usage: FloorServer --stdio | --http PORT");
      System.exit(2);
    }
  }

  // ---------------------------------------------------------------- stdio

  /** Reads newline-delimited messages; writes replies and flushes whenever the input runs dry. */
  static void serveStdio(InputStream in, OutputStream rawOut) throws IOException {
    byte[] buf = new byte[1 << 16];
    Out out = new Out(rawOut, 1 << 16);
    int start = 0;
    int end = 0;
    while (true) {
      int nl = indexOf(buf, start, end, (byte) '\n');
      if (nl < 0) {
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
        if (in.available() == 0) {
          out.flush();
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
          out.flush();
          return;
        }
        end += n;
        continue;
      }
      answer(buf, start, nl, out);
      out.write((byte) '\n');
      start = nl + 1;
    }
  }

  /** Writes the reply to the message in {@code buf[from, to)}; nothing for a notification. */
  private static void answer(byte[] buf, int from, int to, Out out) {
    int id = find(buf, from, to, ID_KEY);
    if (id < 0) {
      return; // a notification
    }
    int idStart = id + ID_KEY.length;
    while (buf[idStart] == ' ') {
      idStart++;
    }
    int idEnd = idStart;
    if (buf[idStart] == '"') {
      idEnd = indexOf(buf, idStart + 1, to, (byte) '"') + 1;
    } else {
      while (idEnd < to && buf[idEnd] != ',' && buf[idEnd] != '}' && buf[idEnd] != ' ') {
        idEnd++;
      }
    }
    out.write(PREFIX);
    out.write(buf, idStart, idEnd - idStart);
    out.write((byte) ',');
    int m = find(buf, from, to, METHOD_KEY);
    byte first = m < 0 ? 0 : buf[m + METHOD_KEY.length];
    byte sixth = m < 0 || m + METHOD_KEY.length + 6 >= to ? 0 : buf[m + METHOD_KEY.length + 6];
    if (first == 'i') {
      out.write(INITIALIZE);
    } else if (first == 't' && sixth == 'c') { // tools/call
      out.write(CALL);
    } else if (first == 't' && sixth == 'l') { // tools/list
      out.write(TOOLS_LIST);
    } else {
      out.write(EMPTY); // ping and anything else
    }
  }

  // ---------------------------------------------------------------- HTTP

  private static final byte[] OK_HEAD =
      ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nMcp-Session-Id: floor\r\nContent-Length: ");
  private static final byte[] ACCEPTED = ascii("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
  private static final byte[] FORBIDDEN =
      ascii("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

  static void serveHttp(int port) throws IOException {
    ServerSocket server = new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
    while (true) {
      Socket socket = server.accept();
      Thread thread = new Thread(() -> connection(socket), "floor-http");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static void connection(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      Out out = new Out(socket.getOutputStream(), 1 << 14);
      Out body = new Out(null, 1 << 12);
      byte[] buf = new byte[1 << 14];
      int start = 0;
      int end = 0;
      while (true) {
        int headEnd = find(buf, start, end, CRLFCRLF);
        if (headEnd < 0) {
          if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
          }
          if (end == buf.length) {
            return; // header too large for a benchmark client
          }
          int n = in.read(buf, end, buf.length - end);
          if (n < 0) {
            return;
          }
          end += n;
          continue;
        }
        int length = contentLength(buf, start, headEnd);
        boolean foreignOrigin = foreignOrigin(buf, start, headEnd);
        int bodyStart = headEnd + 4;
        while (end - bodyStart < length) {
          if (bodyStart + length > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, bodyStart + length)];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
          }
          int n = in.read(buf, end, buf.length - end);
          if (n < 0) {
            return;
          }
          end += n;
        }
        if (foreignOrigin) {
          out.write(FORBIDDEN);
          out.flush();
          return;
        }
        body.reset();
        answer(buf, bodyStart, bodyStart + length, body);
        if (body.count == 0) {
          out.write(ACCEPTED);
        } else {
          out.write(OK_HEAD);
          out.writeDecimal(body.count);
          out.write(CRLFCRLF);
          out.write(body.buf, 0, body.count);
        }
        start = bodyStart + length;
        if (start == end) {
          out.flush();
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static final byte[] CRLFCRLF = ascii("\r\n\r\n");
  private static final byte[] CONTENT_LENGTH = ascii("\ncontent-length:");
  private static final byte[] ORIGIN = ascii("\norigin:");

  private static int contentLength(byte[] buf, int from, int to) {
    int at = findIgnoreCase(buf, from, to, CONTENT_LENGTH);
    if (at < 0) {
      return 0;
    }
    int i = at + CONTENT_LENGTH.length;
    while (buf[i] == ' ') {
      i++;
    }
    int value = 0;
    while (i < to && buf[i] >= '0' && buf[i] <= '9') {
      value = value * 10 + (buf[i++] - '0');
    }
    return value;
  }

  /** Browsers send Origin; only loopback pages may call a loopback server. */
  private static boolean foreignOrigin(byte[] buf, int from, int to) {
    int at = findIgnoreCase(buf, from, to, ORIGIN);
    if (at < 0) {
      return false;
    }
    int i = at + ORIGIN.length;
    while (buf[i] == ' ') {
      i++;
    }
    String origin = new String(buf, i, indexOf(buf, i, to + 1, (byte) '\r') - i, StandardCharsets.ISO_8859_1);
    return !(origin.startsWith("http://127.0.0.1") || origin.startsWith("http://localhost"));
  }

  // ---------------------------------------------------------------- bytes

  private static int indexOf(byte[] buf, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int find(byte[] buf, int from, int to, byte[] needle) {
    outer:
    for (int i = from, last = to - needle.length; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** {@code needle} is lower case. */
  private static int findIgnoreCase(byte[] buf, int from, int to, byte[] needle) {
    outer:
    for (int i = from, last = to - needle.length; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        byte b = buf[i + j];
        if (b >= 'A' && b <= 'Z') {
          b += 32;
        }
        if (b != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** An unsynchronized output buffer (BufferedOutputStream locks on every write). */
  private static final class Out {
    private final OutputStream target;
    byte[] buf;
    int count;

    Out(OutputStream target, int size) {
      this.target = target;
      this.buf = new byte[size];
    }

    void write(byte b) {
      ensure(1);
      buf[count++] = b;
    }

    void write(byte[] bytes) {
      write(bytes, 0, bytes.length);
    }

    void write(byte[] bytes, int off, int len) {
      ensure(len);
      System.arraycopy(bytes, off, buf, count, len);
      count += len;
    }

    void writeDecimal(int value) {
      write(ascii(Integer.toString(value)));
    }

    void reset() {
      count = 0;
    }

    void flush() throws IOException {
      if (count > 0) {
        target.write(buf, 0, count);
        count = 0;
      }
      target.flush();
    }

    private void ensure(int more) {
      if (count + more > buf.length) {
        byte[] bigger = new byte[Math.max(buf.length * 2, count + more)];
        System.arraycopy(buf, 0, bigger, 0, count);
        buf = bigger;
      }
    }
  }
}
