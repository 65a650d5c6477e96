package dev.mcpapt.runtime;

import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.features.ServerFeatures;
import dev.mcpapt.runtime.tasks.TaskSettings;
import dev.mcpapt.runtime.tasks.runner.Tasks;
import dev.mcpapt.runtime.skills.SkillResources;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.transport.stdio.StdioTransport;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * An MCP server over the generated components of annotated classes.
 *
 * <pre>{@code
 * McpServer server = McpServer.builder()
 *     .name("tasks").version("1.0.0")
 *     .tools(new TaskTools(repository))   // instances from your code or DI container
 *     .build();
 * server.serveStdio();                    // blocks until the client closes stdin
 * }</pre>
 *
 * <p>Every annotated class compiled with the processor has a generated
 * {@link McpComponentFactory}; {@link Builder#tools(Object...)} finds it by the instance's class.
 * {@link Builder#discover()} serves every class on the class path whose factory can create its
 * own instance ({@link Main} does this).
 */
public final class McpServer {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime");

  static {
    // The transports reach the engine through the internal ServerEngines, not a public accessor.
    ServerEngines.install(server -> server.engine);
  }

  private final Engine engine;
  private final Map<Class<?>, McpComponent> components = new LinkedHashMap<>();
  private final Duration shutdownGrace;
  private final ServerFeatures features;
  private final Tasks tasks;

  private McpServer(Engine engine, List<McpComponent> components, Duration shutdownGrace,
      ServerFeatures.Settings featureSettings, TaskSettings taskSettings) {
    this.engine = engine;
    this.shutdownGrace = shutdownGrace;
    List<ToolHandler> tools = new ArrayList<>();
    Map<String, Class<?>> owners = new java.util.HashMap<>();
    components = components.stream().map(SkillResources::withSkills).toList(); // @Skill files as resources
    for (McpComponent c : components) {
      if (this.components.putIfAbsent(c.type(), c) != null) {
        throw new IllegalArgumentException("Component for " + c.type().getName() + " added twice");
      }
      for (ToolHandler t : c.tools()) {
        Class<?> owner = owners.putIfAbsent(t.name(), c.type());
        if (owner != null) {
          throw new IllegalArgumentException("Tool name \"" + t.name() + "\" is declared by both "
              + owner.getName() + " and " + c.type().getName() + "; rename one with @Tool(name = ...)");
        }
      }
      tools.addAll(c.tools());
    }
    engine.tools().add(tools, false);
    this.tasks = Tasks.install(engine, taskSettings); // before the features, which wrap its tools/call
    this.features = ServerFeatures.install(engine, featureSettings);
    features.add(components, false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Announces changes to clients: list changes ({@code toolsChanged()}, ...) and resource updates
   * ({@code resourceUpdated(uri)}). The same object as {@code context.serverEvents()}.
   */
  public ServerEvents events() {
    return features;
  }


  /**
   * Connects one client in this process: what it sends goes to {@link Connection#receive}, and
   * everything the server sends it goes to {@code toClient} (from any thread).
   */
  public Connection connect(Consumer<byte[]> toClient) {
    return new Connection(engine, toClient);
  }

  /** How many tools are served now. */
  public int toolCount() {
    return engine.tools().handlers().size();
  }

  /** How many requests are running now (for health and shutdown reports). */
  public int runningRequests() {
    return engine.runningRequests();
  }

  /** The components served, in the order added. */
  public synchronized List<McpComponent> components() {
    return List.copyOf(components.values());
  }

  /**
   * Serves {@code component} too, and tells connected clients that the tool list changed.
   *
   * @throws IllegalArgumentException if its class is already served or a tool name is taken
   */
  public synchronized void addComponent(McpComponent component) {
    if (components.containsKey(component.type())) {
      throw new IllegalArgumentException("Component for " + component.type().getName() + " already served");
    }
    McpComponent served = SkillResources.withSkills(component); // its @Skill files among its resources
    engine.tools().add(served.tools(), true);
    features.add(List.of(served), true);
    components.put(served.type(), served);
  }

  /** Serves the tools of {@code instance} too (see {@link #addComponent}). */
  public void addTools(Object instance) {
    addComponent(Factories.load().componentFor(instance));
  }

  /** Stops serving the component of {@code type}; returns whether it was served. Notifies clients. */
  public synchronized boolean removeComponent(Class<?> type) {
    McpComponent c = components.remove(type);
    if (c == null) {
      return false;
    }
    List<String> names = new ArrayList<>();
    for (ToolHandler t : c.tools()) {
      names.add(t.name());
    }
    engine.tools().remove(names, true);
    features.remove(c, true);
    return true;
  }

  /**
   * Serves over this process's stdin and stdout until stdin ends, then returns after the requests
   * in flight finish (bounded by the builder's shutdown grace). {@code System.out} is redirected
   * to stderr first, so stray prints cannot corrupt the protocol stream.
   */
  public void serveStdio() throws IOException {
    OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    StdioTransport transport = new StdioTransport(engine, new FileInputStream(FileDescriptor.in), protocolOut, shutdownGrace);
    Thread hook = new Thread(() -> {
      engine.shutdown(shutdownGrace); // SIGTERM: let calls in flight finish (bounded) ...
      transport.close();              // ... and write their responses
    }, "mcp-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      transport.run();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
  }

  /** Serves newline-delimited JSON-RPC on the given streams until {@code in} ends. */
  public void serve(InputStream in, OutputStream out) throws IOException {
    new StdioTransport(engine, in, out, shutdownGrace).run();
  }

  /** Stops: waits (bounded) for requests in flight, then closes every session. */
  public void close() {
    features.closeSubscriptions();
    tasks.close(); // first: its tasks read "stopped", not as failures of the interrupted methods
    engine.shutdown(shutdownGrace);
  }

  /** The generated component factories on the class path, by annotated class. */
  static final class Factories {
    private final Map<Class<?>, McpComponentFactory> byType = new LinkedHashMap<>();

    static Factories load() {
      Factories f = new Factories();
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      for (McpComponentFactory factory : ServiceLoader.load(McpComponentFactory.class,
          cl != null ? cl : McpServer.class.getClassLoader())) {
        f.byType.putIfAbsent(factory.type(), factory);
      }
      return f;
    }

    Iterable<McpComponentFactory> all() {
      return byType.values();
    }

    McpComponent componentFor(Object instance) {
      Objects.requireNonNull(instance, "instance");
      for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        McpComponentFactory f = byType.get(c);
        if (f != null) {
          return f.create(instance);
        }
      }
      throw new IllegalArgumentException("No generated MCP component for " + instance.getClass().getName()
          + ": does the class declare @Tool methods, and is mcp-apt-processor on the compiler's annotation processor path?");
    }
  }

  /** Configures an {@link McpServer}. */
  public static final class Builder {
    private String name;
    private String version;
    private String title;
    private String description;
    private String websiteUrl;
    private final List<Icon> icons = new ArrayList<>();
    private String instructions;
    private int pageSize = 100;
    private Duration listTtl = Duration.ofMinutes(1);
    private String cacheScope = "public";
    private int maxMessageBytes = 4 * 1024 * 1024;
    private int maxBatchItems = Engine.Settings.DEFAULT_MAX_BATCH_ITEMS;
    private int maxBatchResponseBytes = Engine.Settings.DEFAULT_MAX_BATCH_RESPONSE_BYTES;
    private Duration shutdownGrace = Duration.ofSeconds(5);
    private ServerFeatures.Settings featureSettings = ServerFeatures.Settings.defaults();
    private TaskSettings taskSettings;
    private dev.mcpapt.runtime.store.McpStore store;
    private final List<Object> instances = new ArrayList<>();
    private final List<McpComponent> components = new ArrayList<>();
    private boolean discover;
    /** An {@code io.opentelemetry.api.OpenTelemetry}, kept as Object so that this class never needs the API. */
    private Object openTelemetry;
    private boolean telemetry = true;

    private Builder() {}

    /** The server name in {@code serverInfo}; defaults to the application jar's manifest. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The server version in {@code serverInfo}; defaults to the application jar's manifest. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** A display title (2025-06-18 and later). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** What the server is for, in {@code serverInfo.description} (2025-11-25 and later). */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * The server's website, in {@code serverInfo.websiteUrl} (2025-11-25 and later).
     *
     * @throws IllegalArgumentException if it is not an absolute {@code http:} or {@code https:} URL
     */
    public Builder websiteUrl(String websiteUrl) {
      if (websiteUrl != null) {
        java.net.URI uri;
        try {
          uri = new java.net.URI(websiteUrl);
        } catch (java.net.URISyntaxException e) {
          throw new IllegalArgumentException("websiteUrl is not a URL: " + e.getMessage());
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
          throw new IllegalArgumentException("websiteUrl must be an absolute http(s) URL, got " + websiteUrl);
        }
      }
      this.websiteUrl = websiteUrl;
      return this;
    }

    /** Adds an icon of the server, in {@code serverInfo.icons} (2025-11-25 and later). */
    public Builder icon(Icon icon) {
      icons.add(Objects.requireNonNull(icon, "icon"));
      return this;
    }

    /** Guidance for the model on using this server. */
    public Builder instructions(String instructions) {
      this.instructions = instructions;
      return this;
    }

    /**
     * Serves the tools of these instances. Each instance's class (or a superclass, for proxies)
     * must have a generated component.
     */
    public Builder tools(Object... instances) {
      for (Object i : instances) {
        this.instances.add(Objects.requireNonNull(i, "instance"));
      }
      return this;
    }

    /** Serves a component (generated, or written by hand against the SPI). */
    public Builder component(McpComponent component) {
      components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /**
     * Also serves every generated component on the class path whose factory can create its own
     * instance (a public no-argument constructor, or static methods only), except classes
     * given to {@link #tools} or {@link #component}.
     */
    public Builder discover() {
      this.discover = true;
      return this;
    }

    /** How many items a list page holds (default 100). */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** The {@code ttlMs} caching hint of 2026-07-28 list results (default one minute). */
    public Builder listTtl(Duration ttl) {
      this.listTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /** The {@code cacheScope} of 2026-07-28 list results: {@code "public"} (default) or {@code "private"}. */
    public Builder cacheScope(String scope) {
      this.cacheScope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** The largest inbound message accepted, in bytes (default 4 MiB). */
    public Builder maxMessageBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxMessageBytes must be at least 1024");
      }
      this.maxMessageBytes = bytes;
      return this;
    }

    /**
     * The most messages one JSON-RPC batch (revision 2025-03-26 only) may hold (default 100); a
     * larger batch is refused whole with {@code -32600}.
     */
    public Builder maxBatchItems(int items) {
      if (items < 1) {
        throw new IllegalArgumentException("maxBatchItems must be positive");
      }
      this.maxBatchItems = items;
      return this;
    }

    /**
     * The largest joined answer to one JSON-RPC batch, in bytes (default 16 MiB). Answers that
     * would pass it are replaced by a {@code -32603} error each that says so.
     */
    public Builder maxBatchResponseBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxBatchResponseBytes must be at least 1024");
      }
      this.maxBatchResponseBytes = bytes;
      return this;
    }

    /**
     * The key sealing the {@code requestState} of 2026-07-28 multi round-trip requests (HMAC-SHA256,
     * at least 32 bytes). Instances behind one load balancer need the same key. Default: the
     * base64 environment variable {@code MCPAPT_REQUEST_STATE_KEY}, else a random key per process.
     */
    public Builder requestStateKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < 32) {
        throw new IllegalArgumentException("the request-state key needs at least 32 bytes, got " + key.length);
      }
      featureSettings = new ServerFeatures.Settings(key.clone(), featureSettings.requestStateTtl(),
          featureSettings.clientTimeout());
      return this;
    }

    /**
     * How long a method waits for the client to answer an elicitation, sampling or roots request
     * (revisions up to 2025-11-25; default 10 minutes).
     */
    public Builder clientTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      featureSettings = new ServerFeatures.Settings(featureSettings.requestStateKey(),
          featureSettings.requestStateTtl(), timeout);
      return this;
    }

    /**
     * How tools run as tasks (see docs/tasks.md): where tasks are kept ({@link TaskSettings#withStore},
     * in memory by default), their time to live, polling interval and limits.
     */
    public Builder tasks(TaskSettings settings) {
      this.taskSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Shares state with the other nodes of this server through {@code store} (see
     * docs/deployment.md): tasks are kept there (unless {@link #tasks} names another store) and the
     * key sealing {@code requestState} is read from it (it overrides {@link #requestStateKey}). Give
     * the same store to {@code HttpOptions.builder().store(...)} for sessions.
     */
    public Builder store(dev.mcpapt.runtime.store.McpStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** How long shutdown waits for requests in flight (default 5 s). */
    public Builder shutdownGrace(Duration grace) {
      this.shutdownGrace = Objects.requireNonNull(grace, "grace");
      return this;
    }

    /**
     * Traces and measures requests with this OpenTelemetry instead of the global one
     * ({@code GlobalOpenTelemetry}, used by default whenever the OpenTelemetry API is on the class
     * path). See docs/observability.md.
     */
    public Builder openTelemetry(io.opentelemetry.api.OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
      return this;
    }

    /** {@code false}: no spans and no metrics, even with OpenTelemetry on the class path (default true). */
    public Builder telemetry(boolean enabled) {
      this.telemetry = enabled;
      return this;
    }

    public McpServer build() {
      List<McpComponent> all = new ArrayList<>(components);
      Factories factories = instances.isEmpty() && !discover ? null : Factories.load();
      for (Object i : instances) {
        all.add(factories.componentFor(i));
      }
      if (discover) {
        List<Class<?>> taken = new ArrayList<>();
        all.forEach(c -> taken.add(c.type()));
        for (McpComponentFactory f : factories.all()) {
          if (taken.contains(f.type())) {
            continue;
          }
          if (f.canCreateDefault()) {
            all.add(f.create());
          } else {
            LOG.log(System.Logger.Level.WARNING, f.type().getName()
                + " is not served: it needs an instance (no public no-argument constructor); pass one to McpServer.builder().tools(...)");
          }
        }
      }
      String[] defaults = manifestDefaults(all);
      Engine engine = new Engine(new Engine.Settings(
          name != null ? name : defaults[0],
          version != null ? version : defaults[1],
          title,
          instructions,
          listTtl.toMillis(),
          cacheScope,
          pageSize,
          maxMessageBytes,
          maxBatchItems,
          maxBatchResponseBytes));
      engine.messages().serverDetails(new Messages.ServerDetails(description, websiteUrl, icons));
      engine.observer(telemetry ? dev.mcpapt.runtime.telemetry.Telemetry.observer(openTelemetry)
          : dev.mcpapt.runtime.engine.RequestObserver.NONE);
      TaskSettings tasks = taskSettings != null ? taskSettings : TaskSettings.defaults();
      ServerFeatures.Settings features = featureSettings;
      if (store != null) {
        if (tasks.store() instanceof dev.mcpapt.runtime.tasks.InMemoryTaskStore) {
          tasks = tasks.withStore(store.tasks());
        }
        if (tasks.nodeId().equals(TaskSettings.defaults().nodeId())) {
          // Several nodes may run on one host: the host name alone would make each take the
          // others' tasks for its own, and fail them as abandoned.
          tasks = tasks.withNode(tasks.nodeId() + "-" + ProcessHandle.current().pid(), tasks.heartbeat(),
              tasks.staleAfter());
        }
        features = features.withRequestStateKeys(store::sealingKeys);
      }
      return new McpServer(engine, all, shutdownGrace, features, tasks);
    }

    /** Name and version from the manifest of the application's jar, or placeholders. */
    private static String[] manifestDefaults(List<McpComponent> components) {
      String n = null;
      String v = null;
      for (McpComponent c : components) {
        Package p = c.type().getPackage();
        if (p != null) {
          n = n != null ? n : p.getImplementationTitle();
          v = v != null ? v : p.getImplementationVersion();
        }
      }
      if (n == null || v == null) {
        String[] fromJar = mainJarManifest();
        n = n != null ? n : fromJar[0];
        v = v != null ? v : fromJar[1];
      }
      return new String[] {n != null ? n : "mcp-server", v != null ? v : "0.0.0"};
    }

    private static String[] mainJarManifest() {
      // Only "java -jar app.jar" (a class path of one jar) names the application's jar for sure.
      String cp = System.getProperty("java.class.path", "");
      if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
        return new String[2];
      }
      try (JarFile jar = new JarFile(cp)) {
        Manifest m = jar.getManifest();
        if (m == null) {
          return new String[2];
        }
        Attributes a = m.getMainAttributes();
        String n = a.getValue(Attributes.Name.IMPLEMENTATION_TITLE);
        if (n == null) {
          n = a.getValue("Automatic-Module-Name");
        }
        return new String[] {n, a.getValue(Attributes.Name.IMPLEMENTATION_VERSION)};
      } catch (IOException | SecurityException e) {
        return new String[2];
      }
    }
  }
}
