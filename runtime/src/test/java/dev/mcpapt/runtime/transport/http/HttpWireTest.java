package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpWireTest {
  @Test
  void acceptHeaders() {
    assertEquals(new HttpWire.Accept(true, true), HttpWire.Accept.of(null));
    assertEquals(new HttpWire.Accept(true, true), HttpWire.Accept.of("application/json, text/event-stream"));
    assertEquals(new HttpWire.Accept(true, true), HttpWire.Accept.of("*/*"));
    assertEquals(new HttpWire.Accept(true, false), HttpWire.Accept.of("application/json"));
    assertEquals(new HttpWire.Accept(false, true), HttpWire.Accept.of("text/event-stream"));
    assertEquals(new HttpWire.Accept(true, false), HttpWire.Accept.of("application/json, text/event-stream;q=0"));
    assertEquals(new HttpWire.Accept(true, true), HttpWire.Accept.of("application/json;q=0.5, text/*;q=0.1"));
    assertEquals(new HttpWire.Accept(false, false), HttpWire.Accept.of("text/html"));
  }

  @Test
  void headerValuesAndTheBase64Form() {
    assertEquals("get_weather", HttpWire.decodeHeaderValue("get_weather"));
    assertEquals("Hello, 世界", HttpWire.decodeHeaderValue("=?base64?SGVsbG8sIOS4lueVjA==?="));
    assertEquals(" padded ", HttpWire.decodeHeaderValue("=?base64?IHBhZGRlZCA=?="));
    assertNull(HttpWire.decodeHeaderValue("=?base64?not base64!?="));
    assertNull(HttpWire.decodeHeaderValue("caf\u00e9"));
    assertNull(HttpWire.decodeHeaderValue("a\u0001b"));
  }

  @Test
  void errorCodesAndStatuses() {
    assertNull(HttpWire.errorCode(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"error\":{\"code\":-32601}}}")));
    assertEquals(-32601, HttpWire.errorCode(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"message\":\"x\",\"code\":-32601}}")));
    assertEquals(404, HttpWire.statusOf(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"m\"}}")));
    assertEquals(400, HttpWire.statusOf(bytes("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32022,\"message\":\"m\",\"data\":{}}}")));
    assertEquals(200, HttpWire.statusOf(bytes("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32603,\"message\":\"m\"}}")));
    assertEquals(200, HttpWire.statusOf(bytes("[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}]")));
  }

  @Test
  void jsonMediaTypes() {
    assertTrue(HttpWire.isJson(null));
    assertTrue(HttpWire.isJson("application/json; charset=utf-8"));
    assertTrue(HttpWire.isJson("application/vnd.api+json"));
    assertFalse(HttpWire.isJson("text/plain"));
  }

  @Test
  void eventIds() {
    assertEquals(3, EventLog.parseId("3-17")[0]);
    assertEquals(17, EventLog.parseId("3-17")[1]);
    assertNull(EventLog.parseId("x-1"));
    assertNull(EventLog.parseId("17"));
    EventLog log = new EventLog(3);
    for (int i = 0; i < 5; i++) {
      log.append(i % 2, new byte[] {(byte) i});
    }
    assertEquals(2, log.after(0, 0).size()); // seq 3 and 5 kept, seq 1 dropped
    assertEquals(1, log.after(1, 0).size());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
