package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.ResourceNotFoundException;
import dev.mcpapt.runtime.engine.AccessTargets;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code resources/list}, {@code resources/templates/list}, {@code resources/read}, and the
 * legacy {@code resources/subscribe} / {@code resources/unsubscribe}.
 *
 * <p>Resources are listed in URI order and templates in template order, in pages with cursors
 * that stay valid while the sets change. A read looks for a resource with exactly the URI first,
 * then tries the templates in the order they were added; an unknown URI is {@code -32002} up to
 * 2025-11-25 and {@code -32602} in 2026-07-28, with the URI in the error data either way. A read
 * may ask the client for input ({@link ClientInputs}).
 */
final class ResourceMethods {
  private final Engine engine;
  private final ClientInputs.Settings inputSettings;
  private final Object lock = new Object();
  private volatile List<Shaped<ResourceHandler>> resources = List.of();
  private volatile Map<String, ResourceHandler> byUri = Map.of();
  private volatile List<Shaped<ResourceTemplateHandler>> templates = List.of();
  private volatile List<ResourceTemplateHandler> matchOrder = List.of();
  /** Legacy subscriptions: the URIs each session subscribed to. */
  private final Map<Session, Set<String>> subscriptions = new ConcurrentHashMap<>();

  ResourceMethods(Engine engine, ClientInputs.Settings inputSettings) {
    this.engine = engine;
    this.inputSettings = inputSettings;
  }

  void install() {
    engine.register("resources/list", Engine.allRevisions(), true, this::list);
    engine.register("resources/templates/list", Engine.allRevisions(), true, this::listTemplates);
    engine.register("resources/read", Engine.allRevisions(), false, this::read);
    engine.addBroadcastListener((method, params) -> {
      if (Engine.RESOURCE_UPDATED.equals(method)) {
        updated(params.path("uri").asText());
      }
    });
    engine.register("resources/subscribe", Engine.legacyRevisions(), true, this::subscribe);
    engine.register("resources/unsubscribe", Engine.legacyRevisions(), true, this::unsubscribe);
    engine.capability("resources", Json.object().put("subscribe", true).put("listChanged", true), Revision.V2024_11_05,
        () -> !byUri.isEmpty() || !matchOrder.isEmpty());
    AccessTargets targets = new AccessTargets() {
      @Override
      public ObjectNode describe(JsonNode params) {
        JsonNode uri = params.get("uri");
        return uri != null && uri.isTextual() ? descriptorOf(uri.textValue()) : null;
      }

      @Override
      public Collection<ObjectNode> all() {
        List<ObjectNode> out = new ArrayList<>();
        byUri.values().forEach(r -> out.add(r.descriptor()));
        matchOrder.forEach(t -> out.add(t.descriptor()));
        return out;
      }
    };
    engine.registerTargets("resources/read", targets);
    engine.registerTargets("resources/subscribe", targets);
  }

  /** The descriptor of the resource, or else of the first template, that serves {@code uri}; or null. */
  private ObjectNode descriptorOf(String uri) {
    ResourceHandler exact = byUri.get(uri);
    if (exact != null) {
      return exact.descriptor();
    }
    for (ResourceTemplateHandler t : matchOrder) {
      if (t.match(uri) != null) {
        return t.descriptor();
      }
    }
    return null;
  }

  /** A handler with its descriptor shaped once per revision. */
  static final class Shaped<H> {
    final H handler;
    final String key;
    final ObjectNode descriptor;
    final Descriptors.Kind kind;
    final String[] shaped = new String[Revision.values().length];

    Shaped(H handler, String key, ObjectNode descriptor, Descriptors.Kind kind) {
      this.handler = handler;
      this.key = key;
      this.descriptor = descriptor;
      this.kind = kind;
    }

    String json(Revision revision) {
      String s = shaped[revision.ordinal()];
      if (s == null) {
        s = Descriptors.shape(descriptor, kind, revision);
        shaped[revision.ordinal()] = s;
      }
      return s;
    }
  }

  // ---------------------------------------------------------------- the sets

