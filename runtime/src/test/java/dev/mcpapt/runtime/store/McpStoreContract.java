package dev.mcpapt.runtime.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.store.McpStore.Event;
import dev.mcpapt.runtime.store.McpStore.SessionRecord;
import dev.mcpapt.runtime.store.McpStore.StreamState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link McpStore} does; subclasses give an empty store (two handles on one state). */
abstract class McpStoreContract {
  /** A store with nothing in it. */
  abstract McpStore emptyStore() throws Exception;

  /** A second handle on the state of {@link #emptyStore()}'s result (another node). */
  abstract McpStore secondNode(McpStore first) throws Exception;

  McpStore store;

  @BeforeEach
  void open() throws Exception {
    store = emptyStore();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  static SessionRecord session(String id, Instant expires) {
    return new SessionRecord(id, "2025-11-25", "{\"roots\":{}}", "{\"name\":\"c\"}", "https://issuer", "alice", expires);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sessionsAreStoredTouchedAndDeleted() {
    Instant later = Instant.now().plus(Duration.ofMinutes(30));
    store.createSession(session("s1", later));
    SessionRecord r = store.session("s1").orElseThrow();
    assertEquals("2025-11-25", r.revision());
    assertEquals("{\"roots\":{}}", r.clientCapabilities());
    assertEquals("{\"name\":\"c\"}", r.clientInfo());
    assertEquals("https://issuer", r.issuer());
    assertEquals("alice", r.subject());
    assertEquals(later.toEpochMilli(), r.expiresAt().toEpochMilli());
    assertTrue(store.touchSession("s1", later.plusSeconds(60)));
    assertEquals(later.plusSeconds(60).toEpochMilli(), store.session("s1").orElseThrow().expiresAt().toEpochMilli());
    assertTrue(store.deleteSession("s1"));
    assertTrue(store.session("s1").isEmpty());
    assertFalse(store.deleteSession("s1"));
    assertFalse(store.touchSession("s1", later));
  }

  @Test
  void expiredSessionsAreGoneAndSwept() {
    store.createSession(session("old", Instant.now().minusSeconds(1)));
    store.createSession(session("new", Instant.now().plusSeconds(600)));
    assertTrue(store.session("old").isEmpty());
    assertFalse(store.touchSession("old", Instant.now().plusSeconds(600)));
    assertEquals(1, store.deleteExpired(Instant.now()));
    assertTrue(store.session("new").isPresent());
  }

  @Test
  void eventsAreNumberedPerStreamAndReplayedAfterAnId() {
    store.createSession(session("s", Instant.now().plusSeconds(600)));
    int a = store.newStream("s");
    int b = store.newStream("s");
    assertNotEquals(a, b);
    assertTrue(a > 0 && b > 0);
    assertEquals(StreamState.OPEN, store.streamState("s", a));
    assertEquals(StreamState.OPEN, store.streamState("s", 0));
    assertEquals(StreamState.UNKNOWN, store.streamState("s", 999));
    assertEquals(1, store.append("s", a, bytes("a1"), 100).seq());
    assertEquals(1, store.append("s", b, bytes("b1"), 100).seq());
    assertEquals(2, store.append("s", a, bytes("a2"), 100).seq());
    assertEquals(3, store.append("s", a, bytes("a3"), 100).seq());
    List<Event> after1 = store.eventsAfter("s", a, 1);
    assertEquals(2, after1.size());
    assertArrayEquals(bytes("a2"), after1.get(0).data());
    assertArrayEquals(bytes("a3"), after1.get(1).data());
    assertEquals(1, store.eventsAfter("s", b, 0).size());
    store.finishStream("s", a);
    assertEquals(StreamState.FINISHED, store.streamState("s", a));
    store.deleteSession("s");
    assertEquals(StreamState.UNKNOWN, store.streamState("s", a));
    assertTrue(store.eventsAfter("s", a, 0).isEmpty());
  }

  @Test
  void theLogKeepsTheNewestEventsOfAStream() {
    store.createSession(session("s", Instant.now().plusSeconds(600)));
    for (int i = 1; i <= 100; i++) {
      store.append("s", 0, bytes("e" + i), 10);
    }
    List<Event> kept = store.eventsAfter("s", 0, 0);
    assertTrue(kept.size() >= 10 && kept.size() < 40, "kept " + kept.size());
    assertEquals(100, kept.get(kept.size() - 1).seq());
  }

  @Test
  void broadcastsAndUpdatesReachTheRightSessions() {
    Instant later = Instant.now().plusSeconds(600);
    store.createSession(session("x", later));
    store.createSession(session("y", later));
    store.createSession(session("gone", Instant.now().minusSeconds(1)));
    store.subscribe("x", "file:///a");
    store.subscribe("x", "file:///a"); // twice is once
    store.subscribe("y", "file:///b");
    assertEquals(Set.of("x", "y"), Set.copyOf(store.appendToAll(bytes("changed"), 100)));
    assertEquals(List.of("x"), store.appendToSubscribers("file:///a", bytes("a-updated"), 100));
    store.unsubscribe("x", "file:///a");
    assertEquals(List.of(), store.appendToSubscribers("file:///a", bytes("again"), 100));
    List<Event> x = store.eventsAfter("x", 0, 0);
    assertEquals(2, x.size());
    assertArrayEquals(bytes("changed"), x.get(0).data());
    assertArrayEquals(bytes("a-updated"), x.get(1).data());
    assertEquals(1, store.eventsAfter("y", 0, 0).size());
  }

  @Test
  void concurrentAppendsOnOneStreamGetDistinctContiguousNumbers() throws Exception {
    store.createSession(session("s", Instant.now().plusSeconds(600)));
    McpStore other = secondNode(store);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> seqs = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        McpStore node = i % 2 == 0 ? store : other;
        int n = i;
        seqs.add(pool.submit(() -> n % 5 == 0 ? (long) node.appendToAll(bytes("all" + n), 1000).size() * -1
            : node.append("s", 0, bytes("e" + n), 1000).seq()));
      }
      List<Long> got = new ArrayList<>();
      for (Future<Long> f : seqs) {
        long v = f.get(60, TimeUnit.SECONDS);
        if (v > 0) {
          got.add(v);
        }
      }
      List<Event> all = store.eventsAfter("s", 0, 0);
      assertEquals(80, all.size());
      for (int i = 0; i < all.size(); i++) {
        assertEquals(i + 1, all.get(i).seq());
      }
      Collections.sort(got);
      assertEquals(64, got.size());
      assertEquals(got.size(), Set.copyOf(got).size());
    } finally {
      pool.shutdownNow();
      if (other != store) {
        other.close();
      }
    }
  }

