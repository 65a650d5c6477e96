package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
    t = new HttpTestSupport(HttpOptions.builder().sessionRateLimit(0, 1)); // thousands of sessions from one address
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

  /**
   * Thousands of 2025-era sessions, each on its own keep-alive connection: initialize, then
   * notifications/initialized (202, no body), then a call. A response without a body used to be
   * ended by completing Jetty's callback and leaving the last write to Jetty; when that write
   * finished on one thread while the handler returned on another, Jetty completed the exchange
   * twice: the second completion hit the next request on the connection (answered 500, or the
   * connection closed) or, on an idle connection, threw a NullPointerException.
   */
  @Test
  void thousandsOfSessionsKeepTheirConnectionAfterA202() throws Exception {
    int connections = 8_000;
    int threads = 16;
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> jettyWarnings = Collections.synchronizedList(new ArrayList<>());
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
          jettyWarnings.add(r.getMessage() + (r.getThrown() == null ? "" : ": " + r.getThrown()));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger jetty = Logger.getLogger("org.eclipse.jetty");
    jetty.addHandler(capture);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        runs.add(pool.submit(() -> {
          int i;
          while ((i = next.incrementAndGet()) <= connections) {
            try {
              session(i);
            } catch (Exception | AssertionError e) {
              failures.add("connection " + i + ": " + e);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : runs) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      jetty.removeHandler(capture);
    }
    assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " connection(s) failed");
    assertEquals(List.of(), jettyWarnings.subList(0, Math.min(3, jettyWarnings.size())),
        jettyWarnings.size() + " warning(s) from Jetty");
  }

  /** initialize, notifications/initialized (202, empty) and a call, then DELETE, on one connection. */
  private static void session(int i) throws Exception {
    try (RawConnection c = new RawConnection(t.http.port(), 10_000)) {
      RawConnection.Response init = c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
          + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
      assertEquals(200, init.status(), init.body());
      String session = init.header("Mcp-Session-Id");
      String[] headers = {"Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18"};
      RawConnection.Response initialized =
          c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", headers);
      assertEquals(202, initialized.status(), initialized.body());
      assertEquals("", initialized.body());
      assertFalse("close".equalsIgnoreCase(initialized.header("Connection")), initialized.headers().toString());
      RawConnection.Response call = c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"hi " + i + "\"}}}", headers);
      assertEquals(200, call.status(), call.body());
      assertTrue(call.body().contains("hi " + i), call.body());
      RawConnection.Response end = c.request("DELETE", "/mcp", headers);
      assertEquals(200, end.status(), end.body());
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
