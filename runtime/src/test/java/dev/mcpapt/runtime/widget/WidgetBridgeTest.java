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
  void inlinesAtTheTopOfHeadAfterACharsetItAdds() {
    String html = "<!doctype html><html><HEAD lang=x><title>t</title></head><body></body></html>";
    String out = WidgetBridge.inline(html);
    assertTrue(out.startsWith("<!doctype html><html><HEAD lang=x>\n<meta charset=\"utf-8\">\n<script>\n" + WidgetBridge.MARKER), out);
    assertTrue(out.endsWith("</script>\n<title>t</title></head><body></body></html>"));
  }

  @Test
  void inlinesRightAfterTheDocumentsOwnCharset() {
    String html = "<!doctype html>\n<html>\n<head>\n  <META Charset=\"UTF-8\">\n  <meta name=\"viewport\" content=\"x\">\n</head></html>";
    String out = WidgetBridge.inline(html);
    assertTrue(out.startsWith("<!doctype html>\n<html>\n<head>\n  <META Charset=\"UTF-8\">\n<script>\n" + WidgetBridge.MARKER), out);
    assertEquals(1, out.toLowerCase(java.util.Locale.ROOT).split("charset", -1).length - 1, "no second charset: " + out);
    assertTrue(out.indexOf("charset") < 1024);
    assertTrue(out.length() > 1024 && out.indexOf("<meta name=\"viewport\"") > 1024, "the bridge is longer than the window");
  }

  @Test
  void inlinesAfterTheDoctypeWithoutHead() {
    String out = WidgetBridge.inline("<!DOCTYPE html><p>hi</p>");
    assertTrue(out.startsWith("<!DOCTYPE html><meta charset=\"utf-8\">\n<script>\n" + WidgetBridge.MARKER), out);
    assertTrue(out.endsWith("</script>\n<p>hi</p>"));
  }

  @Test
  void inlinesOnce() {
    String once = WidgetBridge.inline("<html><head></head></html>");
    assertEquals(once, WidgetBridge.inline(once));
  }
}
