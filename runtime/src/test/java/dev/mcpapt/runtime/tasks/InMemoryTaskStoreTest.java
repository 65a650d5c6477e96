package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InMemoryTaskStoreTest extends TaskStoreContract {
  @Override
  TaskStore emptyStore() {
    return new InMemoryTaskStore(100);
  }

  @Test
  void whenFullAFinishedTaskMakesRoomAndUnfinishedOnesAreKept() throws Exception {
    InMemoryTaskStore small = new InMemoryTaskStore(2);
    small.create(record("a", null, 0, null));
    small.create(record("b", null, 1, null));
    assertThrows(TaskLimitException.class, () -> small.create(record("c", null, 2, null)));
    small.update("a", r -> r.cancelled("stop", r.lastUpdatedAt()));
    small.create(record("c", null, 2, null));
    assertTrue(small.get("a").isEmpty(), "the finished task made room");
    assertTrue(small.get("b").isPresent());
  }
}
