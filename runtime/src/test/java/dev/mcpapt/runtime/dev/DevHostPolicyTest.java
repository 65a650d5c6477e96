package dev.mcpapt.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.engine.TestTools;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dev host, served next to the MCP endpoint, is behind the same Host and Origin check. */
class DevHostPolicyTest {
  private static McpServer server;
  private static McpHttpServer http;

  @BeforeAll
  static void start() throws Exception {
    server = McpServer.builder().name("devhost-policy").version("1.0.0").component(new TestTools()).build();
    http = McpHttpServer.start(ServerEngines.of(server), HttpOptions.builder().host("127.0.0.1").port(0).build(),
        DevHost.handler(DevHost.DEFAULT_PATH));
  }

  @AfterAll
  static void stop() {
    http.close();
    server.close();
  }

  private static String get(String path, String host, String origin) throws IOException {
    try (Socket s = new Socket("127.0.0.1", http.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aForeignHostIsRefusedOnEveryDevHostPath() throws Exception {
    for (String path : new String[] {"/dev/", "/dev/devhost.js", "/dev/devhost.css", "/dev/frame?csp=%7B%7D", "/dev"}) {
      String answer = get(path, "evil.com", null);
      assertTrue(answer.startsWith("HTTP/1.1 403"), path + ": " + answer);
      assertTrue(answer.contains("\"code\":-32600") && answer.contains("Host 'evil.com' is not allowed"), answer);
      assertFalse(answer.contains("<html") || answer.contains("devhost"), "nothing of the page leaks: " + answer);
    }
    // Jetty itself refuses this one as a malformed authority (400); either way, no page.
    String userPart = get("/dev/", "localhost:80@evil.com", null);
    assertTrue(userPart.startsWith("HTTP/1.1 400") || userPart.startsWith("HTTP/1.1 403"), userPart);
    assertFalse(userPart.contains("devhost.js"), userPart);
  }

  @Test
  void aForeignOriginIsRefused() throws Exception {
    for (String origin : new String[] {"http://evil.com", "http://localhost:80@evil.com", "null"}) {
      String answer = get("/dev/", "127.0.0.1:" + http.port(), origin);
      assertTrue(answer.startsWith("HTTP/1.1 403"), origin + ": " + answer);
      assertTrue(answer.contains("Origin"), answer);
    }
  }

  @Test
  void theDeveloperStillGetsThePage() throws Exception {
    String page = get("/dev/", "127.0.0.1:" + http.port(), null);
    assertTrue(page.startsWith("HTTP/1.1 200"), page);
    assertTrue(page.contains("devhost.js"), page);
    assertTrue(get("/dev/", "localhost:" + http.port(), "http://localhost:" + http.port()).startsWith("HTTP/1.1 200"));
  }
}
