package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Everything a hostile or broken crowd does, at once, on loopback: 1,000 sessions open together,
 * bodies that stall half-way, event streams whose readers never read, and clients that vanish in
 * the middle of their answers. A normal client must be served throughout, and once the crowd is
 * gone the server's threads and heap must come back to where they were. Bounded in count and
 * time; the bounds are generous so that a loaded machine passes too.
 */
class HttpLoadFaultTest {
  static final int SESSIONS = 1_000;
  static final int STALLED = 300;
  static final int SLOW_CONSUMERS = 10;
  static final int VANISHING = 300;
  /** The longest a normal call may take while all that goes on. */
  static final long NORMAL_BOUND_MS = 20_000;

  static final String VERSION = "2025-11-25";
  static final String[] MODERN = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "echo"};

  @Test
  void aNormalClientIsServedAndTheServerRecovers() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder()
        .sessionRateLimit(0, 1) // the whole crowd comes from one address
        .bodyTimeout(Duration.ofSeconds(3))
        .sessionIdleTimeout(Duration.ofSeconds(2))
        .keepAliveInterval(Duration.ofSeconds(1))
        .shutdownGrace(Duration.ofSeconds(1)));
    List<RawConnection> open = Collections.synchronizedList(new ArrayList<>());
    ExecutorService crowd = Executors.newFixedThreadPool(32);
    AtomicBoolean chaos = new AtomicBoolean(true);
    AtomicLong slowestNormal = new AtomicLong();
    List<String> normalFailures = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int i = 0; i < 20; i++) {
        normalCall(t, i); // warm up before the baseline
      }
      int busyBefore = busyServerThreads().size();
      long heapBefore = usedHeapAfterGc();

      Thread prober = new Thread(() -> {
        int i = 0;
        while (chaos.get()) {
          long start = System.nanoTime();
          try {
            normalCall(t, ++i);
            slowestNormal.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            Thread.sleep(200);
          } catch (Exception | AssertionError e) {
            normalFailures.add(e.toString());
          }
        }
      }, "normal-client");
      prober.start();

      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < STALLED; i++) {
        work.add(crowd.submit(() -> {
          RawConnection c = new RawConnection(t.http.port(), 60_000);
          open.add(c);
          c.send(c.head("/mcp", 2000, MODERN) + "{\"jsonrpc\":\"2.0\",\"id\":");
          return null;
        }));
      }
      for (int i = 0; i < SLOW_CONSUMERS; i++) {
        work.add(crowd.submit(() -> slowConsumer(t, open)));
      }
      for (int i = 0; i < VANISHING; i++) {
        int n = i;
        work.add(crowd.submit(() -> vanish(t, n)));
      }
      List<Future<?>> sessions = new ArrayList<>();
      for (int i = 0; i < SESSIONS; i++) {
        int n = i;
        sessions.add(crowd.submit(() -> session(t, n, open)));
      }
      List<String> failures = new ArrayList<>();
      long crowdDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      for (Future<?> f : sessions) {
        try {
          f.get(Math.max(1, crowdDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
          failures.add(e.toString());
        }
      }
      for (Future<?> f : work) {
        f.get(Math.max(1, crowdDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
      assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " session(s) failed");
      assertTrue(t.http.sessionCount() >= SESSIONS, "1,000 sessions open at once: " + t.http.sessionCount());

      // everyone vanishes at once
      List<RawConnection> all;
      synchronized (open) {
        all = new ArrayList<>(open);
        open.clear();
      }
      all.forEach(RawConnection::reset);
      Thread.sleep(500);
      chaos.set(false);
      prober.join(NORMAL_BOUND_MS * 2);
      assertEquals(List.of(), normalFailures, "the normal client failed");
      assertTrue(slowestNormal.get() < NORMAL_BOUND_MS, "a normal call took " + slowestNormal.get() + " ms");

      // back to the baseline: no thread left working for a client that is gone, the heap freed
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      List<String> busy;
      long heap;
      do {
        Thread.sleep(500);
        busy = busyServerThreads();
        heap = usedHeapAfterGc();
      } while ((busy.size() > busyBefore || heap > heapBefore + 64L * 1024 * 1024 || t.http.sessionCount() > 0)
          && System.nanoTime() < deadline);
      assertTrue(busy.size() <= busyBefore, "threads still busy: " + busy);
      assertEquals(0, t.http.sessionCount(), "sessions of clients that vanished expire");
      assertTrue(heap <= heapBefore + 64L * 1024 * 1024, "heap " + heap / 1024 / 1024 + " MB, was "
          + heapBefore / 1024 / 1024 + " MB");
      normalCall(t, 0);
    } finally {
      chaos.set(false);
      crowd.shutdownNow();
      open.forEach(RawConnection::close);
      t.close();
    }
  }

  /** A 2026-07-28 call on a fresh connection, as a client that has nothing to do with the crowd. */
  private static void normalCall(HttpTestSupport t, int i) throws IOException {
    try (RawConnection c = new RawConnection(t.http.port(), (int) NORMAL_BOUND_MS)) {
      RawConnection.Response r = c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"normal " + i + "\"}," + HttpTestSupport.META + "}}", MODERN);
      assertEquals(200, r.status(), r.body());
      assertTrue(r.body().contains("normal " + i), r.body());
    }
  }

  /** A 2025 session that stays open: initialize, initialized, a call, on one kept connection. */
  private static Void session(HttpTestSupport t, int i, List<RawConnection> open) throws IOException {
    RawConnection c = new RawConnection(t.http.port(), 60_000);
    open.add(c);
    RawConnection.Response init = c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"" + VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"crowd\",\"version\":\"1\"}}}");
    assertEquals(200, init.status(), init.body());
    String[] h = {"Mcp-Session-Id", init.header("Mcp-Session-Id"), "MCP-Protocol-Version", VERSION};
    assertEquals(202, c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", h).status());
    RawConnection.Response call = c.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{"
        + "\"name\":\"echo\",\"arguments\":{\"text\":\"crowd " + i + "\"}}}", h);
    assertEquals(200, call.status(), call.body());
    assertTrue(call.body().contains("crowd " + i), call.body());
    return null;
  }

  /** An HTTP+SSE client that asks for large answers and never reads its event stream. */
  private static Void slowConsumer(HttpTestSupport t, List<RawConnection> open) throws IOException {
    Socket stream = new Socket();
    stream.setReceiveBufferSize(4096);
    stream.connect(new java.net.InetSocketAddress("127.0.0.1", t.http.port()), 10_000);
    stream.setSoTimeout(30_000);
    stream.getOutputStream().write(("GET /sse HTTP/1.1\r\nHost: 127.0.0.1:" + t.http.port()
        + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    InputStream in = stream.getInputStream();
    StringBuilder seen = new StringBuilder();
    Matcher m = Pattern.compile("sessionId=([0-9a-f]{32})").matcher("");
    while (!m.reset(seen).find()) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the stream ended before its endpoint event: " + seen);
      }
      seen.append((char) b);
    }
    String url = "/messages?sessionId=" + m.group(1);
    RawConnection poster = new RawConnection(t.http.port(), 60_000);
    open.add(poster);
    open.add(new RawConnection(stream)); // reset with the rest
    assertEquals(202, poster.post(url, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2024-11-05\",\"capabilities\":{},\"clientInfo\":{\"name\":\"slow\",\"version\":\"1\"}}}")
        .status());
    String big = "x".repeat(100_000);
    for (int i = 1; i <= 40; i++) {
      RawConnection.Response r = poster.post(url, "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"" + big + "\"}}}");
      assertTrue(r.status() == 202 || r.status() == 429, r.status() + " " + r.body());
    }
    return null;
  }

  /** A client that starts a streamed call and is gone before the answer. */
  private static Void vanish(HttpTestSupport t, int i) throws IOException {
    RawConnection c = new RawConnection(t.http.port(), 60_000);
    String body = "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\",\"params\":{\"name\":\"steps\","
        + "\"arguments\":{\"steps\":10},\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
        + "\"io.modelcontextprotocol/clientCapabilities\":{},\"progressToken\":\"p" + i + "\"}}}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    c.send(c.head("/mcp", bytes.length, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
        "Mcp-Name", "steps") + body);
    if (i % 2 == 0) {
      c.readSome(); // gone in the middle of the stream, else before its first byte
    }
    c.reset();
    return null;
  }

  /** Threads of the server at work (a frame of the runtime on their stack), outside this test. */
  private static List<String> busyServerThreads() {
    List<String> busy = new ArrayList<>();
    for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
      boolean server = false;
      boolean test = false;
      for (StackTraceElement e : info.getStackTrace()) {
        String c = e.getClassName();
        if (c.startsWith("dev.mcpapt.runtime.")) {
          if (c.contains("Test") || c.contains("RawConnection")) {
            test = true;
          } else {
            server = true;
          }
        }
      }
      if (server && !test) {
        busy.add(info.getThreadName() + " at " + List.of(info.getStackTrace()).subList(0,
            Math.min(6, info.getStackTrace().length)));
      }
    }
    return busy;
  }

  private static long usedHeapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
