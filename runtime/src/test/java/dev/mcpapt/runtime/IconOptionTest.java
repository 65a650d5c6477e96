package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Main --icon}: the server's own icons from the command line, checked as {@code @Icon} is. */
class IconOptionTest {
  @Test
  void readsTheOptionalPartsFromTheEnd() {
    assertEquals(new Icon("https://example.com/icon.png", null, List.of(), null),
        IconOption.parse("https://example.com/icon.png"));
    assertEquals(new Icon("https://example.com/icon.png", "image/png", List.of("48x48", "96x96"), "dark"),
        IconOption.parse("https://example.com/icon.png;image/png;48x48,96x96;dark"));
    assertEquals(new Icon("https://example.com/icon.svg", null, List.of("any"), null),
        IconOption.parse("https://example.com/icon.svg;any"));
    // a data: URI has semicolons of its own
    assertEquals(new Icon("data:image/png;base64,iVBORw0KGgo=", "image/png", List.of("16x16"), null),
        IconOption.parse("data:image/png;base64,iVBORw0KGgo=;image/png;16x16"));
    assertEquals(new Icon("data:image/svg+xml;base64,PHN2Zy8+", null, List.of(), "light"),
        IconOption.parse("data:image/svg+xml;base64,PHN2Zy8+;light"));
  }

  @Test
  void rejectsWhatIconRejects() {
    assertEquals("\"http://example.com/i.png\" must be an https: URL or a data: URI (write SRC[;MIME[;SIZES[;THEME]]],"
            + " e.g. https://example.com/icon.png;image/png;48x48)",
        assertThrows(IllegalArgumentException.class, () -> IconOption.parse("http://example.com/i.png")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IconOption.parse("https:///i.png"))
        .getMessage().startsWith("\"https:///i.png\" has no host"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IconOption.parse("data:text/plain;base64,aGk="))
        .getMessage().startsWith("the data: URI's type is not an image type"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IconOption.parse("data:image/png;base64,!!!"))
        .getMessage().startsWith("the data: URI's base64 does not decode"));
    assertEquals("\"image/PNG\" is not an image type such as image/png",
        assertThrows(IllegalArgumentException.class, () -> IconOption.parse("https://example.com/i.png;image/PNG"))
            .getMessage());
    // a size that is not WxH is not taken as sizes, so it ends up in the URL, which then is no URI
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IconOption.parse("https://example.com/i.png;48 px"))
        .getMessage().contains("is not a URI"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IconOption.parse(";image/png"))
        .getMessage().startsWith("the icon has no source"));
  }

  @Test
  void theLauncherCollectsRepeatedIconsAndNamesABadOne() throws Exception {
    Main.Options o = Main.parse(new String[] {"--stdio", "--icon", "https://example.com/a.png;image/png",
        "--icon", "https://example.com/b.svg;image/svg+xml;any;dark"});
    assertEquals(List.of(), o.errors);
    assertEquals(List.of(new Icon("https://example.com/a.png", "image/png", List.of(), null),
        new Icon("https://example.com/b.svg", "image/svg+xml", List.of("any"), "dark")), o.icons);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"--stdio", "--icon", "ftp://example.com/a.png"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("--icon: \"ftp://example.com/a.png\" must be an https: URL or a data: URI"), e);
    assertTrue(e.contains("Usage:"), e);
    assertEquals(0, Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--icon <src>"));
  }
}
