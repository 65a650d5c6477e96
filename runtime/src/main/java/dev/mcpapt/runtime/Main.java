package dev.mcpapt.runtime;

import dev.mcpapt.runtime.engine.ServerEngines;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every annotated class on the class path as an MCP server, with no hand-written main:
 *
 * <pre>
 * java -cp app.jar:mcp-apt-runtime.jar:... dev.mcpapt.runtime.Main --stdio
 * </pre>
 *
 * <p>A jar whose manifest names this class as {@code Main-Class} runs with {@code java -jar}.
 * Without a transport option it serves stdio.
 */
public final class Main {
  private Main() {}

  /** The parsed command line. Transport options are added here and in {@link #USAGE}. */
  static final class Options {
    boolean help;
    boolean stdio;
    /** {@code --http [PORT]}: the port, or -1 when not serving HTTP. */
    int httpPort = -1;
    String host;
    final List<String> allowedOrigins = new ArrayList<>();
    final List<String> allowedHosts = new ArrayList<>();
    boolean cors;
    boolean noSse;
    boolean dev;
    java.time.Duration sessionIdleTimeout;
    java.time.Duration bodyTimeout;
    java.time.Duration ssePollAfter;
    java.time.Duration shutdownGrace;
    int maxSessions = -1;
    int sessionRate = -1;
    String name;
    String version;
    String description;
    String websiteUrl;
    final List<Icon> icons = new ArrayList<>();
    final List<String> oauthIssuers = new ArrayList<>();
    String oauthResource;
    final List<String> oauthAudiences = new ArrayList<>();
    final List<String> oauthScopes = new ArrayList<>();
    String oauthChallenge;
    boolean oauthAllowAnonymous;
    String tasksDb;
    /** {@code --store}: the JDBC URL of the state shared with other nodes. */
    String store;
    /** The store opened from {@link #store}. */
    dev.mcpapt.runtime.store.McpStore openedStore;
    final List<String> errors = new ArrayList<>();
  }

