package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every database behind {@link TaskStore} must do; one subclass per database. */
abstract class TaskStoreContract {

  /** A store over an empty database. */
  abstract TaskStore emptyStore() throws Exception;

  /** A second store over the same database as the last {@link #emptyStore()}, as another process would open it. */
  abstract TaskStore reopen() throws Exception;

  @Test
  void addsListsAndKeepsOrder() throws Exception {
    TaskStore store = emptyStore();
    Task first = store.add("Buy groceries");
    Task second = store.add("  Review pull request\n");

    assertEquals("Buy groceries", first.title());
    assertEquals("Review pull request", second.title(), "white space is trimmed, line breaks become spaces");
    assertFalse(first.done());
    assertNull(first.completedAt());
    assertNotNull(first.createdAt());
    assertTrue(second.id() > first.id());
    assertEquals(List.of(first, second), store.list());
    assertEquals(new TaskSummary(2, 2, 0), TaskSummary.of(store.list()));
  }

  @Test
  void completesAndReopens() throws Exception {
    TaskStore store = emptyStore();
    Task task = store.add("Call mom");

    Task done = store.setDone(task.id(), true);
    assertTrue(done.done());
    assertNotNull(done.completedAt());
    assertEquals(done, store.setDone(task.id(), true), "completing twice changes nothing");

    Task reopened = store.setDone(task.id(), false);
    assertFalse(reopened.done());
    assertNull(reopened.completedAt());
    assertEquals(List.of(reopened), store.list());
  }

  @Test
  void renamesDeletesAndClearsCompleted() throws Exception {
    TaskStore store = emptyStore();
    Task a = store.add("a");
    Task b = store.add("b");
    Task c = store.add("c");

    assertEquals("B!", store.rename(b.id(), "B!").title());
    assertEquals(a, store.delete(a.id()), "delete returns the task as it was");
    store.setDone(b.id(), true);
    assertEquals(1, store.clearCompleted());
    assertEquals(0, store.clearCompleted());
    assertEquals(List.of(c), store.list());
  }

  @Test
  void unknownIdsAreReportedAndChangeNothing() throws Exception {
    TaskStore store = emptyStore();
    Task kept = store.add("kept");

    TaskNotFoundException missing = assertThrows(TaskNotFoundException.class, () -> store.delete(kept.id() + 100));
    assertEquals(kept.id() + 100, missing.id());
    assertTrue(missing.getMessage().contains("may have been deleted"), missing.getMessage());
    assertThrows(TaskNotFoundException.class, () -> store.setDone(kept.id() + 100, true));
    assertThrows(TaskNotFoundException.class, () -> store.rename(kept.id() + 100, "x"));
    store.delete(kept.id());
    assertThrows(TaskNotFoundException.class, () -> store.delete(kept.id()), "a task deleted underneath");
    assertEquals(List.of(), store.list());
  }

  @Test
  void idsAreNeverReused() throws Exception {
    TaskStore store = emptyStore();
    Task first = store.add("first");
    store.delete(first.id());
    Task second = store.add("second");
    assertTrue(second.id() > first.id(), "a stale id held by a widget must never hit a newer task");
  }

  @Test
  void rejectsBadTitles() throws Exception {
    TaskStore store = emptyStore();
    assertEquals("title: must not be blank", assertThrows(IllegalArgumentException.class, () -> store.add(" \n\t ")).getMessage());
    assertEquals("title: must not be missing", assertThrows(IllegalArgumentException.class, () -> store.add(null)).getMessage());
    String longest = "x".repeat(TaskStore.MAX_TITLE_LENGTH);
    assertEquals(longest, store.add(longest).title());
    assertThrows(IllegalArgumentException.class, () -> store.add(longest + "x"));
    Task task = store.add("ok");
    assertThrows(IllegalArgumentException.class, () -> store.rename(task.id(), ""));
    assertEquals("ok", store.list().get(1).title());
  }

  @Test
  void keepsMarkupAndUnicodeVerbatim() throws Exception {
    TaskStore store = emptyStore();
    String title = "<img src=x onerror=alert(1)> & \"quotes\" 'single' — ünïcødé 🚀";
    Task task = store.add(title);
    assertEquals(title, reopen().list().get(0).title());
    assertEquals(task, reopen().list().get(0));
  }

  @Test
  void changesAreVisibleToAnotherStoreAtOnce() throws Exception {
    TaskStore mine = emptyStore();
    TaskStore theirs = reopen();
    Task task = mine.add("shared");
    assertEquals(List.of(task), theirs.list());
    theirs.setDone(task.id(), true);
    assertTrue(mine.list().get(0).done());
  }
}
