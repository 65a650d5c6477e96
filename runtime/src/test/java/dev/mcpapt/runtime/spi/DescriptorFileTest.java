package dev.mcpapt.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated factory numbers its members by their place in its descriptor file, so the file it is
 * served with must be the one written beside it: {@code DescriptorFile.load} refuses a file whose
 * digest differs, as a stale copy from another build of the class would.
 */
class DescriptorFileTest {
  private static final String CLASS = "dev.mcpapt.runtime.spi.DescriptorFileTest";

  @Test
  void theFileWrittenBesideTheFactoryIsRead() {
    DescriptorFile file = DescriptorFile.load(DescriptorFileTest.class, CLASS, "1234abcd");
    assertEquals(List.of("first", "second"), List.copyOf(file.entries("tools", "name").keySet()));
    assertSame(file, DescriptorFile.load(DescriptorFileTest.class, CLASS, "1234abcd"), "read once");
  }

  @Test
  void aFileFromAnotherBuildIsRefused() {
    DescriptorFile.load(DescriptorFileTest.class, CLASS, "1234abcd");
    // Already read and cached: the check is made on every load, not only the first.
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DescriptorFile.load(DescriptorFileTest.class, CLASS, "9876fedc"));
    assertTrue(e.getMessage().contains("META-INF/mcp/" + CLASS + ".json"), e.getMessage());
    assertTrue(e.getMessage().contains("another build"), e.getMessage());
    assertTrue(e.getMessage().contains("digest 1234abcd, expected 9876fedc"), e.getMessage());
  }

  @Test
  void aMissingFileSaysSo() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DescriptorFile.load(DescriptorFileTest.class, "dev.mcpapt.runtime.spi.NoSuchClass", "1234abcd"));
    assertTrue(e.getMessage().startsWith("Missing META-INF/mcp/dev.mcpapt.runtime.spi.NoSuchClass.json"), e.getMessage());
  }
}
