package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Origin and Host parsing of the DNS rebinding check: only well-formed loopback names pass. */
class RequestPolicyTest {
  private final RequestPolicy loopback = new RequestPolicy(HttpOptions.defaults(), true);
  private final RequestPolicy listed = new RequestPolicy(HttpOptions.builder()
      .allowedOrigin("https://app.example.com").allowedHost("mcp.example.com").build(), true);

  @ParameterizedTest
  @ValueSource(strings = {
      "http://localhost", "http://localhost:5173", "https://localhost:443", "http://127.0.0.1",
      "http://127.0.0.1:8001", "http://[::1]", "http://[::1]:8001", "HTTP://LOCALHOST:80",
      "http://localhost:65535"})
  void loopbackOriginsPass(String origin) {
    assertNull(loopback.checkOrigin(origin), origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // the user part, not the host, is loopback
      "http://localhost:80@evil.com", "http://localhost@evil.com", "http://127.0.0.1:1@evil.com",
      "http://[::1]@evil.com", "http://user:pass@localhost",
      // the "port" is a host name, or the host runs on after the bracket
      "http://localhost:evil.com", "http://localhost:80:81", "http://[::1]evil.com", "http://[::1]:evil.com",
      "http://[::1].evil.com", "http://[::1]]", "http://[::1", "http://[]", "http://[evil.com]",
      // ports out of range or not numbers
      "http://localhost:", "http://localhost:65536", "http://localhost:999999", "http://localhost:-1",
      "http://localhost:+80", "http://localhost: 80",
      // not an origin: path, query, fragment, other schemes, no authority
      "http://localhost/", "http://localhost/x", "http://localhost?x", "http://localhost#x",
      "file://localhost", "ws://localhost", "javascript://localhost", "http:localhost", "http:/localhost",
      "http://", "localhost", "//localhost", "null", "", " ", "http://localhost\u0000", "http://local\u0130host",
      // look-alikes of loopback names
      "http://localhost.evil.com", "http://evil.com#localhost", "http://evil.com/http://localhost",
      "http://127.0.0.1.evil.com", "http://localhost%2f@evil.com", "http://loc%61lhost", "http://[::1%25lo]",
      "http://[::ffff:127.0.0.1].evil.com", "http://evil.com\\@localhost", "http://evil.com:80\\@localhost"})
  void malformedOrForeignOriginsAreRefused(String origin) {
    String problem = loopback.checkOrigin(origin);
    assertNotNull(problem, origin);
    assertTrue(problem.startsWith("Forbidden: Origin '"), problem);
  }

  @Test
  void listedOriginsPassExactlyAndOthersDoNot() {
    assertNull(listed.checkOrigin("https://app.example.com"));
    assertNull(listed.checkOrigin("https://APP.example.com"));
    assertNotNull(listed.checkOrigin("https://app.example.com:444"));
    assertNotNull(listed.checkOrigin("https://app.example.com.evil.com"));
    assertNotNull(listed.checkOrigin("https://localhost:80@app.example.com"));
    assertNull(new RequestPolicy(HttpOptions.builder().allowedOrigin("*").build(), true)
        .checkOrigin("http://localhost:80@evil.com"), "'*' accepts any origin, as configured");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "localhost:8001", "127.0.0.1", "127.0.0.1:1", "[::1]", "[::1]:8001",
      "LOCALHOST:80", " localhost "})
  void loopbackHostsPass(String host) {
    assertNull(loopback.checkHost(host), host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.com", "localhost:evil.com", "localhost:80@evil.com", "localhost@evil.com",
      "[::1]evil.com", "[::1]:evil.com", "localhost:", "localhost:65536", "localhost:80:81", "localhost/x",
      "[::1", "[]", "localhost.evil.com", "evil.com:80", "local host", "localhost\u0000", ":80",
      "mcp.example.com"})
  void malformedOrForeignHostsAreRefused(String host) {
    String problem = loopback.checkHost(host);
    assertNotNull(problem, host);
    assertTrue(problem.startsWith("Forbidden: "), problem);
  }

  @Test
  void listedHostsPassWithAnyPort() {
    assertNull(listed.checkHost("mcp.example.com"));
    assertNull(listed.checkHost("mcp.example.com:443"));
    assertNotNull(listed.checkHost("mcp.example.com:evil.com"));
    assertNotNull(listed.checkHost("mcp.example.com.evil.com"));
    assertNotNull(listed.checkHost("x@mcp.example.com"));
  }

  @Test
  void aMalformedHostSaysSo() {
    assertTrue(loopback.checkHost("localhost:evil.com").contains("malformed Host header"));
  }

  @Test
  void theServerRefusesTheLookAlikeOrigins() throws Exception {
    HttpTestSupport t = new HttpTestSupport();
    try {
      for (String origin : new String[] {"http://localhost:80@evil.com", "http://localhost:evil.com", "http://[::1]evil.com"}) {
        HttpResponse<String> r = t.post(HttpSecurityTest.LIST, "MCP-Protocol-Version", "2026-07-28",
            "Mcp-Method", "tools/list", "Origin", origin);
        assertEquals(403, r.statusCode(), origin + ": " + r.body());
        assertTrue(HttpTestSupport.error(r, 403).path("message").asText().contains("Origin"), r.body());
      }
      HttpResponse<String> ok = t.post(HttpSecurityTest.LIST, "MCP-Protocol-Version", "2026-07-28",
          "Mcp-Method", "tools/list", "Origin", "http://localhost:5173");
      assertEquals(200, ok.statusCode(), ok.body());
    } finally {
      t.close();
    }
  }
}
