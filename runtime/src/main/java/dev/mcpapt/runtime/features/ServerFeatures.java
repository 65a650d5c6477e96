package dev.mcpapt.runtime.features;

import dev.mcpapt.runtime.ServerEvents;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.widget.HostHints;
import dev.mcpapt.runtime.engine.MethodHandler;
import dev.mcpapt.runtime.input.RequestStateCodec;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.PromptHandler;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The server features beyond tools, installed on an {@link Engine}: resources and resource
 * templates, prompts, completions, logging, subscriptions (legacy {@code resources/subscribe} and
 * the 2026-07-28 {@code subscriptions/listen}), list-change notifications, and asking the client
 * for input (elicitation, sampling, roots) from tools, prompts and resource reads.
 *
 * <p>It is also the server's {@link ServerEvents}: {@code context.serverEvents()} in a method,
 * or the server object outside one.
 */
public final class ServerFeatures implements ServerEvents {
  /** Environment variable holding the base64 request-state key shared by the instances of a server. */
  public static final String REQUEST_STATE_KEY_ENV = "MCPAPT_REQUEST_STATE_KEY";

  /**
   * How the features behave.
   *
   * @param requestStateKey the HMAC key sealing 2026-07-28 {@code requestState} (at least 32
   *     bytes); {@code null} for {@link #REQUEST_STATE_KEY_ENV}, else a random key per process
   * @param requestStateTtl how long a sealed request state stays valid
   * @param clientTimeout how long a server-to-client request (up to 2025-11-25) waits for its answer
   */
  public record Settings(byte[] requestStateKey, Duration requestStateTtl, Duration clientTimeout) {
    public Settings {
      Objects.requireNonNull(requestStateTtl, "requestStateTtl");
      Objects.requireNonNull(clientTimeout, "clientTimeout");
    }

    public static Settings defaults() {
      return new Settings(null, RequestStateCodec.DEFAULT_TTL, Duration.ofMinutes(10));
    }
  }

  private final Engine engine;
  private final ResourceMethods resources;
  private final PromptMethods prompts;
  private final CompletionMethods completions;
  private final ListenStreams listen;
  private final UrlElicitations urlElicitations = new UrlElicitations();

  private ServerFeatures(Engine engine, Settings settings) {
    this.engine = engine;
    ClientInputs.Settings inputs = new ClientInputs.Settings(
        new RequestStateCodec(key(settings.requestStateKey()), settings.requestStateTtl(), Clock.systemUTC()),
        settings.clientTimeout(), urlElicitations);
    this.resources = new ResourceMethods(engine, inputs);
    this.prompts = new PromptMethods(engine, inputs);
    this.completions = new CompletionMethods(engine, name -> prompts.get(name) != null,
        template -> resources.templates().stream().anyMatch(t -> t.uriTemplate().equals(template)));
    this.listen = new ListenStreams(engine);
    resources.install();
    new SkillMethods(engine, resources).install();
    prompts.install();
    completions.install();
    listen.install();
    new LoggingMethods(engine).install();
    MethodHandler call = engine.handler("tools/call");
    if (call != null) {
      engine.register("tools/call", Engine.allRevisions(), false, request -> {
        RequestChecks.logLevel(request);
        request.clientInput(ClientInputs.open(request, inputs));
        return call.handle(request);
      });
    }
    engine.serverEvents(this);
    // Advertised only while a widget (an MCP App resource) is served.
    engine.extension(HostHints.UI_EXTENSION, r -> hasWidgets() ? Json.object() : null, Revision.V2025_11_25);
  }

  private boolean hasWidgets() {
    for (ResourceHandler r : resources.resources()) {
      if (HostHints.MCP_APP_MIME_TYPE.equals(r.descriptor().path("mimeType").asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** Installs the features on {@code engine} (after its tools). */
  public static ServerFeatures install(Engine engine, Settings settings) {
    return new ServerFeatures(engine, settings);
  }

  private static byte[] key(byte[] configured) {
    if (configured != null) {
      return configured.clone();
    }
    String env = System.getenv(REQUEST_STATE_KEY_ENV);
    if (env != null && !env.isBlank()) {
      byte[] k;
      try {
        k = Base64.getDecoder().decode(env.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(REQUEST_STATE_KEY_ENV + " must be base64 (at least 32 bytes of key)", e);
      }
      return k;
    }
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  /**
   * Serves the resources, templates, prompts and completions of {@code components} too.
   *
   * @param notify whether to tell clients the lists changed
   */
  public void add(Collection<McpComponent> components, boolean notify) {
    List<ResourceHandler> r = new ArrayList<>();
    List<ResourceTemplateHandler> t = new ArrayList<>();
    List<PromptHandler> p = new ArrayList<>();
    List<CompletionHandler> c = new ArrayList<>();
    for (McpComponent component : components) {
      r.addAll(component.resources());
      t.addAll(component.resourceTemplates());
      p.addAll(component.prompts());
      c.addAll(component.completions());
    }
    boolean resourcesChanged = resources.add(r, t);
    boolean promptsChanged = prompts.add(p);
    completions.add(c);
    if (notify && resourcesChanged) {
      resourcesChanged();
    }
    if (notify && promptsChanged) {
      promptsChanged();
    }
  }

  /** Stops serving what {@code component} brought; notifies like {@link #add}. */
  public void remove(McpComponent component, boolean notify) {
    boolean resourcesChanged = resources.remove(component.resources(), component.resourceTemplates());
    boolean promptsChanged = prompts.remove(component.prompts());
    completions.remove(component.completions());
    if (notify && resourcesChanged) {
      resourcesChanged();
    }
    if (notify && promptsChanged) {
      promptsChanged();
    }
  }

  /** The resources served, in URI order. */
  public List<ResourceHandler> resources() {
    return resources.resources();
  }

  /** Ends every {@code subscriptions/listen} stream gracefully (on shutdown). */
  public void closeSubscriptions() {
    listen.closeAll();
  }

  /** How many {@code subscriptions/listen} streams are open. */
  public int openSubscriptions() {
    return listen.size();
  }

  // ---------------------------------------------------------------- ServerEvents

  @Override
  public void toolsChanged() {
    engine.broadcast("notifications/tools/list_changed", null);
  }

  @Override
  public void promptsChanged() {
    engine.broadcast("notifications/prompts/list_changed", null);
  }

  @Override
  public void resourcesChanged() {
    engine.broadcast("notifications/resources/list_changed", null);
  }

  @Override
  public void resourceUpdated(String uri) {
    Objects.requireNonNull(uri, "uri");
    resources.updated(uri);
    listen.updated(uri);
  }

  @Override
  public void elicitationComplete(String elicitationId) {
    urlElicitations.complete(Objects.requireNonNull(elicitationId, "elicitationId"));
  }
}
