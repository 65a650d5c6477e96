package dev.mcpapt.runtime.transport.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection over a raw socket: a connection the server closes cannot
 * hide behind a client that reconnects, and a test can send half a request and stop.
 */
final class RawConnection implements AutoCloseable {
  final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final int port;

  RawConnection(int port, int readTimeoutMillis) throws IOException {
    this(connect(port, readTimeoutMillis));
  }

  /** Over a socket connected already. */
  RawConnection(Socket socket) throws IOException {
    this.port = socket.getPort();
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream());
  }

  private static Socket connect(int port, int readTimeoutMillis) throws IOException {
    Socket s = new Socket("127.0.0.1", port);
    s.setSoTimeout(readTimeoutMillis);
    s.setTcpNoDelay(true);
    return s;
  }

  /** Waits for the first bytes of an answer (a test is then in the middle of it). */
  void readSome() throws IOException {
    if (in.read() < 0) {
      throw new EOFException("the server closed the connection before answering");
    }
  }

  /** A response: status, headers (lower-case names) and body. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** The head of a JSON POST to {@code path} with its Content-Length and extra header lines. */
  String head(String path, int contentLength, String... headers) {
    StringBuilder b = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
        .append("\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      b.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return b.append("Content-Length: ").append(contentLength).append("\r\n\r\n").toString();
  }

  /** Sends a whole JSON POST in one write and reads its answer. */
  Response post(String path, String body, String... headers) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(head(path, bytes.length, headers).getBytes(StandardCharsets.US_ASCII));
    request.write(bytes);
    send(request.toByteArray());
    return read();
  }

  /** Sends a request without a body and reads its answer. */
  Response request(String method, String path, String... headers) throws IOException {
    StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
        .append(port).append("\r\nAccept: application/json, text/event-stream\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      b.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    send(b.append("\r\n").toString());
    return read();
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one response (Content-Length, chunked, or to the end of a closed connection). */
  Response read() throws IOException {
    String status = line();
    if (status == null) {
      throw new EOFException("the server closed the connection before answering");
    }
    if (!status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP/1.1 response: " + status);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String line;
    while ((line = line()) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    if (line == null) {
      throw new EOFException("the connection ended inside the response head");
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String length = headers.get("content-length");
    if (length != null) {
      int n = Integer.parseInt(length);
      byte[] b = in.readNBytes(n);
      if (b.length < n) {
        throw new EOFException("the connection ended inside a response body");
      }
      body.write(b);
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      while (true) {
        String size = line();
        if (size == null) {
          throw new EOFException("the connection ended inside a chunked body");
        }
        int n = Integer.parseInt(size.trim(), 16);
        if (n == 0) {
          line();
          break;
        }
        body.write(in.readNBytes(n));
        line();
      }
    } else {
      body.write(in.readAllBytes());
    }
    return new Response(Integer.parseInt(status.substring(9, 12)), headers, body.toString(StandardCharsets.UTF_8));
  }

  /** True if the server has closed the connection (reads end of stream within the timeout). */
  boolean closedByServer() {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  /** Vanishes: closes with a reset, as a killed client or a dropped network does. */
  void reset() {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException e) {
      // closed already
    }
    close();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
