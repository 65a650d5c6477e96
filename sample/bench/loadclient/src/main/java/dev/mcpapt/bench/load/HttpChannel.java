package dev.mcpapt.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One MCP client over Streamable HTTP on one keep-alive connection: POSTs a JSON-RPC message and
 * reads the answer, which is either {@code application/json} or an SSE stream that carries the
 * response and then ends. Speaks just enough HTTP/1.1 for that (Content-Length and chunked bodies).
 * A load generator like this one must cost the server's CPUs as little as possible, so it works on
 * reused byte buffers over a blocking socket.
 */
final class HttpChannel implements AutoCloseable {
  /** A server that sends nothing for this long is counted as stalled. */
  static final int READ_TIMEOUT_MILLIS = 10_000;

  private final String host;
  private final int port;
  private final String path;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  private byte[] requestHead = new byte[0];
  private final byte[] sendBuf = new byte[4096];
  private byte[] request = new byte[4096];

  private byte[] buf = new byte[1 << 15];
  private int start;
  private int end;

  private byte[] body = new byte[1 << 12];
  private int bodyLength;

  private String sessionId;
  private String protocolVersion;
  /** Whether calls are stateless 2026-07-28 requests (no session, the method and name as headers). */
  private boolean modern;

  /** Values of the last response. */
  int status;

  private String contentType;
  private boolean closeAfter;

  /** For diagnostics: responses read on this connection, and the head of the last one. */
  private int responses;

  private final StringBuilder lastHead = new StringBuilder();

  HttpChannel(String host, int port, String path) {
    this.host = host;
    this.port = port;
    this.path = path;
  }