  /** Adds resources and templates; returns whether anything was added. */
  boolean add(Collection<ResourceHandler> newResources, Collection<ResourceTemplateHandler> newTemplates) {
    if (newResources.isEmpty() && newTemplates.isEmpty()) {
      return false;
    }
    synchronized (lock) {
      Map<String, ResourceHandler> uris = new HashMap<>(byUri);
      for (ResourceHandler r : newResources) {
        if (uris.putIfAbsent(r.uri(), r) != null) {
          throw new IllegalArgumentException("Duplicate resource URI: " + r.uri());
        }
      }
      List<ResourceTemplateHandler> order = new ArrayList<>(matchOrder);
      for (ResourceTemplateHandler t : newTemplates) {
        for (ResourceTemplateHandler existing : order) {
          if (existing.uriTemplate().equals(t.uriTemplate())) {
            throw new IllegalArgumentException("Duplicate resource template: " + t.uriTemplate());
          }
        }
        order.add(t);
      }
      publish(uris, order);
    }
    return true;
  }

  /** Removes resources and templates; returns whether any was served. */
  boolean remove(Collection<ResourceHandler> gone, Collection<ResourceTemplateHandler> goneTemplates) {
    synchronized (lock) {
      Map<String, ResourceHandler> uris = new HashMap<>(byUri);
      boolean changed = false;
      for (ResourceHandler r : gone) {
        changed |= uris.remove(r.uri(), r);
      }
      List<ResourceTemplateHandler> order = new ArrayList<>(matchOrder);
      changed |= order.removeAll(goneTemplates);
      if (changed) {
        publish(uris, order);
      }
      return changed;
    }
  }

  private void publish(Map<String, ResourceHandler> uris, List<ResourceTemplateHandler> order) {
    List<Shaped<ResourceHandler>> r = new ArrayList<>();
    uris.values().forEach(h -> r.add(new Shaped<>(h, h.uri(), h.descriptor(), Descriptors.Kind.RESOURCE)));
    r.sort(Comparator.comparing(s -> s.key));
    List<Shaped<ResourceTemplateHandler>> t = new ArrayList<>();
    order.forEach(h -> t.add(new Shaped<>(h, h.uriTemplate(), h.descriptor(), Descriptors.Kind.RESOURCE_TEMPLATE)));
    t.sort(Comparator.comparing(s -> s.key));
    byUri = Map.copyOf(uris);
    matchOrder = List.copyOf(order);
    resources = List.copyOf(r);
    templates = List.copyOf(t);
  }

  List<ResourceHandler> resources() {
    return resources.stream().map(s -> s.handler).toList();
  }

  List<ResourceTemplateHandler> templates() {
    return List.copyOf(matchOrder);
  }

  // ---------------------------------------------------------------- lists

  private CompletionStage<Result> list(RequestContext request) throws McpError {
    return listOf(request, resources, "resources", "resources");
  }

  private CompletionStage<Result> listTemplates(RequestContext request) throws McpError {
    return listOf(request, templates, "resourceTemplates", "templates");
  }

