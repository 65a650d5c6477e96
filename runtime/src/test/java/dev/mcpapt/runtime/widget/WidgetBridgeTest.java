package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WidgetBridgeTest {
  @Test
  void sourceIsTheScript() {
    assertTrue(WidgetBridge.source().startsWith(WidgetBridge.MARKER));
    assertTrue(WidgetBridge.source().contains("global.McpWidget = Object.freeze("));
    assertFalse(WidgetBridge.source().contains("</script"), "the script must be safe to inline");
  }

  @Test
  void inlinesAtTheTopOfHead() {
    String html = "<!doctype html><html><HEAD lang=x><title>t</title></head><body></body></html>";
    String out = WidgetBridge.inline(html);
    assertTrue(out.startsWith("<!doctype html><html><HEAD lang=x>\n<script>\n" + WidgetBridge.MARKER), out);
    assertTrue(out.endsWith("</script>\n<title>t</title></head><body></body></html>"));
  }

  @Test
  void inlinesAfterTheDoctypeWithoutHead() {
    String out = WidgetBridge.inline("<!DOCTYPE html><p>hi</p>");
    assertTrue(out.startsWith("<!DOCTYPE html><script>\n" + WidgetBridge.MARKER), out);
    assertTrue(out.endsWith("</script>\n<p>hi</p>"));
  }

  @Test
  void inlinesOnce() {
    String once = WidgetBridge.inline("<html><head></head></html>");
    assertEquals(once, WidgetBridge.inline(once));
  }
}
