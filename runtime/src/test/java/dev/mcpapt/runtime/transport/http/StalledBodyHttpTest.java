package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request's headers and part of its body, then nothing (or a byte now and
 * then). Reading a body used to block a server thread until it all arrived, so a few hundred such
 * connections took every thread and nobody else was served.
 */
class StalledBodyHttpTest {
  static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
      + "\"arguments\":{\"text\":\"still served\"}," + HttpTestSupport.META + "}}";
  static final String[] MODERN = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "echo"};

  @Test
  void aNormalClientIsServedWhileHundredsOfBodiesStall() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder());
    List<RawConnection> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 400; i++) {
        RawConnection c = new RawConnection(t.http.port(), 30_000);
        stalled.add(c);
        // headers and the first bytes of a body 1,000 bytes long, then nothing
        c.send(c.head("/mcp", 1000, MODERN) + "{\"jsonrpc\":\"2.0\",");
      }
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        try (RawConnection c = new RawConnection(t.http.port(), 20_000)) {
          RawConnection.Response r = c.post("/mcp", CALL, MODERN);
          assertEquals(200, r.status(), r.body());
          assertTrue(r.body().contains("still served"), r.body());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 10_000, "a normal call took " + ms + " ms while 400 bodies stalled");
      }
    } finally {
      stalled.forEach(RawConnection::close);
      t.close();
    }
  }

  @Test
  void aStalledOrTricklingBodyIsCutAtTheBodyTimeout() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().bodyTimeout(Duration.ofSeconds(1)));
    try (RawConnection stalled = new RawConnection(t.http.port(), 20_000);
        RawConnection trickling = new RawConnection(t.http.port(), 20_000)) {
      byte[] body = CALL.getBytes(StandardCharsets.UTF_8);
      stalled.send(stalled.head("/mcp", body.length, MODERN) + "{");
      trickling.send(trickling.head("/mcp", body.length, MODERN));
      long start = System.nanoTime();
      // one byte every 100 ms: each arrives well within any idle timeout, the whole never in time
      Thread feeder = new Thread(() -> {
        try {
          for (byte b : body) {
            trickling.send(new byte[] {b});
            Thread.sleep(100);
          }
        } catch (Exception e) {
          // the server closed the connection: expected
        }
      });
      feeder.setDaemon(true);
      feeder.start();
      for (RawConnection c : List.of(stalled, trickling)) {
        RawConnection.Response r = c.read();
        assertEquals(408, r.status(), r.body());
        assertEquals("close", r.header("Connection"));
        JsonNode error = HttpTestSupport.JSON.readTree(r.body()).path("error");
        assertEquals(-32600, error.path("code").asInt(), r.body());
        assertTrue(error.path("message").asText().contains("the body did not arrive within 1 s"), r.body());
        assertTrue(c.closedByServer(), "the connection is closed after a 408");
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertTrue(ms < 15_000, "cut after " + ms + " ms, the bound is 1 s");
      feeder.interrupt();

      // the server goes on serving
      try (RawConnection c = new RawConnection(t.http.port(), 20_000)) {
        RawConnection.Response r = c.post("/mcp", CALL, MODERN);
        assertEquals(200, r.status(), r.body());
      }
    } finally {
      t.close();
    }
  }

  /**
   * A refused request's body is read and dropped before the refusal goes out, but a body that
   * stalls is not waited for beyond the body timeout: the refusal then goes with the connection
   * closed.
   */
  @Test
  void aRefusedBodyThatStallsIsNotWaitedForBeyondTheBodyTimeout() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().bodyTimeout(Duration.ofSeconds(1)));
    try (RawConnection stalled = new RawConnection(t.http.port(), 20_000)) {
      long start = System.nanoTime();
      stalled.send(stalled.head("/mcp", 1000, "Origin", "http://evil.example.com") + "{\"jsonrpc\":");
      RawConnection.Response r = stalled.read();
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertEquals(403, r.status(), r.body());
      assertEquals("close", r.header("Connection"));
      assertTrue(HttpTestSupport.JSON.readTree(r.body()).path("error").path("message").asText()
          .contains("evil.example.com"), r.body());
      assertTrue(ms >= 900, "answered after " + ms + " ms: the rest of the body was not waited for");
      assertTrue(ms < 15_000, "answered after " + ms + " ms, the bound is 1 s");
      assertTrue(stalled.closedByServer(), "the connection is closed after the refusal");
      try (RawConnection c = new RawConnection(t.http.port(), 20_000)) {
        RawConnection.Response ok = c.post("/mcp", CALL, MODERN);
        assertEquals(200, ok.status(), ok.body());
      }
    } finally {
      t.close();
    }
  }
}
