package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.spi.ResourceHandler;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WidgetResourcesTest {
  @Test
  void servesTheIndexedDocumentWithTheSameMetaAsTheListEntry() throws Exception {
    List<ResourceHandler> handlers = WidgetResources.load(WidgetResourcesTest.class, "META-INF/mcp/com.example.Board.widgets.json");
    assertEquals(1, handlers.size());
    ResourceHandler board = handlers.get(0);
    assertEquals("ui://tasks/board.html?v=0123456789", board.uri());
    assertEquals("text/html;profile=mcp-app", board.descriptor().get("mimeType").asText());

    List<ResourceContents> contents = board.read(null).toCompletableFuture().join();
    assertEquals(1, contents.size());
    ResourceContents html = contents.get(0);
    assertEquals(board.uri(), html.uri());
    assertEquals("text/html;profile=mcp-app", html.mimeType());
    assertTrue(html.text().contains("<body>board</body>"));
    assertEquals(board.descriptor().get("_meta"), html.meta());
    assertSame(contents, board.read(null).toCompletableFuture().join(), "read once, then cached");
  }

  @Test
  void servesTheSourceFreshFromADirectoryWhenAsked(@TempDir Path dir) throws Exception {
    ResourceHandler board =
        WidgetResources.load(WidgetResourcesTest.class, "META-INF/mcp/com.example.Board.widgets.json").get(0);
    Files.createDirectories(dir.resolve("widgets"));
    Files.writeString(dir.resolve("widgets/board.html"), "<!doctype html><html><head></head><body>edited</body></html>");
    System.setProperty(WidgetResources.SOURCE_DIR, dir.toString());
    try {
      ResourceContents first = board.read(null).toCompletableFuture().join().get(0);
      assertTrue(first.text().contains("<body>edited</body>"), first.text());
      assertTrue(first.text().contains(WidgetBridge.MARKER), "the bridge is inlined as at compile time");
      assertEquals(board.descriptor().get("_meta"), first.meta());
      Files.writeString(dir.resolve("widgets/board.html"), "<!doctype html><html><head></head><body>again</body></html>");
      assertTrue(board.read(null).toCompletableFuture().join().get(0).text().contains("<body>again</body>"), "read fresh");
    } finally {
      System.clearProperty(WidgetResources.SOURCE_DIR);
    }
    assertTrue(board.read(null).toCompletableFuture().join().get(0).text().contains("<body>board</body>"));
  }

  @Test
  void aMissingIndexSaysWhatIsWrong() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> WidgetResources.load(WidgetResourcesTest.class, "META-INF/mcp/nope.json"));
    assertTrue(e.getCause().getMessage().contains("missing from the class path"), e.getCause().getMessage());
  }
}