  static final String USAGE = String.join("\n",
      "Usage: java -cp <class path> dev.mcpapt.runtime.Main [options]",
      "",
      "Serves every class with generated MCP handlers (@Tool, ...) found on the class path.",
      "",
      "Transports:",
      "  --stdio              newline-delimited JSON-RPC on stdin/stdout (the default)",
      "  --http [PORT]        Streamable HTTP at /mcp and HTTP+SSE at /sse on one port (default 8001)",
      "",
      "HTTP:",
      "  --host <host>        interface to bind (default 127.0.0.1; 0.0.0.0 for all)",
      "  --allowed-origin <o> accept browser requests from this Origin, e.g. https://chatgpt.com",
      "                       (repeatable; * for any; loopback origins are always accepted)",
      "  --allowed-host <h>   accept this Host header name (repeatable; * for any; default: loopback",
      "                       names when bound to loopback, any otherwise)",
      "  --cors               send CORS headers to accepted origins (browser clients)",
      "  --no-sse             do not serve the deprecated HTTP+SSE transport (/sse, /messages)",
      "  --dev                also serve the local widget host at /dev/ (lists, calls and renders the",
      "                       tools and their widgets in a browser; for development only)",
      "  --max-sessions <n>   sessions open at once (default 10000); when full, the least recently",
      "                       used idle session makes room",
      "  --session-idle-timeout <d>  a session with no stream and no request ends after this idle",
      "                       time (default 30m; e.g. 90s, 10m, 1h)",
      "  --session-rate <n>   sessions one client address may open per second (default 50, bursts",
      "                       of 200; 0: no limit); more get 429 with Retry-After",
      "  --body-timeout <d>   the longest a request body may take to arrive (default 30s); a slower",
      "                       one gets 408 and its connection is closed",
      "  --sse-poll-after <d> SSE polling (2025-11-25): a request still running this long after its",
      "                       stream opened gets a retry field and its connection closed; the client",
      "                       resumes with Last-Event-ID (default: off)",
      "  --shutdown-grace <d> on SIGTERM, how long requests in flight may take to finish (default",
      "                       10s); /readyz answers 503 from the signal on",
      "",
      "OAuth 2.1 resource server (HTTP only; stdio takes its credentials from the environment):",
      "  --oauth-issuer <url>   accept JWT access tokens of this authorization server (repeatable);",
      "                         its keys are found through its metadata (RFC 8414 or OpenID discovery)",
      "  --oauth-resource <url> this server's resource identifier, the URL clients use for /mcp, e.g.",
      "                         https://tasks.example.com/mcp; tokens must name it in aud (RFC 8707)",
      "  --oauth-audience <a>   also accept tokens whose aud is <a> (repeatable)",
      "  --oauth-scope <s>      also list <s> in scopes_supported, e.g. openid or offline_access for an",
      "                         authorization server that needs it at sign-in (repeatable; never required)",
      "  --oauth-challenge <s>  how a refused tool call is answered: auto (default: a tool result with",
      "                         _meta[\"mcp/www_authenticate\"] for ChatGPT, else HTTP 401/403), http, result",
      "  --oauth-allow-anonymous  serve requests without a token as signed out (tools that need OAuth",
      "                         are still refused); on anyway when a tool declares @Security(NOAUTH)",
      "",
      "Tasks (tools declared @Tool(task = ...)):",
      "  --tasks-db <jdbc-url>  keep tasks in this database so they survive a restart, e.g.",
      "                         jdbc:sqlite:tasks.db or jdbc:postgresql://db/app (driver on the class",
      "                         path); default: in memory",
      "",
      "Several nodes behind a load balancer (see docs/deployment.md):",
      "  --store <jdbc-url>   share sessions, their event logs and subscriptions, notifications, tasks",
      "                         and the requestState key with the other nodes through PostgreSQL, e.g.",
      "                         jdbc:postgresql://db:5432/mcp?user=mcp&password=... (needs --http;",
      "                         tables made on start; no affinity needed at the balancer)",
      "",
      "Server:",
      "  --name <name>        server name in serverInfo (default: the jar manifest's Implementation-Title)",
      "  --server-version <v> server version in serverInfo (default: the jar manifest's Implementation-Version)",
      "  --description <text> what the server is for, in serverInfo (2025-11-25 on)",
      "  --website-url <url>  the server's website, in serverInfo (2025-11-25 on)",
      "  --icon <src>[;<mime>[;<sizes>[;<theme>]]]  an icon of the server, in serverInfo (2025-11-25 on):",
      "                         an https: URL or a data: URI, an image type, sizes such as 48x48,96x96",
      "                         or any, light or dark; repeatable",
      "",
      "Other:",
      "  --cds[=FILE]         Java 19+: run with an automatic class-data archive, for a faster start",
      "                         (written when the server first exits; default FILE under java.io.tmpdir)",
      "  -h, --help           print this help and exit",
      "",
      "Logs go to stderr (java.util.logging via System.Logger).");

  /** The HTTP options the command line asks for. */
  static dev.mcpapt.runtime.transport.http.HttpOptions.Builder httpOptions(Options o) {
    dev.mcpapt.runtime.transport.http.HttpOptions.Builder b =
        dev.mcpapt.runtime.transport.http.HttpOptions.builder().port(o.httpPort).cors(o.cors).httpSse(!o.noSse);
    if (o.host != null) {
      b.host(o.host);
    }
    o.allowedOrigins.forEach(b::allowedOrigin);
    o.allowedHosts.forEach(b::allowedHost);
    if (o.sessionIdleTimeout != null) {
      b.sessionIdleTimeout(o.sessionIdleTimeout);
    }
    if (o.ssePollAfter != null) {
      b.ssePollAfter(o.ssePollAfter);
    }
    if (o.bodyTimeout != null) {
      b.bodyTimeout(o.bodyTimeout);
    }
    if (o.shutdownGrace != null) {
      b.shutdownGrace(o.shutdownGrace);
    }
    if (o.maxSessions >= 0) {
      b.maxSessions(o.maxSessions);
    }
    if (o.sessionRate >= 0) {
      b.sessionRateLimit(o.sessionRate, dev.mcpapt.runtime.transport.http.HttpOptions.defaults().sessionBurstPerClient());
    }
    return b;
  }