  @Test
  void publishedMessagesReachEveryNodeOnceSmallAndLarge() throws Exception {
    McpStore other = secondNode(store);
    try {
      LinkedBlockingQueue<String> here = new LinkedBlockingQueue<>();
      LinkedBlockingQueue<String> there = new LinkedBlockingQueue<>();
      store.listen((t, p) -> here.add(t + ":" + p.length + ":" + new String(p, StandardCharsets.UTF_8).hashCode()));
      other.listen((t, p) -> there.add(t + ":" + p.length + ":" + new String(p, StandardCharsets.UTF_8).hashCode()));
      Thread.sleep(200); // listeners registered; the listening connection is already up
      String small = "{\"method\":\"notifications/tools/list_changed\"}";
      String large = "{\"x\":\"" + "é".repeat(9000) + "\"}"; // past NOTIFY's limit: passed by reference
      other.publish("t1", bytes(small));
      store.publish("t2", bytes(large));
      String s1 = "t1:" + bytes(small).length + ":" + small.hashCode();
      String s2 = "t2:" + bytes(large).length + ":" + large.hashCode();
      for (LinkedBlockingQueue<String> q : List.of(here, there)) {
        assertEquals(s1, q.poll(30, TimeUnit.SECONDS));
        assertEquals(s2, q.poll(30, TimeUnit.SECONDS));
        assertEquals(null, q.poll(300, TimeUnit.MILLISECONDS), "delivered once");
      }
    } finally {
      if (other != store) {
        other.close();
      }
    }
  }

  @Test
  void sealingKeysAreSharedAndRotate() throws Exception {
    McpStore other = secondNode(store);
    try {
      List<byte[]> first = store.sealingKeys();
      assertEquals(1, first.size());
      assertTrue(first.get(0).length >= 32);
      assertArrayEquals(first.get(0), other.sealingKeys().get(0));
      store.rotateSealingKey(Duration.ofMinutes(10));
      List<byte[]> rotated = store.sealingKeys();
      assertEquals(2, rotated.size());
      assertArrayEquals(first.get(0), rotated.get(1), "the former key is still accepted");
      assertFalse(java.util.Arrays.equals(first.get(0), rotated.get(0)));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!java.util.Arrays.equals(other.sealingKeys().get(0), rotated.get(0))) {
        assertTrue(System.nanoTime() < deadline, "the other node sees the new key");
        Thread.sleep(50);
      }
      store.rotateSealingKey(Duration.ZERO);
      List<byte[]> again = store.sealingKeys();
      assertEquals(2, again.size(), "the key retired without overlap is gone; the first is still in its overlap");
      assertArrayEquals(first.get(0), again.get(1));
    } finally {
      if (other != store) {
        other.close();
      }
    }
  }

  @Test
  void tasksAreShared() throws Exception {
    McpStore other = secondNode(store);
    try {
      Instant now = Instant.now();
      store.tasks().create(new dev.mcpapt.runtime.tasks.TaskRecord("t-1", "alice", "report", "2025-11-25",
          dev.mcpapt.runtime.tasks.TaskStatus.WORKING, null, now, now, 60_000L, 1000, null, null, null, null,
          "node-a", now));
      assertEquals("report", other.tasks().get("t-1").orElseThrow().tool());
    } finally {
      if (other != store) {
        other.close();
      }
    }
  }

  @Test
  void reachable() {
    assertTrue(store.reachable());
  }
}
