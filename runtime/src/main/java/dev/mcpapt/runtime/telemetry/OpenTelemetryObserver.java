package dev.mcpapt.runtime.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.RequestObserver;
import dev.mcpapt.runtime.engine.Result;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A span and a duration per request, named as the OpenTelemetry semantic conventions for MCP
 * name them (span {@code "tools/call add"}, kind {@code SERVER}, {@code mcp.method.name},
 * {@code gen_ai.tool.name}, {@code jsonrpc.request.id}, {@code error.type}, ...; histogram
 * {@code mcp.server.operation.duration}). The parent is the trace context the client put in the
 * request's {@code params._meta} ({@code traceparent}, {@code tracestate}, {@code baggage}, as
 * SEP-414 says), else the one of the HTTP request (the current span, or its headers); with both,
 * the HTTP one is linked. Only loaded through {@link Telemetry}, once the API is known present.
 */
final class OpenTelemetryObserver implements RequestObserver {
  static final String SCOPE = "dev.mcpapt.runtime";

  static final AttributeKey<String> METHOD = AttributeKey.stringKey("mcp.method.name");
  static final AttributeKey<String> PROTOCOL_VERSION = AttributeKey.stringKey("mcp.protocol.version");
  static final AttributeKey<String> SESSION_ID = AttributeKey.stringKey("mcp.session.id");
  static final AttributeKey<String> RESOURCE_URI = AttributeKey.stringKey("mcp.resource.uri");
  static final AttributeKey<String> TOOL = AttributeKey.stringKey("gen_ai.tool.name");
  static final AttributeKey<String> PROMPT = AttributeKey.stringKey("gen_ai.prompt.name");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("jsonrpc.request.id");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("rpc.response.status_code");
  static final AttributeKey<String> NETWORK_TRANSPORT = AttributeKey.stringKey("network.transport");
  static final AttributeKey<String> NETWORK_PROTOCOL = AttributeKey.stringKey("network.protocol.name");