  private static int serveHttp(McpServer server, Options o, PrintStream err) throws Exception {
    dev.mcpapt.runtime.transport.http.HttpOptions.Builder b = httpOptions(o);
    dev.mcpapt.runtime.transport.http.McpHttpServer http;
    try {
      if (!o.oauthIssuers.isEmpty()) {
        b.oauth(oauth(o));
      }
      if (o.openedStore != null) {
        b.store(o.openedStore);
      }
      http = dev.mcpapt.runtime.transport.http.McpHttpServer.start(ServerEngines.of(server), b.build(),
          o.dev ? dev.mcpapt.runtime.dev.DevHost.handler(dev.mcpapt.runtime.dev.DevHost.DEFAULT_PATH) : null);
    } catch (java.io.IOException | IllegalArgumentException e) {
      err.println("mcp-apt: " + e.getMessage());
      return 1;
    }
    err.println("mcp-apt: serving MCP on " + http.uri()
        + (http.options().httpSse() ? " (HTTP+SSE at " + http.options().ssePath() + ")" : ""));
    if (http.options().oauth() != null) {
      err.println("mcp-apt: OAuth resource " + http.options().oauth().resource() + ", trusting "
          + http.options().oauth().issuers());
    }
    if (o.dev) {
      err.println("mcp-apt: dev host at " + http.uri().resolve(dev.mcpapt.runtime.dev.DevHost.DEFAULT_PATH + "/"));
    }
    if (o.openedStore != null) {
      err.println("mcp-apt: sharing sessions, tasks and keys through " + dev.mcpapt.runtime.store.PostgresStore.redact(o.store));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      http.close();
      server.close();
      if (o.openedStore != null) {
        o.openedStore.close();
      }
    }, "mcp-http-shutdown"));
    http.awaitStop();
    return 0;
  }

  private static dev.mcpapt.runtime.auth.OAuthOptions oauth(Options o) {
    dev.mcpapt.runtime.auth.OAuthOptions.Builder a = dev.mcpapt.runtime.auth.OAuthOptions.builder()
        .resource(o.oauthResource)
        .allowAnonymous(o.oauthAllowAnonymous);
    o.oauthIssuers.forEach(a::issuer);
    o.oauthAudiences.forEach(a::audience);
    o.oauthScopes.forEach(a::scope);
    if (o.oauthChallenge != null) {
      a.challengeStyle(dev.mcpapt.runtime.auth.OAuthOptions.ChallengeStyle.valueOf(
          o.oauthChallenge.toUpperCase(java.util.Locale.ROOT)));
    }
    return a.build();
  }

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h":
        case "--help":
          o.help = true;
          break;
        case "--stdio":
          o.stdio = true;
          break;
        case "--http":
          if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
            o.httpPort = port(args[++i], o);
          } else {
            o.httpPort = dev.mcpapt.runtime.transport.http.HttpOptions.DEFAULT_PORT;
          }
          break;
        case "--host":
          o.host = value(args, ++i, a, o);
          break;
        case "--allowed-origin":
          o.allowedOrigins.add(value(args, ++i, a, o));
          break;
        case "--allowed-host":
          o.allowedHosts.add(value(args, ++i, a, o));
          break;
        case "--cors":
          o.cors = true;
          break;
        case "--no-sse":
          o.noSse = true;
          break;
        case "--dev":
          o.dev = true;
          break;
        case "--max-sessions":
          o.maxSessions = count(value(args, ++i, a, o), 1, a, o);
          break;
        case "--session-rate":
          o.sessionRate = count(value(args, ++i, a, o), 0, a, o);
          break;
        case "--session-idle-timeout":
          o.sessionIdleTimeout = duration(value(args, ++i, a, o), a, o);
          break;
        case "--body-timeout":
          o.bodyTimeout = duration(value(args, ++i, a, o), a, o);
          break;
        case "--sse-poll-after":
          o.ssePollAfter = duration(value(args, ++i, a, o), a, o);
          break;
        case "--shutdown-grace":
          o.shutdownGrace = duration(value(args, ++i, a, o), a, o);
          break;
        case "--name":
          o.name = value(args, ++i, a, o);
          break;
        case "--server-version":
          o.version = value(args, ++i, a, o);
          break;
        case "--description":
          o.description = value(args, ++i, a, o);
          break;
        case "--website-url":
          o.websiteUrl = value(args, ++i, a, o);
          break;
        case "--icon": {
          String spec = value(args, ++i, a, o);
          if (spec != null) {
            try {
              o.icons.add(IconOption.parse(spec));
            } catch (IllegalArgumentException e) {
              o.errors.add("--icon: " + e.getMessage());
            }
          }
          break;
        }
        case "--oauth-issuer":
          o.oauthIssuers.add(value(args, ++i, a, o));
          break;
        case "--oauth-resource":
          o.oauthResource = value(args, ++i, a, o);
          break;
        case "--oauth-audience":
          o.oauthAudiences.add(value(args, ++i, a, o));
          break;
        case "--oauth-scope":
          o.oauthScopes.add(value(args, ++i, a, o));
          break;
        case "--oauth-challenge":
          o.oauthChallenge = value(args, ++i, a, o);
          if (o.oauthChallenge != null && !List.of("auto", "http", "result").contains(o.oauthChallenge)) {
            o.errors.add("--oauth-challenge is auto, http or result, got " + o.oauthChallenge);
          }
          break;
        case "--oauth-allow-anonymous":
          o.oauthAllowAnonymous = true;
          break;
        case "--store":
          o.store = value(args, ++i, a, o);
          if (o.store != null && !o.store.startsWith("jdbc:postgresql:")) {
            o.errors.add("--store needs a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db?user=...), got "
                + dev.mcpapt.runtime.store.PostgresStore.redact(o.store));
          }
          break;
        case "--tasks-db":
          o.tasksDb = value(args, ++i, a, o);
          if (o.tasksDb != null && !o.tasksDb.startsWith("jdbc:")) {
            o.errors.add("--tasks-db needs a JDBC URL (jdbc:sqlite:<file>, jdbc:postgresql://...), got " + o.tasksDb);
          }
          break;
        default:
          if (!a.equals("--cds") && !a.startsWith("--cds=")) { // --cds is the launcher's (CdsLauncher)
            o.errors.add("Unknown option: " + a);
          }
      }
    }
    if (o.store != null && o.httpPort < 0) {
      o.errors.add("--store needs --http: it shares what several HTTP nodes serve");
    }
    if (o.store != null && o.tasksDb != null) {
      o.errors.add("--store keeps tasks too: leave out --tasks-db");
    }
    if (o.dev && o.httpPort < 0) {
      o.errors.add("--dev needs --http: the dev host is served on the HTTP port");
    }
    boolean oauth = !o.oauthIssuers.isEmpty() || o.oauthResource != null || !o.oauthAudiences.isEmpty()
        || !o.oauthScopes.isEmpty() || o.oauthChallenge != null || o.oauthAllowAnonymous;
    if (oauth && o.httpPort < 0) {
      o.errors.add("The --oauth-* options need --http: stdio takes no OAuth tokens (its credentials come from the environment)");
    } else if (oauth && (o.oauthIssuers.isEmpty() || o.oauthResource == null)) {
      o.errors.add("OAuth needs both --oauth-issuer and --oauth-resource (the URL clients use for the MCP endpoint)");
    }
    return o;
  }

  private static int port(String text, Options o) {
    try {
      int p = Integer.parseInt(text);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    o.errors.add("--http needs a port number 0..65535, got " + text);
    return -1;
  }

  private static int count(String text, int min, String option, Options o) {
    if (text == null) {
      return -1;
    }
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    o.errors.add(option + " needs a whole number of at least " + min + ", got " + text);
    return -1;
  }

  /** A positive duration: {@code 90} or {@code 90s} (seconds), {@code 500ms}, {@code 10m}, {@code 1h}. */
  private static java.time.Duration duration(String text, String option, Options o) {
    if (text == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m|h)?").matcher(text.trim());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      java.time.Duration d = switch (unit) {
        case "ms" -> java.time.Duration.ofMillis(n);
        case "m" -> java.time.Duration.ofMinutes(n);
        case "h" -> java.time.Duration.ofHours(n);
        default -> java.time.Duration.ofSeconds(n);
      };
      if (!d.isZero()) {
        return d;
      }
    }
    o.errors.add(option + " needs a positive duration such as 90s, 10m or 1h, got " + text);
    return null;
  }

  private static String value(String[] args, int i, String option, Options o) {
    if (i >= args.length || args[i].startsWith("--")) {
      o.errors.add("Option " + option + " needs a value");
      return null;
    }
    return args[i];
  }

  public static void main(String[] args) throws Exception {
    java.util.Optional<Integer> archived = CdsLauncher.relaunch(args, System.err);
    if (archived.isPresent()) {
      System.exit(archived.get());
    }
    args = CdsLauncher.withoutFlag(args);
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      // One line per record on stderr (the JDK default spends two), unless logging is configured.
      System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
      // Jetty's start-up banner is not news for a launcher that prints its own address; its
      // warnings and errors still show.
      JETTY_LOGGER.setLevel(java.util.logging.Level.WARNING);
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Held so the level set in {@link #main} is not lost when the logger is collected. */
  private static final java.util.logging.Logger JETTY_LOGGER = java.util.logging.Logger.getLogger("org.eclipse.jetty");

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Options o = parse(args);
    if (o.help) {
      out.println(USAGE);
      return 0;
    }
    if (!o.errors.isEmpty()) {
      o.errors.forEach(err::println);
      err.println();
      err.println(USAGE);
      return 2;
    }
    McpServer.Builder builder = McpServer.builder().discover();
    if (o.name != null) {
      builder.name(o.name);
    }
    if (o.version != null) {
      builder.version(o.version);
    }
    if (o.description != null) {
      builder.description(o.description);
    }
    o.icons.forEach(builder::icon);
    if (o.websiteUrl != null) {
      try {
        builder.websiteUrl(o.websiteUrl);
      } catch (IllegalArgumentException e) {
        err.println("--website-url: " + e.getMessage());
        return 2;
      }
    }
    McpServer server;
    try {
      if (o.store != null) {
        o.openedStore = dev.mcpapt.runtime.store.PostgresStore.open(o.store);
        builder.store(o.openedStore);
      }
      if (o.tasksDb != null) {
        builder.tasks(dev.mcpapt.runtime.tasks.TaskSettings.defaults()
            .withStore(dev.mcpapt.runtime.tasks.JdbcTaskStore.open(o.tasksDb)));
      }
      server = builder.build();
    } catch (dev.mcpapt.runtime.store.StoreUnavailableException e) {
      err.println("mcp-apt: cannot start: " + e.getMessage());
      return 1;
    } catch (NoClassDefFoundError e) {
      err.println("mcp-apt: cannot start: --store needs the PostgreSQL JDBC driver (org.postgresql:postgresql) "
          + "and HikariCP (com.zaxxer:HikariCP) on the class path");
      return 1;
    } catch (IllegalArgumentException | IllegalStateException | java.util.ServiceConfigurationError e) {
      // Two classes with the same tool name, a broken services file, ...: say what, without a trace.
      err.println("mcp-apt: cannot start: " + e.getMessage());
      return 1;
    }
    if (server.toolCount() == 0) {
      err.println("mcp-apt: no tools found on the class path (no generated McpComponentFactory); serving an empty server");
    }
    if (o.httpPort >= 0) {
      return serveHttp(server, o, err);
    }
    server.serveStdio();
    server.close(); // stdin ended: tasks still running are recorded as stopped
    return 0;
  }
}