  /** Connects; throws {@link java.net.ConnectException} while nobody listens yet. */
  void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(READ_TIMEOUT_MILLIS);
    s.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MILLIS);
    socket = s;
    out = s.getOutputStream();
    in = s.getInputStream();
    start = end = 0;
    responses = 0;
    lastHead.setLength(0);
    rebuildHead();
  }

  private void rebuildHead() {
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    head.append("Content-Type: application/json\r\n");
    head.append("Accept: application/json, text/event-stream\r\n");
    if (sessionId != null) {
      head.append("Mcp-Session-Id: ").append(sessionId).append("\r\n");
    }
    if (protocolVersion != null) {
      head.append("MCP-Protocol-Version: ").append(protocolVersion).append("\r\n");
    }
    if (modern) {
      head.append("Mcp-Method: tools/call\r\n");
      head.append("Mcp-Name: echo\r\n");
    }
    head.append("Content-Length: ");
    requestHead = head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** initialize → notifications/initialized; keeps the session id and the negotiated version. */
  Reply initialize() throws IOException {
    Reply init = post(Requests.initialize(0));
    if (status != 200 || init == null || !init.response || init.error) {
      throw new IOException("initialize failed: HTTP " + status + " " + describeBody());
    }
    protocolVersion = init.protocolVersion != null ? init.protocolVersion : Requests.PROTOCOL_VERSION;
    rebuildHead();
    post(Requests.initialized());
    if (status != 202 && status != 200 && status != 204) {
      throw new IOException("notifications/initialized: HTTP " + status + " " + describeBody());
    }
    return init;
  }

  /** Makes every call from now on a stateless 2026-07-28 request: no handshake, no session. */
  void modern() {
    modern = true;
    sessionId = null;
    protocolVersion = Requests.MODERN_VERSION;
    rebuildHead();
  }

  /** The echo call with {@code id}; returns the reply, or null if the body held none. */
  Reply call(long id) throws IOException {
    int length = modern ? Requests.modernCall(id, sendBuf, 0) : Requests.call(id, sendBuf, 0);
    return post(sendBuf, length);
  }

  Reply post(byte[] message) throws IOException {
    return post(message, message.length);
  }

  private Reply post(byte[] message, int length) throws IOException {
    if (socket == null) {
      connect();
    }
    // One write per request: with TCP_NODELAY every write is a packet.
    int need = requestHead.length + 24 + length;
    if (need > request.length) {
      request = new byte[need * 2];
    }
    System.arraycopy(requestHead, 0, request, 0, requestHead.length);
    int n = Requests.writeDecimal(length, request, requestHead.length);
    System.arraycopy(CRLFCRLF, 0, request, n, 4);
    System.arraycopy(message, 0, request, n + 4, length);
    out.write(request, 0, n + 4 + length);
    readResponse();
    if (closeAfter) {
      close();
    }
    if (bodyLength == 0) {
      return null;
    }
    if (contentType != null && contentType.startsWith("text/event-stream")) {
      return firstSseResponse();
    }
    return Reply.parse(body, 0, bodyLength);
  }

  String describeBody() {
    return Reply.preview(body, 0, bodyLength);
  }

  // ---- HTTP/1.1 response

  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private void readResponse() throws IOException {
    String statusLine = readHeaderLine();
    if (!statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + statusLine);
    }
    status = Integer.parseInt(statusLine.substring(9, 12));
    responses++;
    lastHead.setLength(0);
    lastHead.append(statusLine);
    long contentLength = -1;
    boolean chunked = false;
    contentType = null;
    closeAfter = statusLine.startsWith("HTTP/1.0");
    String line;
    while (!(line = readHeaderLine()).isEmpty()) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      lastHead.append(" | ").append(line);
      if (name.equalsIgnoreCase("content-length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("transfer-encoding")) {
        chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("content-type")) {
        contentType = value.toLowerCase(java.util.Locale.ROOT);
      } else if (name.equalsIgnoreCase("mcp-session-id")) {
        if (!value.equals(sessionId)) {
          sessionId = value;
          rebuildHead();
        }
      } else if (name.equalsIgnoreCase("connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      }
    }
    bodyLength = 0;
    if (chunked) {
      while (true) {
        String size = readHeaderLine();
        int semi = size.indexOf(';');
        int chunk = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        if (chunk == 0) {
          while (!readHeaderLine().isEmpty()) {
            // trailers
          }
          break;
        }
        readBody(chunk);
        readHeaderLine();
      }
    } else if (contentLength >= 0) {
      readBody((int) contentLength);
    } else if (status >= 200 && status != 204 && status != 304 && closeAfter) {
      while (fill()) {
        readBody(end - start);
      }
    }
  }

  private void readBody(int length) throws IOException {
    if (bodyLength + length > body.length) {
      byte[] bigger = new byte[Math.max(body.length * 2, bodyLength + length)];
      System.arraycopy(body, 0, bigger, 0, bodyLength);
      body = bigger;
    }
    while (length > 0) {
      if (start == end && !fill()) {
        throw new EOFException("connection closed inside a response body");
      }
      int n = Math.min(length, end - start);
      System.arraycopy(buf, start, body, bodyLength, n);
      bodyLength += n;
      start += n;
      length -= n;
    }
  }

  private String readHeaderLine() throws IOException {
    while (true) {
      for (int i = start; i < end; i++) {
        if (buf[i] == '\n') {
          int lineEnd = i > start && buf[i - 1] == '\r' ? i - 1 : i;
          String line = new String(buf, start, lineEnd - start, StandardCharsets.ISO_8859_1);
          start = i + 1;
          return line;
        }
      }
      if (!fill()) {
        throw new EOFException("connection closed by the server after " + responses + " response(s) on it"
            + (lastHead.length() == 0 ? "" : "; the last: " + lastHead));
      }
    }
  }

  /** Reads more bytes; false at end of stream. */
  private boolean fill() throws IOException {
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
      return false;
    }
    end += n;
    return true;
  }

  /** The first JSON-RPC response among the events of an SSE body. */
  private Reply firstSseResponse() throws IOException {
    byte[] data = new byte[bodyLength];
    int dataLength = 0;
    int i = 0;
    while (i < bodyLength) {
      int lineEnd = i;
      while (lineEnd < bodyLength && body[lineEnd] != '\n') {
        lineEnd++;
      }
      int contentEnd = lineEnd > i && body[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      if (contentEnd == i) { // blank line: end of event
        if (dataLength > 0) {
          Reply reply = Reply.parse(data, 0, dataLength);
          if (reply.response) {
            return reply;
          }
          dataLength = 0;
        }
      } else if (startsWith(body, i, contentEnd, "data:")) {
        int from = i + 5;
        if (from < contentEnd && body[from] == ' ') {
          from++;
        }
        if (dataLength > 0) {
          data[dataLength++] = '\n';
        }
        System.arraycopy(body, from, data, dataLength, contentEnd - from);
        dataLength += contentEnd - from;
      }
      i = lineEnd + 1;
    }
    if (dataLength > 0) {
      Reply reply = Reply.parse(data, 0, dataLength);
      if (reply.response) {
        return reply;
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }
}
