package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.ServerEngines;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves an MCP server over HTTP on embedded Jetty 12: Streamable HTTP at {@code /mcp} (the
 * stateless 2026-07-28 and the session-based 2025-03-26 to 2025-11-25 on one endpoint) and
 * HTTP+SSE (2024-11-05) at {@code /sse} and {@code /messages}, on one port, over HTTP/1.1 and
 * cleartext HTTP/2 (h2c, by prior knowledge or upgrade).
 *
 * <pre>{@code
 * McpServer server = McpServer.builder().tools(new TaskTools()).build();
 * try (McpHttpServer http = McpHttpServer.start(server, HttpOptions.builder().port(8001).build())) {
 *   http.awaitStop();
 * }
 * }</pre>
 *
 * <p>Requests are handled on virtual threads when the JDK has them (21+), else on a bounded pool.
 * {@link #close()} drains: new requests get 503, long-lived streams end, requests in flight get
 * up to {@link HttpOptions#shutdownGrace()} to finish.
 */
public final class McpHttpServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.http");

  private final Server jetty;
  private final ServerConnector connector;
  private final McpHttpEndpoint endpoint;
  private final HttpOptions options;
  private volatile boolean closed;
  /** Set first thing when stopping, so the readiness probe fails before anything else changes. */
  private volatile boolean draining;
  /** The telemetry gauges of open sessions and streams, unregistered on close. */
  private AutoCloseable gauges = () -> {};

  private McpHttpServer(Engine engine, HttpOptions options, Handler first) {
    this.options = Objects.requireNonNull(options, "options");
    QueuedThreadPool pool = new QueuedThreadPool(256, 8);
    pool.setName("mcp-http");
    pool.setDaemon(true);
    Executor writers = pool;
    if (VirtualThreads.areSupported()) {
      pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("mcp-http-v"));
      writers = VirtualThreads.getNamedVirtualThreadsExecutor("mcp-http-writer");
    }
    this.jetty = new Server(pool);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(options.maxHeaderBytes());
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    HttpConnectionFactory http1 = new HttpConnectionFactory(config);
    this.connector = options.http2()
        ? new ServerConnector(jetty, http1, new HTTP2CServerConnectionFactory(config))
        : new ServerConnector(jetty, http1);
    connector.setHost(options.host());
    connector.setPort(options.port());
    connector.setIdleTimeout(options.idleTimeout().toMillis());
    jetty.addConnector(connector);
    boolean loopbackBound = RequestPolicy.isLoopback(options.host());
    this.endpoint = new McpHttpEndpoint(engine, options, writers, loopbackBound);
    // Jetty runs a non-blocking handler on the thread that read the request, with no hand-off to
    // a pool thread (or, on 21+, to a virtual thread). The endpoint is one: it reads bodies
    // without waiting and the engine runs on that thread only what never blocks, handing the rest
    // to its workers. Unless something on the way may wait: a token check may fetch the issuer's
    // keys, and a shared store is a database.
    Handler mcp = options.oauth() == null && options.store() == null
        ? new Handler.Abstract.NonBlocking() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            endpoint.handle(new JettyExchange(request, response, callback));
            return true;
          }
        }
        : new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            endpoint.handle(new JettyExchange(request, response, callback));
            return true;
          }
        };
    Handler served = first == null ? mcp
        : new Handler.Sequence(guarded(first, new RequestPolicy(options, loopbackBound)), mcp);
    jetty.setHandler(options.probes() ? new Handler.Sequence(probes(new Probes(options, () -> draining), pool), served)
        : served);
    jetty.setErrorHandler(new JsonErrorHandler());
    jetty.setStopTimeout(options.shutdownGrace().toMillis());
  }

  /** Starts serving {@code server}'s engine; returns once the port is bound. */
  public static McpHttpServer start(McpServer server, HttpOptions options) throws IOException {
    return start(ServerEngines.of(server), options);
  }

  /** Starts serving {@code engine}; returns once the port is bound. */
  public static McpHttpServer start(Engine engine, HttpOptions options) throws IOException {
    return start(engine, options, null);
  }

  /**
   * Starts serving {@code engine}, with {@code first} offered every request before the MCP
   * endpoints (it declines a request by returning false), e.g. the dev host of {@code --dev}.
   */
  public static McpHttpServer start(Engine engine, HttpOptions options, Handler first) throws IOException {
    McpHttpServer s = new McpHttpServer(engine, options, first);
    try {
      s.jetty.start();
    } catch (IOException e) {
      s.endpoint.shutdown(Duration.ZERO);
      throw e;
    } catch (Exception e) {
      s.endpoint.shutdown(Duration.ZERO);
      throw new IOException("Cannot start the HTTP server on " + options.host() + ":" + options.port()
          + ": " + e.getMessage(), e);
    }
    s.gauges = engine.observer().gauges("http", s.endpoint::sessionCount, s.endpoint::streamCount);
    LOG.log(System.Logger.Level.INFO, () -> "MCP over HTTP on " + s.uri() + " (Streamable HTTP"
        + (options.httpSse() ? "; HTTP+SSE at " + options.ssePath() : "") + ")");
    return s;
  }

  /** The port bound (the real one when {@link HttpOptions#port()} was 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The Streamable HTTP endpoint, e.g. {@code http://127.0.0.1:8001/mcp}. */
  public URI uri() {
    String host = options.host();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    if (host.equals("0.0.0.0") || host.equals("[::]")) {
      host = "127.0.0.1";
    }
    return URI.create("http://" + host + ":" + port() + options.mcpPath());
  }

  /** The address bound. */
  public InetSocketAddress address() {
    return new InetSocketAddress(options.host(), port());
  }

  public HttpOptions options() {
    return options;
  }

  /** Sessions open now (Streamable HTTP and HTTP+SSE). */
  public int sessionCount() {
    return endpoint.sessionCount();
  }

  /** Blocks until the server stops. */
  public void awaitStop() throws InterruptedException {
    jetty.join();
  }

  /**
   * Stops gracefully: new requests get 503, GET and {@code subscriptions/listen} streams end,
   * requests in flight get up to {@link HttpOptions#shutdownGrace()}, then the port closes. Does
   * not stop the engine (the {@link McpServer} owns it).
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    draining = true;
    endpoint.shutdown(options.shutdownGrace());
    try {
      jetty.stop();
      gauges.close();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "Stopping the HTTP server failed", e);
    }
  }

  /** Whether {@link #close()} has begun: the readiness probe answers 503 from then on. */
  public boolean isDraining() {
    return draining;
  }

  /**
   * The probes, before the {@code Host}/{@code Origin} checks and authorization: an orchestrator
   * probes by the pod's address, with no browser origin and no token.
   */
  static Handler probes(Probes probes, Executor pool) {
    // Non-blocking so that it does not make the whole sequence blocking: a probe's answer, which
    // may run the application's health checks, is computed on the pool instead.
    return new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!Probes.isProbe(path)) {
          return false;
        }
        pool.execute(() -> {
          try {
            answer(request, response, callback, probes.answer(request.getMethod(), path));
          } catch (RuntimeException e) {
            callback.failed(e);
          }
        });
        return true;
      }
    };
  }

  private static void answer(Request request, Response response, Callback callback, Probes.Answer a) {
    response.setStatus(a.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (a.allow() != null) {
      response.getHeaders().put(HttpHeader.ALLOW, a.allow());
    }
    boolean head = request.getMethod().equals("HEAD");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, a.body().length);
    response.write(true, head ? null : ByteBuffer.wrap(a.body()), callback);
  }

  /**
   * {@code first} (the dev host) behind the same {@code Host} and {@code Origin} check as the MCP
   * endpoints, before anything else: a refused request gets the same {@code 403} and JSON-RPC
   * error, whatever its path.
   */
  static Handler guarded(Handler first, RequestPolicy policy) {
    return new Handler.Wrapper(first) {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        String problem = policy.checkHost(host != null ? host : request.getHttpURI().getAuthority());
        if (problem == null) {
          problem = policy.checkOrigin(request.getHeaders().get(HttpHeader.ORIGIN));
        }
        if (problem == null) {
          return super.handle(request, response, callback);
        }
        response.setStatus(403);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(Messages.error(null, new McpError(McpError.INVALID_REQUEST, problem))),
            callback);
        return true;
      }
    };
  }

  /** Jetty's own error answers (bad requests, oversize headers, ...) as JSON-RPC errors, no stack traces. */
  static final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
      setShowStacks(false);
      setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus();
      Object message = request.getAttribute(ERROR_MESSAGE);
      byte[] body = body(status, message instanceof String ? (String) message : null);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      response.write(true, ByteBuffer.wrap(body), callback);
      return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json");
      return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
      String text = switch (status) {
        case 431 -> "Request header fields too large";
        case 413 -> "Payload too large";
        case 400 -> "Bad request";
        case 404 -> "Not found";
        case 405 -> "Method not allowed";
        case 408 -> "Request timeout";
        case 414 -> "URI too long";
        case 500 -> "Internal error";
        case 503 -> "Service unavailable";
        default -> "HTTP error " + status;
      };
      if (reason != null && !reason.isBlank() && status != 500) {
        text = text + ": " + HttpWire.clip(reason);
      }
      int code = status >= 500 ? McpError.INTERNAL_ERROR : McpError.INVALID_REQUEST;
      return Messages.error(null, new McpError(code, text));
    }
  }
}
