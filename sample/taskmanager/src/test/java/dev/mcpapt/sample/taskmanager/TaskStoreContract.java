package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every database behind {@link TaskStore} must do; one subclass per database. */
abstract class TaskStoreContract {
  static final String LOCAL = TaskStore.LOCAL_OWNER;
  static final String ALICE = "https://issuer.example alice";
  static final String BOB = "https://issuer.example bob";

  /** A store over an empty database. */
  abstract TaskStore emptyStore() throws Exception;

  /** A second store over the same database as the last {@link #emptyStore()}, as another process would open it. */
  abstract TaskStore reopen() throws Exception;

  /** A plain JDBC connection to the database of the last {@link #emptyStore()}, to check what is stored. */
  abstract Connection connect() throws SQLException;

  /** The id column as the first release of the store, before owners, created it in this database. */
  abstract String idColumnBeforeOwners();

  @Test
  void addsListsAndKeepsOrder() throws Exception {
    TaskStore store = emptyStore();
    Task first = store.add(LOCAL, "Buy groceries");
    Task second = store.add(LOCAL, "  Review pull request\n");

    assertEquals("Buy groceries", first.title());
    assertEquals("Review pull request", second.title(), "white space is trimmed, line breaks become spaces");
    assertFalse(first.done());
    assertNull(first.completedAt());
    assertNotNull(first.createdAt());
    assertTrue(second.id() > first.id());
    assertEquals(List.of(first, second), store.list(LOCAL));
    assertEquals(new TaskSummary(2, 2, 0), TaskSummary.of(store.list(LOCAL)));
  }

  @Test
  void completesAndReopens() throws Exception {
    TaskStore store = emptyStore();
    Task task = store.add(LOCAL, "Call mom");

    Task done = store.setDone(LOCAL, task.id(), true);
    assertTrue(done.done());
    assertNotNull(done.completedAt());
    assertEquals(done, store.setDone(LOCAL, task.id(), true), "completing twice changes nothing");

    Task reopened = store.setDone(LOCAL, task.id(), false);
    assertFalse(reopened.done());
    assertNull(reopened.completedAt());
    assertEquals(List.of(reopened), store.list(LOCAL));
  }

  @Test
  void renamesDeletesAndClearsCompleted() throws Exception {
    TaskStore store = emptyStore();
    Task a = store.add(LOCAL, "a");
    Task b = store.add(LOCAL, "b");
    Task c = store.add(LOCAL, "c");

    assertEquals("B!", store.rename(LOCAL, b.id(), "B!").title());
    assertEquals(a, store.delete(LOCAL, a.id()), "delete returns the task as it was");
    store.setDone(LOCAL, b.id(), true);
    assertEquals(1, store.clearCompleted(LOCAL));
    assertEquals(0, store.clearCompleted(LOCAL));
    assertEquals(List.of(c), store.list(LOCAL));
  }

  @Test
  void unknownIdsAreReportedAndChangeNothing() throws Exception {
    TaskStore store = emptyStore();
    Task kept = store.add(LOCAL, "kept");

    TaskNotFoundException missing = assertThrows(TaskNotFoundException.class, () -> store.delete(LOCAL, kept.id() + 100));
    assertEquals(kept.id() + 100, missing.id());
    assertTrue(missing.getMessage().contains("may have been deleted"), missing.getMessage());
    assertThrows(TaskNotFoundException.class, () -> store.setDone(LOCAL, kept.id() + 100, true));
    assertThrows(TaskNotFoundException.class, () -> store.rename(LOCAL, kept.id() + 100, "x"));
    store.delete(LOCAL, kept.id());
    assertThrows(TaskNotFoundException.class, () -> store.delete(LOCAL, kept.id()), "a task deleted underneath");
    assertEquals(List.of(), store.list(LOCAL));
  }

  @Test
  void idsAreNeverReused() throws Exception {
    TaskStore store = emptyStore();
    Task first = store.add(LOCAL, "first");
    store.delete(LOCAL, first.id());
    Task second = store.add(LOCAL, "second");
    assertTrue(second.id() > first.id(), "a stale id held by a widget must never hit a newer task");
  }

  @Test
  void rejectsBadTitles() throws Exception {
    TaskStore store = emptyStore();
    assertEquals("title: must not be blank", assertThrows(IllegalArgumentException.class, () -> store.add(LOCAL, " \n\t ")).getMessage());
    assertEquals("title: must not be missing", assertThrows(IllegalArgumentException.class, () -> store.add(LOCAL, null)).getMessage());
    String longest = "x".repeat(TaskStore.MAX_TITLE_LENGTH);
    assertEquals(longest, store.add(LOCAL, longest).title());
    assertThrows(IllegalArgumentException.class, () -> store.add(LOCAL, longest + "x"));
    Task task = store.add(LOCAL, "ok");
    assertThrows(IllegalArgumentException.class, () -> store.rename(LOCAL, task.id(), ""));
    assertEquals("ok", store.list(LOCAL).get(1).title());
  }

