package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code subscriptions/listen} (2026-07-28): a long-lived request whose stream carries the
 * notifications its filter asks for.
 *
 * <p>The request is acknowledged first ({@code notifications/subscriptions/acknowledged} with the
 * filter the server honors), then every list change and resource update the filter selects is
 * sent on the request's stream, each tagged with
 * {@code _meta["io.modelcontextprotocol/subscriptionId"]}: the request id. The request has no
 * response until the server ends the subscription ({@link #closeAll}); a client ends it by
 * closing the stream (HTTP) or with {@code notifications/cancelled} (stdio), which cancels the
 * request and drops the stream here.
 */
final class ListenStreams {
  static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

  private record Filter(boolean tools, boolean prompts, boolean resources, Set<String> uris) {}

  private static final class Stream {
    final RequestContext request;
    final Filter filter;
    final CompletableFuture<Result> end = new CompletableFuture<>();

    Stream(RequestContext request, Filter filter) {
      this.request = request;
      this.filter = filter;
    }

    JsonNode id() {
      return request.id();
    }
  }

  private final Engine engine;
  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

  ListenStreams(Engine engine) {
    this.engine = engine;
  }

  void install() {
    engine.register("subscriptions/listen", Engine.since(Revision.V2026_07_28), false, this::listen);
    engine.addBroadcastListener(this::broadcast);
  }

  private static final String TASKS_EXTENSION = "io.modelcontextprotocol/tasks";

  private CompletionStage<Result> listen(RequestContext request) throws McpError {
    JsonNode n = request.params().get("notifications");
    if (n == null || !n.isObject()) {
      throw McpError.invalidParams("Invalid params: \"notifications\" must be an object naming the notifications to receive");
    }
    if (n.has("taskIds") && !request.clientCapabilities().path("extensions").path(TASKS_EXTENSION).isObject()) {
      // Task status notifications belong to the tasks extension; none are sent (clients poll), so
      // a declaring client's taskIds are simply not acknowledged.
      ObjectNode data = Json.object();
      data.putObject("requiredCapabilities").putObject("extensions").putObject(TASKS_EXTENSION);
      throw new McpError(McpError.MISSING_REQUIRED_CLIENT_CAPABILITY,
          "Missing required client capability: task notifications need the " + TASKS_EXTENSION + " extension", data);
    }
    Set<String> uris = new LinkedHashSet<>();
    JsonNode subs = n.get("resourceSubscriptions");
    if (subs != null && !subs.isNull()) {
      if (!subs.isArray()) {
        throw McpError.invalidParams("Invalid params: \"notifications.resourceSubscriptions\" must be an array of URIs");
      }
      for (JsonNode u : subs) {
        if (!u.isTextual()) {
          throw McpError.invalidParams("Invalid params: \"notifications.resourceSubscriptions\" must hold strings");
        }
        uris.add(u.textValue());
      }
    }
    // Only what the server offers is honored (and acknowledged): a server without prompts never
    // sends their list changes, so it does not agree to.
    boolean resources = engine.offers("resources");
    if (!resources) {
      uris.clear();
    }
    Filter filter = new Filter(flag(n, "toolsListChanged") && engine.offers("tools"),
        flag(n, "promptsListChanged") && engine.offers("prompts"),
        flag(n, "resourcesListChanged") && resources, Set.copyOf(uris));
    Stream stream = new Stream(request, filter);

    ObjectNode ack = Json.object();
    ack.putObject("_meta").set(SUBSCRIPTION_ID, request.id());
    ObjectNode agreed = ack.putObject("notifications");
    if (filter.tools()) {
      agreed.put("toolsListChanged", true);
    }
    if (filter.prompts()) {
      agreed.put("promptsListChanged", true);
    }
    if (filter.resources()) {
      agreed.put("resourcesListChanged", true);
    }
    if (n.has("resourceSubscriptions") && resources) {
      ArrayNode a = agreed.putArray("resourceSubscriptions");
      uris.forEach(a::add);
    }
    // Registered before the acknowledgment is sent so no change after it is missed; a change
    // that races the registration may then come before the acknowledgment, so it waits for it.
    synchronized (stream) {
      streams.add(stream);
      request.send(Messages.notification("notifications/subscriptions/acknowledged", ack));
    }
    stream.end.whenComplete((r, e) -> streams.remove(stream));
    return stream.end;
  }

  private static boolean flag(JsonNode filter, String name) {
    JsonNode v = filter.get(name);
    return v != null && v.asBoolean(false);
  }

  private void broadcast(String method, ObjectNode params) {
    if (Engine.RESOURCE_UPDATED.equals(method)) {
      updated(params.path("uri").asText());
      return;
    }
    for (Stream s : streams) {
      boolean wanted = switch (method) {
        case "notifications/tools/list_changed" -> s.filter.tools();
        case "notifications/prompts/list_changed" -> s.filter.prompts();
        case "notifications/resources/list_changed" -> s.filter.resources();
        default -> false;
      };
      if (wanted) {
        deliver(s, method, params);
      }
    }
  }

  /** Sends {@code notifications/resources/updated} to the streams subscribed to {@code uri}. */
  void updated(String uri) {
    ObjectNode params = Json.object().put("uri", uri);
    for (Stream s : streams) {
      if (s.filter.uris().contains(uri)) {
        deliver(s, "notifications/resources/updated", params);
      }
    }
  }

  private void deliver(Stream s, String method, ObjectNode params) {
    if (s.request.isCancelled()) {
      streams.remove(s);
      s.end.cancel(false);
      return;
    }
    ObjectNode p = params == null ? Json.object() : params.deepCopy();
    ObjectNode meta = p.has("_meta") && p.get("_meta").isObject() ? (ObjectNode) p.get("_meta") : p.putObject("_meta");
    meta.set(SUBSCRIPTION_ID, s.id());
    synchronized (s) {
      s.request.send(Messages.notification(method, p));
    }
  }

  /** Ends every subscription gracefully: each gets its (empty) result, tagged with its id. */
  void closeAll() {
    for (Stream s : streams) {
      ObjectNode meta = Json.object();
      meta.set(SUBSCRIPTION_ID, s.id());
      s.end.complete(new Result() {
        @Override
        public void writeFields(com.fasterxml.jackson.core.JsonGenerator g, RequestContext r) {}

        @Override
        public ObjectNode meta() {
          return meta;
        }
      });
    }
  }

  /** How many subscriptions are open. */
  int size() {
    streams.removeIf(s -> s.request.isCancelled());
    return streams.size();
  }
}