  /** The buckets the conventions advise for MCP durations, in seconds. */
  private static final List<Double> BUCKETS =
      List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0);

  private static final TextMapGetter<ObjectNode> META = new TextMapGetter<>() {
    @Override
    public String get(ObjectNode carrier, String key) {
      JsonNode v = carrier == null ? null : carrier.get(key);
      return v != null && v.isTextual() ? v.asText() : null;
    }
  };

  private static final TextMapGetter<Map<String, List<String>>> HEADERS = new TextMapGetter<>() {
    @Override
    public String get(Map<String, List<String>> carrier, String key) {
      List<String> v = carrier == null ? null : carrier.get(key.toLowerCase(java.util.Locale.ROOT));
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  };

  private final Supplier<OpenTelemetry> source;
  private volatile Instruments instruments;
  /** The open counts registered by transports, moved to a new meter when the global instance changes. */
  private final List<Counts> counts = new ArrayList<>();

  private OpenTelemetryObserver(Supplier<OpenTelemetry> source) {
    this.source = source;
  }

  /** Called by {@link Telemetry} by name: {@code openTelemetry} is an {@link OpenTelemetry} or null for the global one. */
  public static RequestObserver create(Object openTelemetry) {
    if (openTelemetry == null) {
      // getOrNoop, not get: reading the global must not freeze it before the application sets it.
      return new OpenTelemetryObserver(GlobalOpenTelemetry::getOrNoop);
    }
    OpenTelemetry given = (OpenTelemetry) openTelemetry;
    return new OpenTelemetryObserver(() -> given);
  }

  /** The tracer and the instruments of one {@link OpenTelemetry}, made once. */
  private static final class Instruments {
    final OpenTelemetry otel;
    final Tracer tracer;
    final Meter meter;
    final DoubleHistogram duration;
    final LongCounter errors;

    Instruments(OpenTelemetry otel) {
      this.otel = otel;
      String version = OpenTelemetryObserver.class.getPackage().getImplementationVersion();
      this.tracer = version == null ? otel.getTracer(SCOPE) : otel.getTracer(SCOPE, version);
      this.meter = otel.getMeter(SCOPE);
      this.duration = meter.histogramBuilder("mcp.server.operation.duration").setUnit("s")
          .setDescription("MCP request duration as observed on the receiver from the time it was received until the result or ack is sent.")
          .setExplicitBucketBoundariesAdvice(BUCKETS).build();
      this.errors = meter.counterBuilder("mcp.server.operation.errors").setUnit("{error}")
          .setDescription("MCP requests that ended with an error, by error.type.").build();
    }
  }

  private Instruments instruments() {
    OpenTelemetry otel = source.get();
    Instruments i = instruments;
    if (i == null || i.otel != otel) {
      synchronized (this) {
        i = instruments;
        if (i == null || i.otel != otel) {
          i = new Instruments(otel);
          instruments = i;
          // The global instance was set after the counts were registered: move them to it.
          for (Counts c : counts) {
            c.register(i.meter);
          }
        }
      }
    }
    return i;
  }

  @Override
  public Observation start(RequestContext request) {
    try {
      return observe(request);
    } catch (RuntimeException | LinkageError e) {
      return Observation.NONE; // telemetry never breaks a request
    }
  }

  private Observation observe(RequestContext request) {
    Instruments in = instruments();
    String method = request.method();
    ObjectNode params = request.params();
    Map<String, List<String>> headers = request.httpHeaders();
    boolean http = headers != null && !headers.isEmpty();

    AttributesBuilder metric = Attributes.builder().put(METHOD, method);
    String target = null;
    if (method.equals("tools/call")) {
      target = text(params, "name");
      if (target != null) {
        metric.put(TOOL, target);
      }
      metric.put(OPERATION, "execute_tool");
    } else if (method.equals("prompts/get")) {
      target = text(params, "name");
      if (target != null) {
        metric.put(PROMPT, target);
      }
    }
    String version = request.protocolVersion();
    if (version != null) {
      metric.put(PROTOCOL_VERSION, version);
    }
    metric.put(NETWORK_TRANSPORT, http ? "tcp" : "pipe");
    if (http) {
      metric.put(NETWORK_PROTOCOL, "http");
    }
    Attributes base = metric.build();

    TextMapPropagator propagator = in.otel.getPropagators().getTextMapPropagator();
    Context ambient = Context.current();
    Context fromHttp = Span.fromContext(ambient).getSpanContext().isValid() ? ambient
        : http && HEADERS.get(headers, "traceparent") != null ? propagator.extract(Context.root(), headers, HEADERS)
        : null;
    ObjectNode meta = request.requestMeta();
    Context fromMeta = meta != null && (meta.has("traceparent") || meta.has("baggage"))
        ? propagator.extract(Context.root(), meta, META) : null;
    Context parent = fromMeta != null ? fromMeta : fromHttp != null ? fromHttp : Context.root();

    SpanBuilder b = in.tracer.spanBuilder(target == null ? method : method + " " + target)
        .setSpanKind(SpanKind.SERVER).setParent(parent).setAllAttributes(base);
    if (fromMeta != null && fromHttp != null) {
      SpanContext transport = Span.fromContext(fromHttp).getSpanContext();
      if (transport.isValid() && !transport.equals(Span.fromContext(fromMeta).getSpanContext())) {
        b.addLink(transport);
      }
    }
    JsonNode id = request.id();
    if (id != null && !id.isNull()) {
      b.setAttribute(REQUEST_ID, id.asText());
    }
    if (method.startsWith("resources/")) {
      String uri = text(params, "uri");
      if (uri != null) {
        b.setAttribute(RESOURCE_URI, uri);
      }
    }
    Object known = request.session() == null ? null : request.session().attributes().get(RequestObserver.SESSION_ID);
    String session = known instanceof String ? (String) known : http ? HEADERS.get(headers, "mcp-session-id") : null;
    if (session != null) {
      b.setAttribute(SESSION_ID, session);
    }
    Span span = b.startSpan();
    return new Watch(in, span, parent.with(span), base, System.nanoTime());
  }

  private static String text(ObjectNode params, String field) {
    JsonNode v = params == null ? null : params.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** One request's span and start time. */
  private static final class Watch implements Observation {
    private final Instruments in;
    private final Span span;
    private final Context context;
    private final Attributes base;
    private final long started;

    Watch(Instruments in, Span span, Context context, Attributes base, long started) {
      this.in = in;
      this.span = span;
      this.context = context;
      this.base = base;
      this.started = started;
    }

    @Override
    public Scope enter() {
      io.opentelemetry.context.Scope s = context.makeCurrent();
      return s::close;
    }

    @Override
    public void end(RequestContext request, Result result, Throwable failure) {
      try {
        Outcome outcome = Outcome.of(request, result, failure);
        Attributes attributes = base;
        if (outcome.failed()) {
          AttributesBuilder b = base.toBuilder().put(ERROR_TYPE, outcome.errorType());
          if (outcome.code() != null) {
            b.put(STATUS_CODE, outcome.code().toString());
          }
          attributes = b.build();
          span.setAttribute(ERROR_TYPE, outcome.errorType());
          if (outcome.code() != null) {
            span.setAttribute(STATUS_CODE, outcome.code().toString());
          }
          span.setStatus(StatusCode.ERROR, outcome.message());
          in.errors.add(1, attributes);
        }
        in.duration.record((System.nanoTime() - started) / 1e9, attributes);
      } catch (RuntimeException | LinkageError e) {
        // telemetry never breaks a request
      } finally {
        span.end();
      }
    }
  }

  @Override
  public AutoCloseable gauges(String transport, IntSupplier sessions, IntSupplier streams) {
    Counts c = new Counts(Attributes.of(NETWORK_PROTOCOL, transport), sessions, streams);
    synchronized (this) {
      c.register(instruments().meter);
      counts.add(c);
    }
    return () -> {
      synchronized (this) {
        counts.remove(c);
        c.unregister();
      }
    };
  }

  /** What a transport holds open, observed when the SDK collects. */
  private static final class Counts {
    private final Attributes attributes;
    private final IntSupplier sessions;
    private final IntSupplier streams;
    private ObservableLongUpDownCounter sessionCounter;
    private ObservableLongUpDownCounter streamCounter;

    Counts(Attributes attributes, IntSupplier sessions, IntSupplier streams) {
      this.attributes = attributes;
      this.sessions = sessions;
      this.streams = streams;
    }

    void register(Meter meter) {
      unregister();
      sessionCounter = meter.upDownCounterBuilder("mcp.server.active_sessions").setUnit("{session}")
          .setDescription("MCP sessions open now.")
          .buildWithCallback(m -> m.record(sessions.getAsInt(), attributes));
      streamCounter = meter.upDownCounterBuilder("mcp.server.active_streams").setUnit("{stream}")
          .setDescription("MCP event streams open now (GET streams, HTTP+SSE streams, streamed answers).")
          .buildWithCallback(m -> m.record(streams.getAsInt(), attributes));
    }

    void unregister() {
      if (sessionCounter != null) {
        sessionCounter.close();
        streamCounter.close();
      }
    }
  }
}
