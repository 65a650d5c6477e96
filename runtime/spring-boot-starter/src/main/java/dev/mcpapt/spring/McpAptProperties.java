package dev.mcpapt.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mcpapt.*} properties. Every one has the runtime's default; see docs/spring-boot.md.
 */
@ConfigurationProperties("mcpapt")
public class McpAptProperties {
  /** Whether to serve MCP at all. */
  private boolean enabled = true;
  /** The server's name in initialize and server/discover; default: the jar manifest's title. */
  private String name;
  /** The server's version; default: the jar manifest's version. */
  private String version;
  private String title;
  private String instructions;
  /**
   * Serve over this process's stdin and stdout instead of the web server (command-line
   * applications started by a desktop client). Turns the web server, the banner and console
   * logging on stdout off.
   */
  private boolean stdio;
  /** Largest JSON-RPC message accepted, on every transport. */
  private DataSize maxMessageSize = DataSize.ofMegabytes(4);
  /** How many items a list page holds. */
  private int pageSize = 100;
  /** Time a server-to-client request (elicitation, sampling) may wait for its answer. */
  private Duration clientTimeout;
  private final Http http = new Http();
  private final OAuth oauth = new OAuth();
  /** Where MCP tasks ({@code @Tool(task = ...)}) are kept: {@code memory} (default) or {@code jdbc}, the application's DataSource. */
  private String taskStore = "memory";

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public boolean isStdio() {
    return stdio;
  }

  public void setStdio(boolean stdio) {
    this.stdio = stdio;
  }

  public DataSize getMaxMessageSize() {
    return maxMessageSize;
  }

  public void setMaxMessageSize(DataSize maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }

  public Duration getClientTimeout() {
    return clientTimeout;
  }

  public void setClientTimeout(Duration clientTimeout) {
    this.clientTimeout = clientTimeout;
  }

  public String getTaskStore() {
    return taskStore;
  }

  public void setTaskStore(String taskStore) {
    this.taskStore = taskStore;
  }

  /**
   * The paths the endpoint answers below the context path (Streamable HTTP, HTTP+SSE when on, the
   * OAuth metadata when on): for a Spring Security filter chain that lets them through to the
   * endpoint's own checks.
   */
  public String[] paths() {
    java.util.List<String> paths = new ArrayList<>(List.of(http.path));
    if (http.sse) {
      paths.add(http.ssePath);
      paths.add(http.messagesPath);
    }
    if (oauth.resource != null && !oauth.resource.isBlank()) {
      paths.add(METADATA + java.net.URI.create(oauth.resource).getPath());
    }
    return paths.toArray(String[]::new);
  }

  static final String METADATA = "/.well-known/oauth-protected-resource";

  public Http getHttp() {
    return http;
  }

  public OAuth getOauth() {
    return oauth;
  }

  /** The endpoint on the application's web server ({@code mcpapt.http.*}). */
  public static class Http {
    /** Whether to mount the endpoint on the application's servlet container. */
    private boolean enabled = true;
    /** Streamable HTTP endpoint, below the application's context path. */
    private String path = "/mcp";
    /** Whether to serve the deprecated HTTP+SSE transport of 2024-11-05 too. */
    private boolean sse = true;
    private String ssePath = "/sse";
    private String messagesPath = "/messages";
    /** Origins accepted besides loopback ones (exact, e.g. https://chatgpt.com). */
    private List<String> allowedOrigins = new ArrayList<>();
    /** Host names accepted in the Host header; empty: the container's own checks only. */
    private List<String> allowedHosts = new ArrayList<>();
    /** Answer CORS preflights for accepted origins. */
    private boolean cors;
    private DataSize maxBodySize = DataSize.ofMegabytes(4);
    private Duration bodyTimeout = Duration.ofSeconds(30);
    private int maxSessions = 10_000;
    private int maxStreamsPerSession = 64;
    private int maxStreams = 10_000;
    private int eventLogSize = 1_000;
    /** A session with nothing open or running expires after this long. */
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    /** New sessions per second per client address (0: no limit). */
    private int sessionsPerSecond = 50;
    private int sessionBurst = 200;
    private Duration keepAliveInterval = Duration.ofSeconds(15);
    /** Time requests in flight get to finish when the application stops. */
    private Duration shutdownGrace = Duration.ofSeconds(10);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public boolean isSse() {
      return sse;
    }

    public void setSse(boolean sse) {
      this.sse = sse;
    }

