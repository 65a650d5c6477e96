package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.engine.AccessTargets;
import dev.mcpapt.runtime.engine.ContentCodec;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.PromptHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code prompts/list} and {@code prompts/get}. Prompts are listed in name order, in pages. A
 * prompt's arguments arrive as strings; the generated handler checks the required ones and
 * converts the rest, and its problems become {@code -32602}. Rendering a prompt may ask the
 * client for input ({@link ClientInputs}).
 */
final class PromptMethods {
  private final Engine engine;
  private final ClientInputs.Settings inputSettings;
  private final Object lock = new Object();
  private volatile List<ResourceMethods.Shaped<PromptHandler>> sorted = List.of();
  private volatile Map<String, PromptHandler> byName = Map.of();

  PromptMethods(Engine engine, ClientInputs.Settings inputSettings) {
    this.engine = engine;
    this.inputSettings = inputSettings;
  }

  void install() {
    engine.register("prompts/list", Engine.allRevisions(), true, this::list);
    engine.register("prompts/get", Engine.allRevisions(), false, this::get);
    engine.capability("prompts", Json.object().put("listChanged", true), Revision.V2024_11_05, () -> !byName.isEmpty());
    engine.registerTargets("prompts/get", new AccessTargets() {
      @Override
      public ObjectNode describe(JsonNode params) {
        JsonNode name = params.get("name");
        PromptHandler p = name != null && name.isTextual() ? get(name.textValue()) : null;
        return p == null ? null : p.descriptor();
      }

      @Override
      public Collection<ObjectNode> all() {
        List<ObjectNode> out = new ArrayList<>();
        byName.values().forEach(p -> out.add(p.descriptor()));
        return out;
      }
    });
  }

  boolean add(Collection<PromptHandler> prompts) {
    if (prompts.isEmpty()) {
      return false;
    }
    synchronized (lock) {
      Map<String, PromptHandler> next = new HashMap<>(byName);
      for (PromptHandler p : prompts) {
        if (next.putIfAbsent(p.name(), p) != null) {
          throw new IllegalArgumentException("Duplicate prompt name: " + p.name());
        }
      }
      publish(next);
    }
    return true;
  }

  boolean remove(Collection<PromptHandler> prompts) {
    synchronized (lock) {
      Map<String, PromptHandler> next = new HashMap<>(byName);
      boolean changed = false;
      for (PromptHandler p : prompts) {
        changed |= next.remove(p.name(), p);
      }
      if (changed) {
        publish(next);
      }
      return changed;
    }
  }

  private void publish(Map<String, PromptHandler> next) {
    List<ResourceMethods.Shaped<PromptHandler>> s = new ArrayList<>();
    next.values().forEach(p -> s.add(new ResourceMethods.Shaped<>(p, p.name(), p.descriptor(), Descriptors.Kind.PROMPT)));
    s.sort(Comparator.comparing(e -> e.key));
    byName = Map.copyOf(next);
    sorted = List.copyOf(s);
  }

  PromptHandler get(String name) {
    return byName.get(name);
  }

  private CompletionStage<Result> list(RequestContext request) throws McpError {
    List<ResourceMethods.Shaped<PromptHandler>> all = sorted;
    Pages.Page page = Pages.page(request, all, s -> s.key, "prompts", engine.settings().pageSize());
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeArrayFieldStart("prompts");
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

  private CompletionStage<Result> get(RequestContext request) throws Exception {
    ObjectNode params = request.params();
    JsonNode nameNode = params.get("name");
    if (nameNode == null || !nameNode.isTextual()) {
      throw McpError.invalidParams("Invalid params: \"name\" must be a string naming the prompt");
    }
    PromptHandler prompt = byName.get(nameNode.textValue());
    if (prompt == null) {
      throw McpError.invalidParams("Invalid params: unknown prompt " + nameNode.textValue());
    }
    Map<String, String> arguments = arguments(params.get("arguments"));
    RequestChecks.logLevel(request);
    request.clientInput(ClientInputs.open(request, inputSettings));
    CompletionStage<PromptResult> stage;
    try {
      stage = prompt.get(arguments, request);
    } catch (InvalidArgumentsException e) {
      throw invalid(prompt.name(), e);
    }
    if (stage == null) {
      throw new IllegalStateException("prompt " + prompt.name() + " returned no result");
    }
    CompletableFuture<Result> out = new CompletableFuture<>();
    stage.whenComplete((result, thrown) -> {
      if (thrown != null) {
        Throwable t = thrown;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
            || t instanceof java.util.concurrent.ExecutionException)) {
          t = t.getCause();
        }
        out.completeExceptionally(t instanceof InvalidArgumentsException
            ? invalid(prompt.name(), (InvalidArgumentsException) t) : t);
      } else if (result == null) {
        out.completeExceptionally(new IllegalStateException("prompt " + prompt.name() + " returned no result"));
      } else {
        out.complete((g, r) -> {
          if (result.description() != null) {
            g.writeStringField("description", result.description());
          }
          g.writeArrayFieldStart("messages");
          for (PromptMessage m : result.messages()) {
            g.writeStartObject();
            g.writeStringField("role", m.role().wireName());
            g.writeFieldName("content");
            ContentCodec.write(g, m.content(), r.revision());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
      }
    });
    return out;
  }

  private static McpError invalid(String prompt, InvalidArgumentsException e) {
    return McpError.invalidParams("Invalid arguments for prompt " + prompt + ": " + String.join("; ", e.problems()));
  }

  private static Map<String, String> arguments(JsonNode node) throws McpError {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw McpError.invalidParams("Invalid params: \"arguments\" must be an object of strings");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isTextual()) {
        throw McpError.invalidParams("Invalid params: prompt argument \"" + e.getKey() + "\" must be a string");
      }
      out.put(e.getKey(), v.textValue());
    }
    return out;
  }
}
