package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTaskStoreTest extends TaskStoreContract {
  @TempDir Path dir;

  @Override
  TaskStore emptyStore() {
    return JdbcTaskStore.open("jdbc:sqlite:" + dir.resolve("tasks.db"));
  }

  @Test
  void aReopenedFileStillHasTheTask() throws Exception {
    TaskRecord t = record("kept", "iss alice", 0, 60_000L);
    store().create(t);
    try (JdbcTaskStore again = JdbcTaskStore.open("jdbc:sqlite:" + dir.resolve("tasks.db"))) {
      assertEquals(t, again.get("kept").orElseThrow());
    }
  }
}
