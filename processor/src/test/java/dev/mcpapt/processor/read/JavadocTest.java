package dev.mcpapt.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTest {
  @Test
  void mainTextAndParamsAreCleanedUp() {
    Javadoc doc = Javadoc.parse(" Toggle a task's\n completion status, see {@link TaskTools#listTasks}.\n\n"
        + " <p>Uses {@code long} ids.\n\n @param taskId the task\n   to toggle\n @param <T> ignored\n"
        + " @return the task\n @throws ToolException if missing\n");
    assertEquals("Toggle a task's completion status, see listTasks.\n\nUses long ids.", doc.text());
    assertEquals(Map.of("taskId", "the task to toggle"), doc.params());
  }

  @Test
  void emptyAndTagOnlyComments() {
    assertEquals("", Javadoc.parse("").text());
    assertEquals(Map.of("x", ""), Javadoc.parse("@param x").params());
  }
}