  @Test
  void keepsMarkupAndUnicodeVerbatim() throws Exception {
    TaskStore store = emptyStore();
    String title = "<img src=x onerror=alert(1)> & \"quotes\" 'single' — ünïcødé 🚀";
    Task task = store.add(LOCAL, title);
    assertEquals(title, reopen().list(LOCAL).get(0).title());
    assertEquals(task, reopen().list(LOCAL).get(0));
  }

  @Test
  void changesAreVisibleToAnotherStoreAtOnce() throws Exception {
    TaskStore mine = emptyStore();
    TaskStore theirs = reopen();
    Task task = mine.add(LOCAL, "shared");
    assertEquals(List.of(task), theirs.list(LOCAL));
    theirs.setDone(LOCAL, task.id(), true);
    assertTrue(mine.list(LOCAL).get(0).done());
  }

  @Test
  void everyOwnerSeesOnlyTheirOwnTasks() throws Exception {
    TaskStore store = emptyStore();
    TwoOwners tasks = TwoOwners.add(store);
    Task local = store.add(LOCAL, "the local list's");

    assertEquals(List.of(tasks.aliceOpen(), tasks.aliceDone()), store.list(ALICE));
    assertEquals(List.of(tasks.bobs()), store.list(BOB));
    assertEquals(List.of(local), reopen().list(LOCAL));
    assertEquals(List.of(), store.list("https://other.example alice"), "the same subject at another issuer");
    assertTrue(tasks.bobs().id() > tasks.aliceDone().id() && local.id() > tasks.bobs().id(), "ids are shared by all owners");
  }

  /** Alice's open and completed task, and Bob's open one. */
  private record TwoOwners(Task aliceOpen, Task aliceDone, Task bobs) {
    static TwoOwners add(TaskStore store) {
      Task open = store.add(ALICE, "alice's secret");
      Task done = store.setDone(ALICE, store.add(ALICE, "alice's done").id(), true);
      return new TwoOwners(open, done, store.add(BOB, "bob's"));
    }
  }

  @Test
  void anotherOwnersIdAnswersLikeAMissingOneAndChangesNothing() throws Exception {
    TaskStore store = emptyStore();
    TwoOwners tasks = TwoOwners.add(store);
    Task bobs = tasks.bobs();
    List<String> before = storedRows();

    for (Task alices : List.of(tasks.aliceOpen(), tasks.aliceDone())) {
      long id = alices.id();
      String missing = new TaskNotFoundException(id).getMessage();
      assertEquals(missing, assertThrows(TaskNotFoundException.class, () -> store.setDone(BOB, id, true)).getMessage());
      assertEquals(missing, assertThrows(TaskNotFoundException.class, () -> store.setDone(BOB, id, false)).getMessage());
      assertEquals(missing, assertThrows(TaskNotFoundException.class, () -> store.rename(BOB, id, "mine now")).getMessage());
      assertEquals(missing, assertThrows(TaskNotFoundException.class, () -> store.delete(BOB, id)).getMessage());
      assertThrows(TaskNotFoundException.class, () -> store.delete(LOCAL, id), "the local list is an owner like any other");
    }
    assertEquals(0, store.clearCompleted(BOB), "alice's completed task is not bob's to clear");
    assertEquals(List.of(bobs), store.list(BOB));
    assertEquals(before, storedRows(), "the database is exactly as before bob's attempts");

    // Bob's own changes still work, and touch only his tasks.
    store.setDone(BOB, bobs.id(), true);
    assertEquals(1, store.clearCompleted(BOB));
    assertEquals(List.of(tasks.aliceOpen(), tasks.aliceDone()), store.list(ALICE));
    assertEquals(List.of(), store.list(BOB));
  }

  @Test
  void rejectsMissingAndOverlongOwners() throws Exception {
    TaskStore store = emptyStore();
    assertThrows(IllegalArgumentException.class, () -> store.list(null));
    assertThrows(IllegalArgumentException.class, () -> store.add(" ", "x"));
    String longest = "o".repeat(TaskStore.MAX_OWNER_LENGTH);
    assertEquals("x", store.add(longest, "x").title());
    assertThrows(IllegalArgumentException.class, () -> store.add(longest + "o", "x"));
    assertEquals(1, store.list(longest).size());
  }

