package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.spi.CompletionHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * {@code completion/complete}: suggestions for a prompt argument or a resource template
 * variable, from the {@code @Complete} method registered for it. A prompt or template that exists
 * but has no completion for the argument gets an empty list; one that does not exist is
 * {@code -32602}. At most 100 values are sent; {@code total} and {@code hasMore} tell the rest.
 */
final class CompletionMethods {
  static final int MAX_VALUES = 100;

  private record Key(CompletionHandler.RefType type, String ref, String argument) {}

  private final Engine engine;
  private final Predicate<String> promptExists;
  private final Predicate<String> templateExists;
  private volatile Map<Key, CompletionHandler> handlers = Map.of();

  CompletionMethods(Engine engine, Predicate<String> promptExists, Predicate<String> templateExists) {
    this.engine = engine;
    this.promptExists = promptExists;
    this.templateExists = templateExists;
  }

  void install() {
    engine.register("completion/complete", Engine.allRevisions(), false, this::complete);
    engine.capability("completions", Json.object(), Revision.V2025_03_26, () -> !handlers.isEmpty());
  }

  synchronized void add(Collection<CompletionHandler> added) {
    Map<Key, CompletionHandler> next = new HashMap<>(handlers);
    for (CompletionHandler h : added) {
      if (next.putIfAbsent(new Key(h.refType(), h.refName(), h.argument()), h) != null) {
        throw new IllegalArgumentException("Two completions for " + h.refName() + " argument " + h.argument());
      }
    }
    handlers = Map.copyOf(next);
  }

  synchronized void remove(Collection<CompletionHandler> gone) {
    Map<Key, CompletionHandler> next = new HashMap<>(handlers);
    for (CompletionHandler h : gone) {
      next.remove(new Key(h.refType(), h.refName(), h.argument()), h);
    }
    handlers = Map.copyOf(next);
  }

  private CompletionStage<Result> complete(RequestContext request) throws Exception {
    ObjectNode params = request.params();
    JsonNode ref = params.get("ref");
    if (ref == null || !ref.isObject()) {
      throw McpError.invalidParams("Invalid params: \"ref\" must be an object");
    }
    String type = ref.path("type").asText("");
    CompletionHandler.RefType refType;
    String refName;
    switch (type) {
      case "ref/prompt":
        refType = CompletionHandler.RefType.PROMPT;
        refName = text(ref, "name", "ref.name");
        if (!promptExists.test(refName)) {
          throw McpError.invalidParams("Invalid params: unknown prompt " + refName);
        }
        break;
      case "ref/resource":
        refType = CompletionHandler.RefType.RESOURCE;
        refName = text(ref, "uri", "ref.uri");
        if (!templateExists.test(refName)) {
          throw McpError.invalidParams("Invalid params: unknown resource template " + refName);
        }
        break;
      default:
        throw McpError.invalidParams("Invalid params: \"ref.type\" must be \"ref/prompt\" or \"ref/resource\"");
    }
    JsonNode argument = params.get("argument");
    if (argument == null || !argument.isObject()) {
      throw McpError.invalidParams("Invalid params: \"argument\" must be an object with name and value");
    }
    String name = text(argument, "name", "argument.name");
    String value = text(argument, "value", "argument.value");
    Map<String, String> context = new LinkedHashMap<>();
    JsonNode ctxArgs = params.path("context").path("arguments");
    if (ctxArgs.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = ctxArgs.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isTextual()) {
          context.put(e.getKey(), e.getValue().textValue());
        }
      }
    }
    CompletionHandler handler = handlers.get(new Key(refType, refName, name));
    if (handler == null) {
      return CompletableFuture.completedFuture(result(List.of()));
    }
    CompletionStage<List<String>> stage = handler.complete(value, Map.copyOf(context), request);
    return stage.thenApply(values -> result(values == null ? List.of() : values));
  }

  private static Result result(List<String> all) {
    List<String> values = new ArrayList<>(Math.min(all.size(), MAX_VALUES));
    for (String v : all) {
      if (v != null) {
        values.add(v);
        if (values.size() == MAX_VALUES) {
          break;
        }
      }
    }
    int total = all.size();
    boolean more = total > values.size();
    return (g, r) -> {
      g.writeObjectFieldStart("completion");
      g.writeArrayFieldStart("values");
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeNumberField("total", total);
      g.writeBooleanField("hasMore", more);
      g.writeEndObject();
    };
  }

  private static String text(JsonNode node, String field, String path) throws McpError {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw McpError.invalidParams("Invalid params: \"" + path + "\" must be a string");
    }
    return v.textValue();
  }
}
