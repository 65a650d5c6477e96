package dev.mcpapt.it.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The TypeScript compiler reads {@link Board}'s generated declarations, whose tools declare their
 * widget data ({@code Meta}, from {@code BoardView}): widget code reading {@code _meta} through
 * {@code callTool}, {@code toolMeta}, the {@code toolresult} event and ChatGPT's {@code
 * toolResponseMetadata} type-checks, and reading it with the wrong types does not.
 */
class WidgetDataDeclarationsCheckTest {
  @Test
  void readingTheWidgetDataTypeChecks() throws Exception {
    TypeScriptDeclarationsCheckTest.Result r = TypeScriptDeclarationsCheckTest.tsc("typed-meta.ts");
    assertEquals(0, r.exit(), r.output());
  }

  @Test
  void misreadingItIsCaughtWhereItIs() throws Exception {
    TypeScriptDeclarationsCheckTest.Result r = TypeScriptDeclarationsCheckTest.tsc("mistyped-meta.ts");
    assertNotEquals(0, r.exit(), "the mistakes were not caught:\n" + r.output());
    for (int line = 7; line <= 10; line++) {
      assertTrue(r.output().contains("mistyped-meta.ts(" + line + ","), "line " + line + ":\n" + r.output());
    }
    assertTrue(r.output().contains("no_such_tool"), r.output());
    assertEquals(4, r.output().lines().filter(l -> l.contains("error TS")).count(), r.output());
  }
}
