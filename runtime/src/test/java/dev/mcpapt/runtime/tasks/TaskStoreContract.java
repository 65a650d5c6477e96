package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskStore} must do; one subclass per store. */
abstract class TaskStoreContract {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private TaskStore store;

  abstract TaskStore emptyStore() throws Exception;

  TaskStore store() throws Exception {
    if (store == null) {
      store = emptyStore();
    }
    return store;
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  static TaskRecord record(String id, String owner, int secondsAfterT0, Long ttlMs) {
    Instant at = T0.plusSeconds(secondsAfterT0);
    return new TaskRecord(id, owner, "tool", "2026-07-28", TaskStatus.WORKING, null, at, at, ttlMs, 1000,
        null, null, null, null, "node-a", at);
  }

  @Test
  void aCreatedTaskReadsBackFieldForField() throws Exception {
    TaskRecord t = record("t1", "iss alice", 0, 60_000L);
    store().create(t);
    assertEquals(t, store().get("t1").orElseThrow());
    assertTrue(store().get("nope").isEmpty());
  }

  @Test
  void updatesAreAppliedAndTerminalResultsKept() throws Exception {
    store().create(record("t1", null, 0, null));
    Instant later = T0.plusSeconds(5);
    TaskRecord done = store().update("t1", r -> r.completed("{\"content\":[]}", "done", later)).orElseThrow();
    assertEquals(TaskStatus.COMPLETED, done.status());
    TaskRecord read = store().get("t1").orElseThrow();
    assertEquals(done, read);
    assertEquals(null, read.ttlMs(), "no time to live means kept until deleted");
    assertTrue(store().update("missing", r -> r).isEmpty());
  }

  @Test
  void listsOnlyTheOwnersTasksInCreationOrderPageByPage() throws Exception {
    for (int i = 0; i < 5; i++) {
      store().create(record("a" + i, "iss alice", i, null));
      store().create(record("b" + i, "iss bob", i, null));
    }
    store().create(record("anon", null, 9, null));
    List<TaskRecord> first = store().list("iss alice", null, 2);
    assertEquals(List.of("a0", "a1"), first.stream().map(TaskRecord::taskId).toList());
    List<TaskRecord> next = store().list("iss alice", "a1", 10);
    assertEquals(List.of("a2", "a3", "a4"), next.stream().map(TaskRecord::taskId).toList());
    assertEquals(List.of("anon"), store().list(null, null, 10).stream().map(TaskRecord::taskId).toList());
    assertEquals(5, store().countActive("iss bob"));
    assertEquals(11, store().activeIds("node-a").size());
  }

  @Test
  void expiredTasksAreDeleted() throws Exception {
    store().create(record("short", null, 0, 1_000L));
    store().create(record("long", null, 0, 3_600_000L));
    store().create(record("forever", null, 0, null));
    assertEquals(1, store().deleteExpired(T0.plus(10, ChronoUnit.SECONDS)));
    assertTrue(store().get("short").isEmpty());
    assertTrue(store().get("long").isPresent());
    assertTrue(store().get("forever").isPresent());
  }

  @Test
  void concurrentUpdatesAreNotLost() throws Exception {
    store().create(record("t1", null, 0, null).withInputs(TaskStatus.WORKING, null, "", T0));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String mark = "x" + i + ";";
        futures.add(pool.submit(() -> store.update("t1",
            r -> r.withInputs(r.status(), null, r.inputResponses() + mark, r.lastUpdatedAt()))));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }
    String all = store().get("t1").orElseThrow().inputResponses();
    for (int i = 0; i < 40; i++) {
      assertTrue(all.contains("x" + i + ";"), "update " + i + " was lost: " + all);
    }
    assertFalse(all.isEmpty());
  }
}