  private <H> CompletionStage<Result> listOf(RequestContext request, List<Shaped<H>> all, String field, String kind)
      throws McpError {
    Pages.Page page = Pages.page(request, all, s -> s.key, kind, engine.settings().pageSize());
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeArrayFieldStart(field);
      for (int i = page.from(); i < page.to(); i++) {
        g.writeRawValue(all.get(i).json(r.revision()));
      }
      g.writeEndArray();
      if (page.nextCursor() != null) {
        g.writeStringField("nextCursor", page.nextCursor());
      }
      engine.messages().writeCacheHints(g, r);
    });
  }

  // ---------------------------------------------------------------- read

  private CompletionStage<Result> read(RequestContext request) throws Exception {
    JsonNode uriNode = request.params().get("uri");
    if (uriNode == null || !uriNode.isTextual()) {
      throw McpError.invalidParams("Invalid params: \"uri\" must be a string naming the resource");
    }
    String uri = uriNode.textValue();
    RequestChecks.logLevel(request);
    request.clientInput(ClientInputs.open(request, inputSettings));
    CompletionStage<List<ResourceContents>> stage = null;
    ResourceHandler exact = byUri.get(uri);
    try {
      if (exact != null) {
        stage = exact.read(request);
      } else {
        for (ResourceTemplateHandler t : matchOrder) {
          Map<String, String> variables = t.match(uri);
          if (variables != null) {
            stage = t.read(uri, variables, request);
            break;
          }
        }
      }
    } catch (Throwable t) {
      return CompletableFuture.failedFuture(failure(t, uri, request));
    }
    if (stage == null) {
      throw notFound(uri, request.revision(), null);
    }
    CompletableFuture<Result> out = new CompletableFuture<>();
    stage.whenComplete((contents, thrown) -> {
      if (thrown != null) {
        out.completeExceptionally(failure(thrown, uri, request));
      } else if (contents == null || contents.isEmpty()) {
        out.completeExceptionally(notFound(uri, request.revision(), null));
      } else {
        List<ResourceContents> copy = List.copyOf(contents);
        out.complete((g, r) -> {
          g.writeArrayFieldStart("contents");
          for (ResourceContents c : copy) {
            writeContents(g, c, r.revision());
          }
          g.writeEndArray();
          engine.messages().writeCacheHints(g, r);
        });
      }
    });
    return out;
  }

  /** What a failed read answers: not found, invalid variables, or the failure itself. */
  private static Throwable failure(Throwable thrown, String uri, RequestContext request) {
    Throwable t = unwrap(thrown);
    if (t instanceof ResourceNotFoundException) {
      return notFound(uri, request.revision(), t.getMessage());
    }
    if (t instanceof InvalidArgumentsException) {
      return McpError.invalidParams("Invalid params: " + String.join("; ", ((InvalidArgumentsException) t).problems()));
    }
    return t;
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  static McpError notFound(String uri, Revision revision, String detail) {
    ObjectNode data = Json.object().put("uri", uri);
    // The URI is in the data only: it is the client's own, and may be long.
    String message = "Resource not found" + (detail == null || detail.isBlank() ? "" : ": " + detail);
    return new McpError(revision.isModern() ? McpError.INVALID_PARAMS : McpError.RESOURCE_NOT_FOUND, message, data);
  }

  static void writeContents(JsonGenerator g, ResourceContents c, Revision revision) throws IOException {
    g.writeStartObject();
    g.writeStringField("uri", c.uri());
    if (c.mimeType() != null) {
      g.writeStringField("mimeType", c.mimeType());
    }
    if (c.text() != null) {
      g.writeStringField("text", c.text());
    } else {
      g.writeStringField("blob", c.blob());
    }
    if (c.meta() != null && !c.meta().isEmpty() && revision.atLeast(Revision.V2025_06_18)) {
      g.writeFieldName("_meta");
      g.writeTree(c.meta());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- legacy subscriptions

  private CompletionStage<Result> subscribe(RequestContext request) throws McpError {
    String uri = subscriptionUri(request);
    if (shared(request)) {
      return relay(request, uri, true);
    }
    subscriptions.computeIfAbsent(request.session(), s -> ConcurrentHashMap.newKeySet()).add(uri);
    return CompletableFuture.completedFuture(Result.empty());
  }

  private CompletionStage<Result> unsubscribe(RequestContext request) throws McpError {
    String uri = subscriptionUri(request);
    if (shared(request)) {
      return relay(request, uri, false);
    }
    Set<String> uris = subscriptions.get(request.session());
    if (uris != null) {
      uris.remove(uri);
    }
    return CompletableFuture.completedFuture(Result.empty());
  }

  /** Records a subscription of a shared session where every node sees it. */
  private CompletionStage<Result> relay(RequestContext request, String uri, boolean subscribed) throws McpError {
    try {
      engine.relay().subscription(request.session().sharedId(), uri, subscribed);
    } catch (RuntimeException e) {
      throw new McpError(McpError.INTERNAL_ERROR, "Service unavailable: the subscription could not be recorded "
          + "in the state the server's nodes share; retry shortly");
    }
    return CompletableFuture.completedFuture(Result.empty());
  }

  /** Whether the request's session is shared between nodes, its subscriptions with it. */
  private boolean shared(RequestContext request) {
    return engine.relay() != null && request.session().sharedId() != null;
  }

  private static String subscriptionUri(RequestContext request) throws McpError {
    JsonNode uri = request.params().get("uri");
    if (uri == null || !uri.isTextual() || uri.textValue().isEmpty()) {
      throw McpError.invalidParams("Invalid params: \"uri\" must be a string naming the resource");
    }
    if (request.session() == null) {
      throw McpError.invalidRequest("Invalid request: subscriptions need a session");
    }
    return uri.textValue();
  }

  /** Sends {@code notifications/resources/updated} to the legacy sessions subscribed to {@code uri}. */
  void updated(String uri) {
    ObjectNode params = Json.object().put("uri", uri);
    subscriptions.entrySet().removeIf(e -> e.getKey().isClosed());
    for (Map.Entry<Session, Set<String>> e : subscriptions.entrySet()) {
      if (e.getValue().contains(uri)) {
        e.getKey().notify("notifications/resources/updated", params);
      }
    }
  }
}
