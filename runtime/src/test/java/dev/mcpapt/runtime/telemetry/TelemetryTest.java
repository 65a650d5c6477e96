package dev.mcpapt.runtime.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.TestHandlers;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import dev.mcpapt.runtime.transport.stdio.StdioTransport;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spans and metrics of served requests, read back from the OpenTelemetry SDK's in-memory
 * exporters, over stdio and over HTTP.
 */
class TelemetryTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CLIENT_SPAN = "00f067aa0ba902b7";
  private static final String HTTP_TRACE = "0af7651916cd43dd8448eb211c80319c";
  private static final String HTTP_SPAN = "b7ad6b7169203331";
  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("mcp.method.name");
  private static final AttributeKey<String> TOOL = AttributeKey.stringKey("gen_ai.tool.name");
  private static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk otel;
  /** The baggage a tool saw while it ran. */
  private final AtomicReference<String> seenBaggage = new AtomicReference<>();

  @BeforeEach
  void sdk() {
    otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .setPropagators(ContextPropagators.create(TextMapPropagator.composite(
            W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance())))
        .build();
  }

  @AfterEach
  void close() {
    otel.close();
  }

  /** add, a tool that reports an error, one that throws, and one that reads the current baggage. */
  private McpComponent tools() {
    List<ToolHandler> handlers = List.of(
        tool("add", (args, ctx) -> ToolResult.text(Long.toString(args.path("a").asLong() + args.path("b").asLong()))),
        tool("refuse", (args, ctx) -> ToolResult.error("no, not today")),
        tool("who", (args, ctx) -> {
          seenBaggage.set(Baggage.current().getEntryValue("user"));
          return ToolResult.text("ok");
        }));
    return new McpComponent() {
      @Override
      public Class<?> type() {
        return TelemetryTest.class;
      }

      @Override
      public List<ToolHandler> tools() {
        return handlers;
      }
    };
  }

  private static ToolHandler tool(String name, TestHandlers.Body body) {
    try {
      return TestHandlers.tool((ObjectNode) JSON.readTree("{\"name\":\"" + name + "\",\"description\":\"" + name
          + "\",\"inputSchema\":{\"type\":\"object\"}}"), body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private McpServer server() {
    return McpServer.builder().name("otel-test").version("1.0.0").component(tools()).openTelemetry(otel).build();
  }

  private static String traceMeta(String extra) {
    return "\"traceparent\":\"00-" + TRACE + "-" + CLIENT_SPAN + "-01\",\"tracestate\":\"rojo=00f067aa0ba902b7\""
        + extra;
  }

  private SpanData only(String name) {
    List<SpanData> found = new ArrayList<>();
    for (SpanData s : spans.getFinishedSpanItems()) {
      if (s.getName().equals(name)) {
        found.add(s);
      }
    }
    assertEquals(1, found.size(), "one span named " + name + " in " + spans.getFinishedSpanItems());
    return found.get(0);
  }

  private HistogramPointData duration(String method, String tool) {
    for (MetricData m : metrics.collectAllMetrics()) {
      if (m.getName().equals("mcp.server.operation.duration")) {
        assertEquals("s", m.getUnit());
        for (HistogramPointData p : m.getHistogramData().getPoints()) {
          if (method.equals(p.getAttributes().get(METHOD)) && (tool == null || tool.equals(p.getAttributes().get(TOOL)))) {
            return p;
          }
        }
      }
    }
    return null;
  }

  @Test
  void stdioRequestsAreSpansParentedByTheMetaTraceContext() throws Exception {
    McpServer server = server();
    try {
      PipedOutputStream toServer = new PipedOutputStream();
      PipedInputStream in = new PipedInputStream(toServer, 1 << 16);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Thread t = new Thread(() -> {
        try {
          new StdioTransport(server, in, out, Duration.ofSeconds(5)).run();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      t.start();
      String lines = String.join("\n",
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
              + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
          "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
          "{\"jsonrpc\":\"2.0\",\"id\":\"call-7\",\"method\":\"tools/call\",\"params\":{\"name\":\"add\","
              + "\"arguments\":{\"a\":2,\"b\":40},\"_meta\":{" + traceMeta(",\"baggage\":\"user=alice\"") + "}}}",
          "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"who\",\"arguments\":{},"
              + "\"_meta\":{\"baggage\":\"user=bob\"}}}",
          "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"refuse\",\"arguments\":{}}}",
          "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\",\"arguments\":{}}}",
          "");
      toServer.write(lines.getBytes(StandardCharsets.UTF_8));
      toServer.close();
      t.join(TimeUnit.SECONDS.toMillis(30));
      assertFalse(t.isAlive());
      String answers = out.toString(StandardCharsets.UTF_8);
      assertTrue(answers.contains("\"text\":\"42\""), answers);

      SpanData add = only("tools/call add");
      assertEquals(SpanKind.SERVER, add.getKind());
      assertEquals(TRACE, add.getTraceId(), "the client's trace goes on");
      assertEquals(CLIENT_SPAN, add.getParentSpanId(), "parented by the span in _meta");
      assertTrue(add.getParentSpanContext().isRemote());
      assertEquals("00f067aa0ba902b7", add.getSpanContext().getTraceState().get("rojo"), "tracestate goes on");
      assertEquals("tools/call", add.getAttributes().get(METHOD));
      assertEquals("add", add.getAttributes().get(TOOL));
      assertEquals("execute_tool", add.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name")));
      assertEquals("call-7", add.getAttributes().get(AttributeKey.stringKey("jsonrpc.request.id")));
      assertEquals("2025-11-25", add.getAttributes().get(AttributeKey.stringKey("mcp.protocol.version")));
      assertEquals("pipe", add.getAttributes().get(AttributeKey.stringKey("network.transport")));
      assertNull(add.getAttributes().get(ERROR));
      assertEquals(StatusCode.UNSET, add.getStatus().getStatusCode());

      assertEquals("bob", seenBaggage.get(), "baggage from _meta is current while the tool runs");

      SpanData refused = only("tools/call refuse");
      assertEquals("tool_error", refused.getAttributes().get(ERROR));
      assertEquals(StatusCode.ERROR, refused.getStatus().getStatusCode());

      SpanData unknown = only("tools/call nope");
      assertEquals("-32602", unknown.getAttributes().get(ERROR));
      assertEquals("-32602", unknown.getAttributes().get(AttributeKey.stringKey("rpc.response.status_code")));
      assertEquals(StatusCode.ERROR, unknown.getStatus().getStatusCode());
      assertTrue(unknown.getStatus().getDescription().contains("nope"), unknown.getStatus().getDescription());
      assertFalse(unknown.getParentSpanContext().isValid(), "no trace context sent: a root span");

      SpanData init = only("initialize");
      assertEquals("initialize", init.getAttributes().get(METHOD));

      HistogramPointData addDuration = duration("tools/call", "add");
      assertNotNull(addDuration, "a duration per method and tool");
      assertEquals(1, addDuration.getCount());
      assertEquals(List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0),
          addDuration.getBoundaries(), "the buckets the conventions advise");
      long errors = 0;
      for (MetricData m : metrics.collectAllMetrics()) {
        if (m.getName().equals("mcp.server.operation.errors")) {
          for (LongPointData p : m.getLongSumData().getPoints()) {
            if ("-32602".equals(p.getAttributes().get(ERROR)) || "tool_error".equals(p.getAttributes().get(ERROR))) {
              errors += p.getValue();
            }
          }
        }
      }
      assertEquals(2, errors, "errors counted by type");
    } finally {
      server.close();
    }
  }

  private HttpResponse<String> post(HttpClient client, URI uri, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String modernCall(String tool, String meta) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":{\"a\":1,\"b\":2},\"_meta\":{" + meta
        + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
  }

  @Test
  void httpRequestsTakeTheirParentFromMetaElseFromHeadersAndLinkTheHttpContext() throws Exception {
    McpServer server = server();
    McpHttpServer http = McpHttpServer.start(server, HttpOptions.builder().port(0).build());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String headerParent = "00-" + HTTP_TRACE + "-" + HTTP_SPAN + "-01";
    String[] modern = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "add"};
    try {
      // headers only
      HttpResponse<String> r = post(client, http.uri(), modernCall("add", ""),
          concat(modern, "traceparent", headerParent));
      assertEquals(200, r.statusCode(), r.body());
      SpanData fromHeaders = only("tools/call add");
      assertEquals(HTTP_TRACE, fromHeaders.getTraceId());
      assertEquals(HTTP_SPAN, fromHeaders.getParentSpanId());
      assertEquals("tcp", fromHeaders.getAttributes().get(AttributeKey.stringKey("network.transport")));
      assertEquals("http", fromHeaders.getAttributes().get(AttributeKey.stringKey("network.protocol.name")));
      assertEquals("2026-07-28", fromHeaders.getAttributes().get(AttributeKey.stringKey("mcp.protocol.version")));
      spans.reset();

      // both: _meta wins, the HTTP context is linked
      r = post(client, http.uri(), modernCall("add", traceMeta(",")), concat(modern, "traceparent", headerParent));
      assertEquals(200, r.statusCode(), r.body());
      SpanData both = only("tools/call add");
      assertEquals(TRACE, both.getTraceId());
      assertEquals(CLIENT_SPAN, both.getParentSpanId());
      assertEquals(1, both.getLinks().size(), both.getLinks().toString());
      assertEquals(HTTP_SPAN, both.getLinks().get(0).getSpanContext().getSpanId());
      spans.reset();

      // a session of 2025-11-25: its id on the span, and counted while open
      spans.reset();
      HttpResponse<String> init = post(client, http.uri(), "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
          + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
      String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
      post(client, http.uri(), "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
          "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25");
      r = post(client, http.uri(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"refuse\"}}",
          "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25");
      assertEquals(200, r.statusCode(), r.body());
      SpanData refused = only("tools/call refuse");
      assertEquals(session, refused.getAttributes().get(AttributeKey.stringKey("mcp.session.id")));
      assertEquals(session, only("initialize").getAttributes().get(AttributeKey.stringKey("mcp.session.id")),
          "the session's id is known from its initialize on");
      assertEquals("tool_error", refused.getAttributes().get(ERROR));
      assertEquals(1, gauge("mcp.server.active_sessions"), "one session open");
      assertEquals(0, gauge("mcp.server.active_streams"));
      assertNotNull(duration("tools/call", "refuse"));
    } finally {
      http.close();
      server.close();
    }
  }

  private long gauge(String name) {
    for (MetricData m : metrics.collectAllMetrics()) {
      if (m.getName().equals(name)) {
        long sum = 0;
        for (LongPointData p : m.getLongSumData().getPoints()) {
          sum += p.getValue();
        }
        return sum;
      }
    }
    throw new AssertionError("no metric " + name);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void theGlobalInstanceIsUsedEvenWhenSetAfterTheServerStarted() throws Exception {
    GlobalOpenTelemetry.resetForTest();
    McpServer server = McpServer.builder().component(tools()).build();
    McpHttpServer http = McpHttpServer.start(server, HttpOptions.builder().port(0).build());
    try {
      GlobalOpenTelemetry.set(otel);
      HttpResponse<String> r = post(HttpClient.newHttpClient(), http.uri(), modernCall("add", traceMeta(",")),
          "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "add");
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(TRACE, only("tools/call add").getTraceId());
      assertNotNull(duration("tools/call", "add"));
      assertEquals(0, gauge("mcp.server.active_sessions"), "the counts registered at start moved to the new instance");
    } finally {
      http.close();
      server.close();
      GlobalOpenTelemetry.resetForTest();
    }
  }

  @Test
  void turnedOffNothingIsRecorded() throws Exception {
    McpServer server = McpServer.builder().component(tools()).openTelemetry(otel).telemetry(false).build();
    try {
      McpHttpServer http = McpHttpServer.start(server, HttpOptions.builder().port(0).build());
      try {
        HttpResponse<String> r = post(HttpClient.newHttpClient(), http.uri(), modernCall("add", traceMeta(",")),
            "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "add");
        assertEquals(200, r.statusCode(), r.body());
      } finally {
        http.close();
      }
      assertEquals(List.of(), spans.getFinishedSpanItems());
      assertTrue(metrics.collectAllMetrics().isEmpty());
    } finally {
      server.close();
    }
  }
}
