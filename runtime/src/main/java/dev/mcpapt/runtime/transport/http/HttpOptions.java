package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.auth.OAuthOptions;
import dev.mcpapt.runtime.health.HealthCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the HTTP transports listen and what they allow. Immutable; make one with {@link #builder()}.
 *
 * <pre>{@code
 * HttpOptions options = HttpOptions.builder()
 *     .host("127.0.0.1").port(8001)
 *     .allowedOrigin("https://chatgpt.com")
 *     .build();
 * }</pre>
 *
 * <p>The defaults suit a server on the local machine: it binds {@code 127.0.0.1}, accepts only
 * loopback {@code Host} names, and accepts an {@code Origin} only if it is a loopback origin or
 * listed with {@link Builder#allowedOrigin}.
 */
public final class HttpOptions {
  /** The port of {@code --http} when none is given. */
  public static final int DEFAULT_PORT = 8001;
  /** The liveness probe's path: 200 while the process serves HTTP at all. */
  public static final String HEALTH_PATH = "/healthz";
  /** The readiness probe's path: 200 while every health check is up and the server is not stopping. */
  public static final String READY_PATH = "/readyz";

  private final String host;
  private final int port;
  private final String mcpPath;
  private final String ssePath;
  private final String messagesPath;
  private final List<String> allowedOrigins;
  private final List<String> allowedHosts;
  private final boolean cors;
  private final boolean legacySessions;
  private final boolean httpSse;
  private final boolean http2;
  private final int maxBodyBytes;
  private final int maxHeaderBytes;
  private final int maxSessions;
  private final int maxStreamsPerSession;
  private final int maxStreams;
  private final int eventLogSize;
  private final Duration sessionIdleTimeout;
  private final int sessionsPerSecondPerClient;
  private final int sessionBurstPerClient;
  private final Duration bodyTimeout;
  private final Duration ssePollAfter;
  private final Duration idleTimeout;
  private final Duration keepAliveInterval;
  private final Duration shutdownGrace;
  private final OAuthOptions oauth;
  private final boolean probes;
  private final List<HealthCheck> healthChecks;
  private final Duration healthCheckTimeout;

  private HttpOptions(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.mcpPath = b.mcpPath;
    this.ssePath = b.ssePath;
    this.messagesPath = b.messagesPath;
    this.allowedOrigins = List.copyOf(b.allowedOrigins);
    this.allowedHosts = List.copyOf(b.allowedHosts);
    this.cors = b.cors;
    this.legacySessions = b.legacySessions;
    this.httpSse = b.httpSse;
    this.http2 = b.http2;
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxHeaderBytes = b.maxHeaderBytes;
    this.maxSessions = b.maxSessions;
    this.maxStreamsPerSession = b.maxStreamsPerSession;
    this.maxStreams = b.maxStreams;
    this.eventLogSize = b.eventLogSize;
    this.sessionIdleTimeout = b.sessionIdleTimeout;
    this.sessionsPerSecondPerClient = b.sessionsPerSecondPerClient;
    this.sessionBurstPerClient = b.sessionBurstPerClient;
    this.bodyTimeout = b.bodyTimeout;
    this.ssePollAfter = b.ssePollAfter;
    this.idleTimeout = b.idleTimeout;
    this.keepAliveInterval = b.keepAliveInterval;
    this.shutdownGrace = b.shutdownGrace;
    this.oauth = b.oauth;
    this.probes = b.probes;
    this.healthChecks = List.copyOf(b.healthChecks);
    this.healthCheckTimeout = b.healthCheckTimeout;
  }

  /** The defaults: {@code 127.0.0.1:8001}, endpoints {@code /mcp}, {@code /sse} and {@code /messages}. */
  public static HttpOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.port = port;
    b.mcpPath = mcpPath;
    b.ssePath = ssePath;
    b.messagesPath = messagesPath;
    b.allowedOrigins.addAll(allowedOrigins);
    b.allowedHosts.addAll(allowedHosts);
    b.cors = cors;
    b.legacySessions = legacySessions;
    b.httpSse = httpSse;
    b.http2 = http2;
    b.maxBodyBytes = maxBodyBytes;
    b.maxHeaderBytes = maxHeaderBytes;
    b.maxSessions = maxSessions;
    b.maxStreamsPerSession = maxStreamsPerSession;
    b.maxStreams = maxStreams;
    b.eventLogSize = eventLogSize;
    b.sessionIdleTimeout = sessionIdleTimeout;
    b.sessionsPerSecondPerClient = sessionsPerSecondPerClient;
    b.sessionBurstPerClient = sessionBurstPerClient;
    b.bodyTimeout = bodyTimeout;
    b.ssePollAfter = ssePollAfter;
    b.idleTimeout = idleTimeout;
    b.keepAliveInterval = keepAliveInterval;
    b.shutdownGrace = shutdownGrace;
    b.oauth = oauth;
    b.probes = probes;
    b.healthChecks.addAll(healthChecks);
    b.healthCheckTimeout = healthCheckTimeout;
    return b;
  }

  /** The OAuth resource-server settings, or {@code null} when requests are not authorized. */
  public OAuthOptions oauth() {
    return oauth;
  }

  /** The interface to bind (default {@code 127.0.0.1}). */
  public String host() {
    return host;
  }

  /** The port to bind; 0 picks a free one (default {@value #DEFAULT_PORT}). */
  public int port() {
    return port;
  }

  /** The Streamable HTTP endpoint (default {@code /mcp}). */
  public String mcpPath() {
    return mcpPath;
  }

  /** The HTTP+SSE (2024-11-05) event stream endpoint (default {@code /sse}). */
  public String ssePath() {
    return ssePath;
  }

  /** The HTTP+SSE (2024-11-05) message endpoint (default {@code /messages}). */
  public String messagesPath() {
    return messagesPath;
  }

  /** Origins accepted besides loopback ones, e.g. {@code https://chatgpt.com}; {@code *} accepts any. */
  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  /**
   * {@code Host} names accepted (without port). Empty means: loopback names only when bound to a
   * loopback interface, any name otherwise.
   */
  public List<String> allowedHosts() {
    return allowedHosts;
  }

  /** Whether CORS headers are sent to accepted browser origins (default false). */
  public boolean cors() {
    return cors;
  }

  /** Whether the session-based Streamable HTTP of 2025-03-26 to 2025-11-25 is served (default true). */
  public boolean legacySessions() {
    return legacySessions;
  }

  /** Whether the HTTP+SSE transport of 2024-11-05 is served (default true). */
  public boolean httpSse() {
    return httpSse;
  }

  /** Whether cleartext HTTP/2 (h2c) is served besides HTTP/1.1 (default true; embedded server only). */
  public boolean http2() {
    return http2;
  }

  /** The largest request body accepted (default 4 MiB); larger ones get 413. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The largest request header block accepted (default 16 KiB); larger ones get 431. */
  public int maxHeaderBytes() {
    return maxHeaderBytes;
  }

  /**
   * Sessions open at once, both session kinds together (default 10,000). When the table is full
   * a new session takes the place of the least recently used idle one (no open stream, no request
   * in flight); only when none is idle does a new session get 503.
   */
  public int maxSessions() {
    return maxSessions;
  }

  /**
   * Open requests and streams in one session (default 64), HTTP+SSE {@code /messages} requests
   * in flight included; more get 429.
   */
  public int maxStreamsPerSession() {
    return maxStreamsPerSession;
  }

  /** Long-lived SSE streams open at once in the whole server (default 10,000); more get 503. */
  public int maxStreams() {
    return maxStreams;
  }

  /** Events each session keeps for {@code Last-Event-ID} resumption (default 1,000). */
  public int eventLogSize() {
    return eventLogSize;
  }

  /** A session with no open stream and no request in flight expires after this (default 30 min). */
  public Duration sessionIdleTimeout() {
    return sessionIdleTimeout;
  }

  /**
   * Sessions one client address may open per second, on average (default 50; 0: no limit). Past
   * {@link #sessionBurstPerClient()} at once, more get 429 with {@code Retry-After}.
   */
  public int sessionsPerSecondPerClient() {
    return sessionsPerSecondPerClient;
  }

  /** Sessions one client address may open at once before {@link #sessionsPerSecondPerClient()} applies (default 200). */
  public int sessionBurstPerClient() {
    return sessionBurstPerClient;
  }

  /**
   * The longest a request body may take to arrive, from its headers to its last byte (default
   * 30 s); a slower one gets 408 and its connection is closed. Waiting for a body holds no thread.
   */
  public Duration bodyTimeout() {
    return bodyTimeout;
  }

  /**
   * SSE polling (2025-11-25): a request of a session still running this long after its response
   * stream opened gets a {@code retry} field and its connection closed, without ending the stream;
   * the client resumes with {@code GET} and {@code Last-Event-ID} and loses nothing. {@code null}
   * (default): streams stay connected until the response.
   */
  public Duration ssePollAfter() {
    return ssePollAfter;
  }

  /** A connection that moves no bytes for this long is closed (default 5 min). */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** How often an open SSE stream gets a keep-alive comment (default 15 s). */
  public Duration keepAliveInterval() {
    return keepAliveInterval;
  }

  /** How long stopping waits for requests in flight (default 10 s). */
  public Duration shutdownGrace() {
    return shutdownGrace;
  }

  /**
   * Whether the probes {@value #HEALTH_PATH} and {@value #READY_PATH} are answered (default true),
   * by the embedded server and below {@link McpServlet}'s path. They sit outside the
   * {@code Host}/{@code Origin} checks and authorization.
   */
  public boolean probes() {
    return probes;
  }

  /** What {@value #READY_PATH} checks besides the server not stopping (default none). */
  public List<HealthCheck> healthChecks() {
    return healthChecks;
  }

  /** How long {@value #READY_PATH} waits for its checks; a check slower than this counts as down (default 2 s). */
  public Duration healthCheckTimeout() {
    return healthCheckTimeout;
  }

  @Override
  public String toString() {
    return "HttpOptions[" + host + ":" + port + " " + mcpPath + ", origins=" + allowedOrigins + "]";
  }

  /** Builds {@link HttpOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private String mcpPath = "/mcp";
    private String ssePath = "/sse";
    private String messagesPath = "/messages";
    private final List<String> allowedOrigins = new ArrayList<>();
    private final List<String> allowedHosts = new ArrayList<>();
    private boolean cors;
    private boolean legacySessions = true;
    private boolean httpSse = true;
    private boolean http2 = true;
    private int maxBodyBytes = 4 * 1024 * 1024;
    private int maxHeaderBytes = 16 * 1024;
    private int maxSessions = 10_000;
    private int maxStreamsPerSession = 64;
    private int maxStreams = 10_000;
    private int eventLogSize = 1_000;
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    private int sessionsPerSecondPerClient = 50;
    private int sessionBurstPerClient = 200;
    private Duration bodyTimeout = Duration.ofSeconds(30);
    private Duration ssePollAfter;
    private Duration idleTimeout = Duration.ofMinutes(5);
    private Duration keepAliveInterval = Duration.ofSeconds(15);
    private Duration shutdownGrace = Duration.ofSeconds(10);
    private OAuthOptions oauth;
    private boolean probes = true;
    private final List<HealthCheck> healthChecks = new ArrayList<>();
    private Duration healthCheckTimeout = Duration.ofSeconds(2);

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    public Builder mcpPath(String path) {
      this.mcpPath = path(path);
      return this;
    }

    public Builder ssePath(String path) {
      this.ssePath = path(path);
      return this;
    }

    public Builder messagesPath(String path) {
      this.messagesPath = path(path);
      return this;
    }

    /**
     * Accepts requests whose {@code Origin} is this origin ({@code scheme://host[:port]}, as a
     * browser sends it), or any origin for {@code *}.
     */
    public Builder allowedOrigin(String origin) {
      Objects.requireNonNull(origin, "origin");
      String o = origin.trim();
      while (o.endsWith("/")) {
        o = o.substring(0, o.length() - 1);
      }
      if (o.isEmpty()) {
        throw new IllegalArgumentException("empty origin");
      }
      allowedOrigins.add(o.toLowerCase(Locale.ROOT));
      return this;
    }

    /** Accepts requests whose {@code Host} header names this host (port ignored), or any for {@code *}. */
    public Builder allowedHost(String host) {
      Objects.requireNonNull(host, "host");
      allowedHosts.add(host.trim().toLowerCase(Locale.ROOT));
      return this;
    }

    public Builder cors(boolean cors) {
      this.cors = cors;
      return this;
    }

    public Builder legacySessions(boolean enabled) {
      this.legacySessions = enabled;
      return this;
    }

    public Builder httpSse(boolean enabled) {
      this.httpSse = enabled;
      return this;
    }

    public Builder http2(boolean enabled) {
      this.http2 = enabled;
      return this;
    }

    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = atLeast(bytes, 1024, "maxBodyBytes");
      return this;
    }

    public Builder maxHeaderBytes(int bytes) {
      this.maxHeaderBytes = atLeast(bytes, 1024, "maxHeaderBytes");
      return this;
    }

    public Builder maxSessions(int sessions) {
      this.maxSessions = atLeast(sessions, 1, "maxSessions");
      return this;
    }

    public Builder maxStreamsPerSession(int streams) {
      this.maxStreamsPerSession = atLeast(streams, 1, "maxStreamsPerSession");
      return this;
    }

    public Builder maxStreams(int streams) {
      this.maxStreams = atLeast(streams, 1, "maxStreams");
      return this;
    }

    public Builder eventLogSize(int events) {
      this.eventLogSize = atLeast(events, 0, "eventLogSize");
      return this;
    }

    public Builder sessionIdleTimeout(Duration timeout) {
      this.sessionIdleTimeout = positive(timeout, "sessionIdleTimeout");
      return this;
    }

    /** Sessions one client address may open: {@code perSecond} on average (0: no limit), {@code burst} at once. */
    public Builder sessionRateLimit(int perSecond, int burst) {
      this.sessionsPerSecondPerClient = atLeast(perSecond, 0, "sessions per second");
      this.sessionBurstPerClient = atLeast(burst, 1, "session burst");
      return this;
    }

    /** See {@link HttpOptions#ssePollAfter()}; {@code null} turns polling off. */
    public Builder ssePollAfter(Duration after) {
      this.ssePollAfter = after == null ? null : positive(after, "ssePollAfter");
      return this;
    }

    public Builder bodyTimeout(Duration timeout) {
      this.bodyTimeout = positive(timeout, "bodyTimeout");
      return this;
    }

    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    public Builder keepAliveInterval(Duration interval) {
      this.keepAliveInterval = positive(interval, "keepAliveInterval");
      return this;
    }

    public Builder shutdownGrace(Duration grace) {
      this.shutdownGrace = Objects.requireNonNull(grace, "shutdownGrace");
      return this;
    }

    /**
     * Makes the server an OAuth 2.1 resource server: every request's bearer token is verified,
     * tools' scopes are enforced, and the Protected Resource Metadata is served; {@code null}
     * (default) serves without authorization.
     */
    public Builder oauth(OAuthOptions oauth) {
      this.oauth = oauth;
      return this;
    }

    /** See {@link HttpOptions#probes()}. */
    public Builder probes(boolean enabled) {
      this.probes = enabled;
      return this;
    }

    /** Adds a check that {@value HttpOptions#READY_PATH} must find up; see {@link HealthCheck}. */
    public Builder healthCheck(HealthCheck check) {
      healthChecks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /** See {@link HttpOptions#healthCheckTimeout()}. */
    public Builder healthCheckTimeout(Duration timeout) {
      this.healthCheckTimeout = positive(timeout, "healthCheckTimeout");
      return this;
    }

    public HttpOptions build() {
      if (keepAliveInterval.compareTo(idleTimeout) >= 0) {
        throw new IllegalArgumentException("keepAliveInterval (" + keepAliveInterval
            + ") must be shorter than idleTimeout (" + idleTimeout + "), or idle streams get closed");
      }
      if (mcpPath.equals(ssePath) || mcpPath.equals(messagesPath) || ssePath.equals(messagesPath)) {
        throw new IllegalArgumentException("mcpPath, ssePath and messagesPath must differ");
      }
      if (probes && List.of(mcpPath, ssePath, messagesPath).stream()
          .anyMatch(p -> p.equals(HEALTH_PATH) || p.equals(READY_PATH))) {
        throw new IllegalArgumentException(HEALTH_PATH + " and " + READY_PATH
            + " are the probes' paths; choose other MCP paths or turn the probes off");
      }
      return new HttpOptions(this);
    }

    private static String path(String p) {
      Objects.requireNonNull(p, "path");
      if (!p.startsWith("/")) {
        throw new IllegalArgumentException("path must start with /: " + p);
      }
      return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static int atLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
      }
      return value;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
