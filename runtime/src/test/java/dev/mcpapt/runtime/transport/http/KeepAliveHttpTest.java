package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many calls, one after another, on ONE keep-alive connection, read off a raw socket so that a
 * connection the server closes cannot hide behind a client that reconnects.
 *
 * <p>A JSON answer declares its {@code Content-Length}; once the body is written the response is
 * over, and ending it with a separate write or completion raced with the next request and closed
 * the connection after a few hundred to a few thousand calls.
 */
class KeepAliveHttpTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport();
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void fiveThousandSequentialCallsShareOneConnection() throws Exception {
    int calls = 5_000;
    try (Socket socket = new Socket("127.0.0.1", t.http.port())) {
      socket.setSoTimeout(10_000);
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      for (int i = 1; i <= calls; i++) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
            + "\"arguments\":{\"text\":\"hello " + i + "\"}," + HttpTestSupport.META + "}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:" + t.http.port() + "\r\n"
            + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
            + "MCP-Protocol-Version: 2026-07-28\r\nMcp-Method: tools/call\r\nMcp-Name: echo\r\n"
            + "Content-Length: " + bytes.length + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + bytes.length);
        request.write(head.getBytes(StandardCharsets.US_ASCII));
        request.write(bytes);
        out.write(request.toByteArray()); // one segment: no wait on delayed acknowledgements
        out.flush();
        String response = readResponse(in, i);
        assertTrue(response.contains("\"id\":" + i + ",") && response.contains("hello " + i),
            "call " + i + " answered: " + response);
      }
    }
  }

  /** One HTTP/1.1 response with a Content-Length body; fails if the connection ends first. */
  private static String readResponse(InputStream in, int call) throws IOException {
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the server closed the connection before answering call " + call);
      }
      headers.write(b);
      state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    String head = headers.toString(StandardCharsets.US_ASCII);
    assertTrue(head.startsWith("HTTP/1.1 200"), "call " + call + ": " + head);
    assertTrue(!head.toLowerCase(Locale.ROOT).contains("connection: close"), "call " + call + ": " + head);
    int length = -1;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    assertTrue(length > 0, "a JSON answer declares its length: " + head);
    byte[] body = in.readNBytes(length);
    assertEquals(length, body.length, "call " + call + ": the body was cut short");
    return new String(body, StandardCharsets.UTF_8);
  }
}
