package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTaskStoreTest extends TaskStoreContract {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("data").resolve("tasks.db");
  }

  @Override
  TaskStore emptyStore() {
    return TaskStore.open(file().toString());
  }

  @Override
  TaskStore reopen() {
    return TaskStore.open(file().toString());
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file());
  }

  @Override
  String idColumnBeforeOwners() {
    return "id INTEGER PRIMARY KEY AUTOINCREMENT";
  }

  @Test
  void createsTheFileAndItsDirectoriesInWalMode() throws Exception {
    emptyStore().add(LOCAL, "x");
    assertTrue(Files.isRegularFile(file()));
    assertEquals("wal", pragma("journal_mode"));
  }

  @Test
  void acceptsAJdbcUrl() {
    TaskStore store = TaskStore.open("jdbc:sqlite:" + dir.resolve("url.db"));
    store.add(LOCAL, "via URL");
    assertEquals("via URL", TaskStore.open(dir.resolve("url.db").toString()).list(LOCAL).get(0).title());
    assertEquals("jdbc:sqlite:" + dir.resolve("url.db"), store.description());
  }

  @Test
  void defaultFileFollowsXdgDataHome() {
    assertEquals(
        Path.of("/data/home/mcp-apt-taskmanager/tasks.db"),
        TaskStore.defaultDatabaseFile(Map.of("XDG_DATA_HOME", "/data/home"), "/home/ada"));
    assertEquals(
        Path.of("/home/ada/.local/share/mcp-apt-taskmanager/tasks.db"),
        TaskStore.defaultDatabaseFile(Map.of(), "/home/ada"));
    assertEquals(
        Path.of("/home/ada/.local/share/mcp-apt-taskmanager/tasks.db"),
        TaskStore.defaultDatabaseFile(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/ada"),
        "the XDG spec says relative paths are invalid and must be ignored");
  }

  @Test
  void aChangeWhoseCommitFailsIsRolledBack() throws Exception {
    emptyStore().add(LOCAL, "before");
    String url = "jdbc:sqlite:" + file();
    TaskStore failing =
        TaskStore.open(() -> commitFails(DriverManager.getConnection(url)), "commit fails");

    TaskStoreException thrown = assertThrows(TaskStoreException.class, () -> failing.add(LOCAL, "lost"));
    assertTrue(thrown.getMessage().contains("commit refused"), thrown.getMessage());
    assertEquals(List.of("before"), titles(reopen()), "the failed insert left nothing behind");
  }

  @Test
  void concurrentWritersInOneProcessLoseNothing() throws Exception {
    emptyStore();
    int writers = 8;
    int tasksEach = 40;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        TaskStore own = reopen(); // its own connections, as a second client would have
        Callable<List<Long>> job = () -> {
          List<Long> ids = new ArrayList<>();
          for (int i = 0; i < tasksEach; i++) {
            Task task = own.add(LOCAL, "w" + writer + "-" + i);
            ids.add(task.id());
            if (i % 2 == 0) {
              own.setDone(LOCAL, task.id(), true);
            }
            own.list(LOCAL);
          }
          return ids;
        };
        futures.add(pool.submit(job));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<List<Long>> future : futures) {
        ids.addAll(future.get());
      }
      assertEquals(writers * tasksEach, ids.size(), "every writer got distinct ids");
      List<Task> stored = reopen().list(LOCAL);
      assertEquals(writers * tasksEach, stored.size());
      assertEquals(writers * tasksEach / 2, TaskSummary.of(stored).completed());
      assertEquals("ok", pragma("integrity_check"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWriterProcessesLoseNothing() throws Exception {
    emptyStore();
    int each = 60;
    Process one = StoreWriterProcess.start(file(), "p1", each);
    Process two = StoreWriterProcess.start(file(), "p2", each);
    Set<Long> acknowledged = new HashSet<>();
    acknowledged.addAll(StoreWriterProcess.acknowledgedIds(one));
    acknowledged.addAll(StoreWriterProcess.acknowledgedIds(two));
    assertEquals(0, one.waitFor(), "writer 1 failed");
    assertEquals(0, two.waitFor(), "writer 2 failed");
    assertEquals(2 * each, acknowledged.size());
    Set<Long> stored = new HashSet<>();
    reopen().list(LOCAL).forEach(task -> stored.add(task.id()));
    assertEquals(acknowledged, stored);
    assertEquals("ok", pragma("integrity_check"));
  }

  @Test
  void everyAcknowledgedChangeSurvivesKillDashNine() throws Exception {
    emptyStore();
    Process writer = StoreWriterProcess.start(file(), "doomed", Integer.MAX_VALUE);
    List<Long> acknowledged = StoreWriterProcess.readIds(writer, 50);
    writer.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
    writer.waitFor();
    assertFalse(writer.isAlive());

    Set<Long> stored = new HashSet<>();
    reopen().list(LOCAL).forEach(task -> stored.add(task.id()));
    assertTrue(stored.containsAll(acknowledged), "lost acknowledged tasks: " + acknowledged + " vs " + stored);
    assertEquals("ok", pragma("integrity_check"));
    reopen().add(LOCAL, "still writable after the crash");
  }

  private String pragma(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  private static List<String> titles(TaskStore store) {
    List<String> titles = new ArrayList<>();
    store.list(LOCAL).forEach(task -> titles.add(task.title()));
    return titles;
  }

  /** A connection that refuses to commit once it has been asked to insert. */
  private static Connection commitFails(Connection real) {
    boolean[] inserted = {false};
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement") && String.valueOf(args[0]).startsWith("INSERT")) {
            inserted[0] = true;
          }
          if (method.getName().equals("commit") && inserted[0]) {
            throw new SQLException("commit refused");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
