package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code tools/list}, {@code tools/call} and {@code notifications/tools/list_changed}.
 *
 * <p>Tools are listed in name order (deterministic, so clients and prompt caches can rely on it),
 * in pages of {@link Engine.Settings#pageSize()} with opaque cursors that stay valid while tools
 * come and go. Each descriptor is shaped once per revision: fields a revision does not define are
 * left out ({@code annotations} before 2025-03-26; {@code title}, {@code outputSchema} and
 * {@code _meta} before 2025-06-18; {@code icons} before 2025-11-25; {@code execution} only in
 * 2025-11-25).
 */
public final class ToolMethods {
  private static final String CURSOR_PREFIX = "tools:";

  private final Engine engine;
  private final Object lock = new Object();
  private volatile Entry[] sorted = new Entry[0];
  private volatile Map<String, Entry> byName = Map.of();

  private ToolMethods(Engine engine) {
    this.engine = engine;
  }

  static ToolMethods install(Engine engine) {
    ToolMethods tools = new ToolMethods(engine);
    engine.register("tools/list", Engine.allRevisions(), true, tools::list);
    engine.register("tools/call", Engine.allRevisions(), false, tools::call);
    engine.inlineWhen("tools/call", tools::runsInline);
    engine.capability("tools", Json.object().put("listChanged", true), Revision.V2024_11_05);
    engine.registerTargets("tools/call", new AccessTargets() {
      @Override
      public ObjectNode describe(JsonNode params) {
        JsonNode name = params.get("name");
        ToolHandler t = name != null && name.isTextual() ? tools.get(name.textValue()) : null;
        return t == null ? null : t.descriptor();
      }

      @Override
      public Collection<ObjectNode> all() {
        List<ObjectNode> out = new ArrayList<>();
        tools.handlers().forEach(h -> out.add(h.descriptor()));
        return out;
      }
    });
    return tools;
  }

  /**
   * Whether a {@code tools/call} runs on the reading thread: the tool declared it never blocks
   * and cannot run as a task.
   */
  private boolean runsInline(Inbound in) {
    JsonNode params = in.params();
    JsonNode name = params == null ? null : params.get("name");
    if (name == null || !name.isTextual()) {
      return false;
    }
    Entry e = byName.get(name.textValue());
    return e != null && e.inline;
  }

  /**
   * The tool's {@link ToolHandler#taskSupport()}, read from its descriptor once when it was added
   * ({@link TaskSupport#FORBIDDEN} for a tool not served).
   */
  public TaskSupport taskSupport(ToolHandler tool) {
    Entry e = byName.get(tool.name());
    return e != null && e.handler == tool ? e.taskSupport : tool.taskSupport();
  }

  /**
   * One tool and its descriptor shaped per revision, encoded on first use and then written as
   * those UTF-8 bytes by every {@code tools/list}.
   */
  private static final class Entry {
    final ToolHandler handler;
    final String name;
    final SerializedString[] shaped = new SerializedString[Revision.values().length];

    final TaskSupport taskSupport;
    /** Whether its calls run on the reading thread: it never blocks and cannot run as a task. */
    final boolean inline;

    Entry(ToolHandler handler) {
      this.handler = handler;
      this.name = handler.name();
      this.taskSupport = handler.taskSupport();
      this.inline = handler.nonBlocking() && taskSupport == TaskSupport.FORBIDDEN;
    }

    SerializedString descriptor(Revision revision) {
      SerializedString s = shaped[revision.ordinal()];
      if (s == null) {
        s = new SerializedString(shape(handler.descriptor(), revision));
        s.asUnquotedUTF8(); // encoded now, once
        shaped[revision.ordinal()] = s;
      }
      return s;
    }
  }

  // ---------------------------------------------------------------- the set of tools

  /**
   * Adds tools. Sends {@code notifications/tools/list_changed} if {@code notify} is set.
   *
   * @throws IllegalArgumentException if a name is taken (by a tool already served or another
   *     of {@code tools})
   */
  public void add(Collection<? extends ToolHandler> tools, boolean notify) {
    if (tools.isEmpty()) {
      return;
    }
    synchronized (lock) {
      Map<String, Entry> next = new HashMap<>(byName);
      for (ToolHandler t : tools) {
        if (next.putIfAbsent(t.name(), new Entry(t)) != null) {
          throw new IllegalArgumentException("Duplicate tool name: " + t.name());
        }
      }
      publish(next);
    }
    if (notify) {
      listChanged();
    }
  }

  /** Removes the named tools; returns whether any was served. Notifies like {@link #add}. */
  public boolean remove(Collection<String> names, boolean notify) {
    boolean changed = false;
    synchronized (lock) {
      Map<String, Entry> next = new HashMap<>(byName);
      for (String n : names) {
        changed |= next.remove(n) != null;
      }
      if (changed) {
        publish(next);
      }
    }
    if (changed && notify) {
      listChanged();
    }
    return changed;
  }

  private void publish(Map<String, Entry> next) {
    Entry[] s = next.values().toArray(new Entry[0]);
    Arrays.sort(s, Comparator.comparing(e -> e.name));
    byName = Map.copyOf(next);
    sorted = s;
  }

  /** The tools served, in name order. */
  public List<ToolHandler> handlers() {
    Entry[] s = sorted;
    List<ToolHandler> out = new ArrayList<>(s.length);
    for (Entry e : s) {
      out.add(e.handler);
    }
    return out;
  }

  /** The tool with this name, or {@code null}. */
  public ToolHandler get(String name) {
    Entry e = byName.get(name);
    return e == null ? null : e.handler;
  }

  /** Tells clients the list changed. */
  public void listChanged() {
    engine.broadcast("notifications/tools/list_changed", null);
  }

  // ---------------------------------------------------------------- tools/list

  private CompletionStage<Result> list(RequestContext request) throws McpError {
    Entry[] all = sorted;
    int from = 0;
    JsonNode cursor = request.params().get("cursor");
    if (cursor != null && !cursor.isNull()) {
      if (!cursor.isTextual()) {
        throw McpError.invalidParams("Invalid params: \"cursor\" must be a string");
      }
      String after = decodeCursor(cursor.textValue());
      from = firstAfter(all, after);
    }
    int pageSize = engine.settings().pageSize();
    int to = Math.min(all.length, from + pageSize);
    int start = from;
    String next = to < all.length ? encodeCursor(all[to - 1].name) : null;
    return CompletableFuture.completedFuture((g, r) -> {
      Revision revision = r.revision();
      g.writeArrayFieldStart("tools");
      for (int i = start; i < to; i++) {
        g.writeRawValue(all[i].descriptor(revision));
      }
      g.writeEndArray();
      if (next != null) {
        g.writeStringField("nextCursor", next);
      }
      engine.messages().writeCacheHints(g, r);
    });
  }

  private static int firstAfter(Entry[] all, String name) {
    int lo = 0;
    int hi = all.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all[mid].name.compareTo(name) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static String encodeCursor(String lastName) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((CURSOR_PREFIX + lastName).getBytes(StandardCharsets.UTF_8));
  }

  static String decodeCursor(String cursor) throws McpError {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith(CURSOR_PREFIX)) {
        return s.substring(CURSOR_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // not base64: fall through
    }
    throw McpError.invalidParams("Invalid params: invalid cursor");
  }

  /** The descriptor of one tool, shaped for {@code revision}. */
  static String shape(ObjectNode descriptor, Revision revision) {
    return Json.encodeToString(g -> {
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = descriptor.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (defines(e.getKey(), revision) && !(e.getKey().equals("outputSchema") && !revision.isModern()
            && !"object".equals(e.getValue().path("type").asText()))) {
          // Before 2026-07-28 an output schema must describe an object; another one is left out.
          g.writeFieldName(e.getKey());
          g.writeTree(e.getValue());
        }
      }
      g.writeEndObject();
    });
  }

  /**
   * Sent on every revision. {@code securitySchemes} is an extension field (ChatGPT reads it on the
   * tool, mirrored in {@code _meta}); clients that do not know it ignore it.
   */
  private static final Set<String> BASE = Set.of("name", "description", "inputSchema", "securitySchemes");

  private static boolean defines(String field, Revision revision) {
    if (BASE.contains(field)) {
      return true;
    }
    switch (field) {
      case "annotations":
        return revision.hasToolAnnotations();
      case "title":
      case "outputSchema":
      case "_meta":
        return revision.hasStructuredContent();
      case "icons":
        return revision.hasIcons();
      case "execution":
        return revision == Revision.V2025_11_25;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------- tools/call

  private CompletionStage<Result> call(RequestContext request) throws McpError {
    Call call = readCall(request.params());
    ToolResult refusal = request.caller().toolRefusal();
    if (refusal != null) {
      // the transport refused the caller (sign in, or more scopes) and answers as a tool result
      return CompletableFuture.completedFuture(new CallResult(refusal));
    }
    return invoke(call.tool().name(), call.tool(), call.arguments(), request).thenApply(CallResult::new);
  }

  /** The tool served under {@code name} and the arguments of a {@code tools/call}, checked. */
  public record Call(ToolHandler tool, JsonNode arguments) {}

  /**
   * Reads the tool and arguments of a {@code tools/call} request.
   *
   * @throws McpError {@code -32602} for a missing or unknown name, or arguments that are not an object
   */
  public Call readCall(ObjectNode params) throws McpError {
    JsonNode nameNode = params.get("name");
    if (nameNode == null || !nameNode.isTextual()) {
      throw McpError.invalidParams("Invalid params: \"name\" must be a string naming the tool");
    }
    Entry entry = byName.get(nameNode.textValue());
    if (entry == null) {
      throw McpError.invalidParams("Unknown tool: " + nameNode.textValue());
    }
    JsonNode arguments = params.get("arguments");
    if (arguments == null || arguments.isNull()) {
      arguments = Json.object();
    } else if (!arguments.isObject()) {
      throw McpError.invalidParams("Invalid params: \"arguments\" must be an object, got " + Inbound.typeOf(arguments));
    }
    return new Call(entry.handler, arguments);
  }

  /**
   * Runs a tool the way {@code tools/call} does, with {@code context} as its {@link McpContext}:
   * invalid arguments, {@link ToolException} and unexpected exceptions become tool errors
   * ({@code isError}). The stage fails with {@link McpError} for a protocol error the method
   * raised, with {@link InputRequiredSignal} when it asked for input not given yet, and with
   * what interrupted it once {@code context} is cancelled.
   */
  public static CompletableFuture<ToolResult> invoke(String name, ToolHandler handler, JsonNode arguments, McpContext context) {
    CompletableFuture<ToolResult> out = new CompletableFuture<>();
    CompletionStage<ToolResult> stage;
    try {
      stage = handler.call(arguments, context);
    } catch (Throwable t) {
      settle(out, failure(name, t, context, out));
      return out;
    }
    if (stage == null) {
      out.complete(failure(name, new IllegalStateException("the tool returned no result"), context, out));
      return out;
    }
    stage.whenComplete((r, t) -> {
      if (t != null) {
        settle(out, failure(name, t, context, out));
      } else if (r == null) {
        out.complete(failure(name, new IllegalStateException("the tool returned no result"), context, out));
      } else {
        out.complete(r);
      }
    });
    return out;
  }

  private static void settle(CompletableFuture<ToolResult> out, ToolResult r) {
    if (r != null) {
      out.complete(r);
    }
  }

  /** The tool result of a failed call, or null if it is not one (then {@code out} fails). */
  private static ToolResult failure(String tool, Throwable thrown, McpContext context, CompletableFuture<ToolResult> out) {
    Throwable t = Engine.unwrap(thrown);
    if (t instanceof InvalidArgumentsException) {
      List<String> problems = ((InvalidArgumentsException) t).problems();
      StringBuilder sb = new StringBuilder("Invalid arguments for tool ").append(tool).append(':');
      for (String p : problems) {
        sb.append("\n- ").append(p);
      }
      return ToolResult.error(sb.toString());
    }
    if (t instanceof ToolException) {
      return ToolResult.error(t.getMessage() == null ? "Tool " + tool + " failed" : t.getMessage());
    }
    if (context.isCancelled()) {
      out.completeExceptionally(t);
      return null;
    }
    if (t instanceof McpError || t instanceof InputRequiredSignal) {
      out.completeExceptionally(t);
      return null;
    }
    Engine.LOG.log(System.Logger.Level.ERROR, "Tool " + tool + " failed", t);
    String message = t.getMessage();
    return ToolResult.error("Tool " + tool + " failed: "
        + (message == null || message.isBlank() ? t.getClass().getSimpleName() : message));
  }

  /** A {@code CallToolResult} as JSON for {@code revision} (content, structuredContent, isError, _meta). */
  public static String encodeCallResult(ToolResult result, Revision revision) {
    return Json.encodeToString(g -> {
      g.writeStartObject();
      new CallResult(result).write(g, revision);
      ObjectNode meta = result.meta();
      if (meta != null && !meta.isEmpty()) {
        g.writeFieldName("_meta");
        g.writeTree(meta);
      }
      g.writeEndObject();
    });
  }

  /** The {@code CallToolResult} of {@code result}, as a method's {@link Result}. */
  public static Result callResult(ToolResult result) {
    return new CallResult(result);
  }

  /** A {@code CallToolResult}: content (never empty), structuredContent and its text fallback, isError. */
  static final class CallResult implements Result {
    private final ToolResult result;

    CallResult(ToolResult result) {
      this.result = result;
    }

    @Override
    public ObjectNode meta() {
      return result.meta();
    }

    boolean isError() {
      return result.isError();
    }

    @Override
    public void writeFields(JsonGenerator g, RequestContext request) throws IOException {
      write(g, request.revision());
    }

    void write(JsonGenerator g, Revision revision) throws IOException {
      String structured = null;
      if (result.hasStructuredContent()) {
        structured = Json.encodeToString(w -> result.structuredWriter().write(w, result.structuredValue()));
      }
      g.writeArrayFieldStart("content");
      List<Content> content = result.content();
      if (content.isEmpty()) {
        g.writeStartObject();
        g.writeStringField("type", "text");
        g.writeStringField("text", structured != null ? structured : "");
        g.writeEndObject();
      } else {
        for (Content c : content) {
          ContentCodec.write(g, c, revision);
        }
      }
      g.writeEndArray();
      if (structured != null && revision.hasStructuredContent()
          && (revision.isModern() || structured.startsWith("{"))) {
        g.writeFieldName("structuredContent");
        g.writeRawValue(structured);
      }
      if (result.isError()) {
        g.writeBooleanField("isError", true);
      }
    }
  }
}