    public String getSsePath() {
      return ssePath;
    }

    public void setSsePath(String ssePath) {
      this.ssePath = ssePath;
    }

    public String getMessagesPath() {
      return messagesPath;
    }

    public void setMessagesPath(String messagesPath) {
      this.messagesPath = messagesPath;
    }

    public List<String> getAllowedOrigins() {
      return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
      this.allowedOrigins = allowedOrigins;
    }

    public List<String> getAllowedHosts() {
      return allowedHosts;
    }

    public void setAllowedHosts(List<String> allowedHosts) {
      this.allowedHosts = allowedHosts;
    }

    public boolean isCors() {
      return cors;
    }

    public void setCors(boolean cors) {
      this.cors = cors;
    }

    public DataSize getMaxBodySize() {
      return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    public Duration getBodyTimeout() {
      return bodyTimeout;
    }

    public void setBodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = bodyTimeout;
    }

    public int getMaxSessions() {
      return maxSessions;
    }

    public void setMaxSessions(int maxSessions) {
      this.maxSessions = maxSessions;
    }

    public int getMaxStreamsPerSession() {
      return maxStreamsPerSession;
    }

    public void setMaxStreamsPerSession(int maxStreamsPerSession) {
      this.maxStreamsPerSession = maxStreamsPerSession;
    }

    public int getMaxStreams() {
      return maxStreams;
    }

    public void setMaxStreams(int maxStreams) {
      this.maxStreams = maxStreams;
    }

    public int getEventLogSize() {
      return eventLogSize;
    }

    public void setEventLogSize(int eventLogSize) {
      this.eventLogSize = eventLogSize;
    }

    public Duration getSessionIdleTimeout() {
      return sessionIdleTimeout;
    }

    public void setSessionIdleTimeout(Duration sessionIdleTimeout) {
      this.sessionIdleTimeout = sessionIdleTimeout;
    }

    public int getSessionsPerSecond() {
      return sessionsPerSecond;
    }

    public void setSessionsPerSecond(int sessionsPerSecond) {
      this.sessionsPerSecond = sessionsPerSecond;
    }

    public int getSessionBurst() {
      return sessionBurst;
    }

    public void setSessionBurst(int sessionBurst) {
      this.sessionBurst = sessionBurst;
    }

    public Duration getKeepAliveInterval() {
      return keepAliveInterval;
    }

    public void setKeepAliveInterval(Duration keepAliveInterval) {
      this.keepAliveInterval = keepAliveInterval;
    }

    public Duration getShutdownGrace() {
      return shutdownGrace;
    }

    public void setShutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = shutdownGrace;
    }
  }

  /** The OAuth 2.1 resource server ({@code mcpapt.oauth.*}); off while no resource is set. */
  public static class OAuth {
    /** This server's resource identifier: the public URL of the MCP endpoint. */
    private String resource;
    /**
     * Authorization servers whose tokens are accepted (advertised in the metadata). Default: the
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, when set.
     */
    private List<String> issuers = new ArrayList<>();
    /** Other accepted {@code aud} values besides the resource. */
    private List<String> audiences = new ArrayList<>();
    /** Scopes advertised besides those the tools declare. */
    private List<String> scopes = new ArrayList<>();
    /** Whether calls without a token reach what is public ({@code @Security(NOAUTH)}). */
    private boolean allowAnonymous;
    /**
     * Who checks the tokens: {@code spring} (the application's Spring Security {@code JwtDecoder}
     * bean, when there is one; the default) or {@code mcp-apt} (the runtime's own verifier).
     */
    private String verifier = "spring";

    public String getResource() {
      return resource;
    }

    public void setResource(String resource) {
      this.resource = resource;
    }

    public List<String> getIssuers() {
      return issuers;
    }

    public void setIssuers(List<String> issuers) {
      this.issuers = issuers;
    }

    public List<String> getAudiences() {
      return audiences;
    }

    public void setAudiences(List<String> audiences) {
      this.audiences = audiences;
    }

    public List<String> getScopes() {
      return scopes;
    }

    public void setScopes(List<String> scopes) {
      this.scopes = scopes;
    }

    public boolean isAllowAnonymous() {
      return allowAnonymous;
    }

    public void setAllowAnonymous(boolean allowAnonymous) {
      this.allowAnonymous = allowAnonymous;
    }

    public String getVerifier() {
      return verifier;
    }

    public void setVerifier(String verifier) {
      this.verifier = verifier;
    }
  }
}