  @Test
  void aDatabaseFromBeforeOwnersKeepsItsTasksInTheLocalList() throws Exception {
    emptyStore();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      createTableBeforeOwners(statement);
      insertWithoutOwner(connection, "written before owners", false, 1_000L, null);
      insertWithoutOwner(connection, "completed before owners", true, 2_000L, 3_000L);
      insertWithoutOwner(connection, "deleted before owners", false, 4_000L, null);
      statement.execute("DELETE FROM tasks WHERE title = 'deleted before owners'");
    }

    TaskStore migrated = reopen();
    List<Task> kept = migrated.list(LOCAL);
    assertEquals(2, kept.size(), kept.toString());
    assertEquals(new Task(kept.get(0).id(), "written before owners", false, Instant.ofEpochMilli(1_000), null), kept.get(0));
    assertEquals(
        new Task(kept.get(1).id(), "completed before owners", true, Instant.ofEpochMilli(2_000), Instant.ofEpochMilli(3_000)),
        kept.get(1));
    assertEquals(List.of(), migrated.list(ALICE), "nobody signed in inherits the old tasks");
    assertTrue(storedRows().stream().allMatch(row -> row.contains(" owner=local ")), storedRows().toString());
    assertTrue(migrated.add(LOCAL, "after").id() > kept.get(1).id() + 1, "the id deleted before the migration is not reused");

    // Opening it again changes nothing, and a writer that knows nothing of owners still lands in the local list.
    TaskStore again = reopen();
    assertEquals(3, again.list(LOCAL).size());
    try (Connection connection = connect()) {
      insertWithoutOwner(connection, "from an older process", false, 5_000L, null);
    }
    assertEquals("from an older process", again.list(LOCAL).get(3).title());
    migrated.setDone(LOCAL, kept.get(0).id(), true);
    assertEquals(2, migrated.clearCompleted(LOCAL));
  }

  @Test
  void storesOpeningOneDatabaseAtOnceSetItUpOnce() throws Exception {
    emptyStore();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      createTableBeforeOwners(statement);
      insertWithoutOwner(connection, "old", false, 1_000L, null);
    }
    assertEquals(List.of("old"), titlesAfterOpeningAtOnce(6));

    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE tasks");
    }
    assertEquals(List.of(), titlesAfterOpeningAtOnce(6), "a database without the table");
  }

  /** Opens {@code count} stores on the database at the same moment, as processes starting together would. */
  private List<String> titlesAfterOpeningAtOnce(int count) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CyclicBarrier start = new CyclicBarrier(count);
      List<Future<TaskStore>> opened = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        opened.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return reopen();
        }));
      }
      List<List<Task>> lists = new ArrayList<>();
      for (Future<TaskStore> store : opened) {
        lists.add(store.get(60, TimeUnit.SECONDS).list(LOCAL));
      }
      for (List<Task> list : lists) {
        assertEquals(lists.get(0), list, "every store sees the same tasks");
      }
      List<String> titles = new ArrayList<>();
      lists.get(0).forEach(task -> titles.add(task.title()));
      return titles;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Replaces the table with one exactly as the store created it before tasks had owners. */
  private void createTableBeforeOwners(Statement statement) throws SQLException {
    statement.execute("DROP TABLE tasks");
    statement.execute(
        "CREATE TABLE tasks (" + idColumnBeforeOwners()
            + ", title VARCHAR(2000) NOT NULL, done BOOLEAN NOT NULL DEFAULT FALSE"
            + ", created_at BIGINT NOT NULL, completed_at BIGINT)");
  }

  private static void insertWithoutOwner(Connection connection, String title, boolean done, long createdAt, Long completedAt)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO tasks (title, done, created_at, completed_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, title);
      insert.setBoolean(2, done);
      insert.setLong(3, createdAt);
      if (completedAt == null) {
        insert.setNull(4, java.sql.Types.BIGINT);
      } else {
        insert.setLong(4, completedAt);
      }
      insert.executeUpdate();
    }
  }

  /** Every row as stored, read over plain JDBC: {@code "id=… owner=… title=… done=… created=… completed=…"}. */
  private List<String> storedRows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT id, owner, title, done, created_at, completed_at FROM tasks ORDER BY id")) {
      while (row.next()) {
        rows.add("id=" + row.getLong(1) + " owner=" + row.getString(2) + " title=" + row.getString(3)
            + " done=" + row.getBoolean(4) + " created=" + row.getLong(5) + " completed=" + row.getObject(6));
      }
    }
    return rows;
  }
}
