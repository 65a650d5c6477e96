package dev.mcpapt.processor.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the processor inlines the bridge: after the charset, which must stay in the first 1,024 bytes. */
class WidgetInlineTest {
  private static final String BRIDGE = WidgetReader.BRIDGE_MARKER + " */\n" + "// ".repeat(600);

  @Test
  void afterTheDocumentsOwnCharset() {
    String out = WidgetReader.inline("<!doctype html><html><head>\n  <META charset=utf-8>\n  <title>t</title></head></html>", BRIDGE);
    assertTrue(out.startsWith("<!doctype html><html><head>\n  <META charset=utf-8>\n<script>\n" + WidgetReader.BRIDGE_MARKER), out);
    assertEquals(1, out.split("(?i)charset", -1).length - 1, out);
  }

  @Test
  void aDocumentWithoutACharsetGetsOneFirst() {
    String out = WidgetReader.inline("<!doctype html><html><head><title>t</title></head></html>", BRIDGE);
    assertTrue(out.startsWith("<!doctype html><html><head>\n<meta charset=\"utf-8\">\n<script>\n" + WidgetReader.BRIDGE_MARKER), out);
    String bare = WidgetReader.inline("<!doctype html><p>hi</p>", BRIDGE);
    assertTrue(bare.startsWith("<!doctype html><meta charset=\"utf-8\">\n<script>\n"), bare);
    assertTrue(out.indexOf("<title>") > 1024 && out.indexOf("charset") < 1024);
  }
}
