package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.ServerEngines;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MCP HTTP transports as a Jakarta Servlet (6.0), to deploy an MCP server into an existing
 * servlet container or Spring Boot application instead of {@link McpHttpServer}'s embedded
 * Jetty. It serves the same paths below its mapping ({@code /mcp}, {@code /sse},
 * {@code /messages} by default), with the same checks and limits. It must be registered with
 * async support:
 *
 * <pre>{@code
 * // Spring Boot
 * @Bean
 * ServletRegistrationBean<McpServlet> mcp(McpServer server) {
 *   var bean = new ServletRegistrationBean<>(new McpServlet(server,
 *       HttpOptions.builder().allowedOrigin("https://chatgpt.com").build()), "/*");
 *   bean.setAsyncSupported(true);
 *   return bean;
 * }
 * }</pre>
 *
 * <p>The container owns the listening socket, so {@link HttpOptions#host()}, {@link HttpOptions#port()},
 * header size and idle timeouts are the container's settings; {@code Host} names are checked only
 * against {@link HttpOptions#allowedHosts()} when that is set. The servlet API is a
 * {@code provided} dependency of the runtime: an application that never uses this class does not
 * need it.
 */
public class McpServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final AtomicInteger WRITERS = new AtomicInteger();

  private final transient Engine engine;
  private final transient HttpOptions options;
  private transient ExecutorService writers;
  private transient McpHttpEndpoint endpoint;
  private transient Probes probes;
  private transient volatile boolean draining;

  public McpServlet(McpServer server, HttpOptions options) {
    this(ServerEngines.of(server), options);
  }

  public McpServlet(Engine engine, HttpOptions options) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public void init() {
    writers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "mcp-servlet-writer-" + WRITERS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    endpoint = new McpHttpEndpoint(engine, options, writers, false);
    probes = options.probes() ? new Probes(options, () -> draining) : null;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    McpHttpEndpoint e = endpoint;
    if (e == null) {
      response.setStatus(503);
      return;
    }
    String path = request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
    if (probes != null && path != null && Probes.isProbe(path)) {
      probe(request.getMethod(), path, response);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(0);
    e.handle(new ServletExchange(request, response, async));
  }

  /** The probes below this servlet's path, outside the Host/Origin checks (see {@link HttpOptions#probes()}). */
  private void probe(String method, String path, HttpServletResponse response) throws java.io.IOException {
    Probes.Answer a = probes.answer(method, path);
    response.setStatus(a.status());
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    if (a.allow() != null) {
      response.setHeader("Allow", a.allow());
    }
    response.setContentLength(a.body().length);
    if (!method.equals("HEAD")) {
      response.getOutputStream().write(a.body());
    }
  }

  /** Sessions open now. */
  public int sessionCount() {
    McpHttpEndpoint e = endpoint;
    return e == null ? 0 : e.sessionCount();
  }

  /** Ends the streams and waits (bounded by {@link HttpOptions#shutdownGrace()}) for requests in flight. */
  @Override
  public void destroy() {
    draining = true;
    McpHttpEndpoint e = endpoint;
    if (e != null) {
      e.shutdown(options.shutdownGrace());
    }
    if (writers != null) {
      writers.shutdown();
    }
  }
}
