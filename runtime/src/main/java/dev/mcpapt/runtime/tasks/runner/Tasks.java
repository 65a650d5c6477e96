package dev.mcpapt.runtime.tasks.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.annotations.TaskSupport;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.MethodHandler;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.engine.ToolMethods;
import dev.mcpapt.runtime.engine.InputRequiredSignal;
import dev.mcpapt.runtime.tasks.TaskLimitException;
import dev.mcpapt.runtime.tasks.TaskRecord;
import dev.mcpapt.runtime.tasks.TaskSettings;
import dev.mcpapt.runtime.tasks.TaskStatus;
import dev.mcpapt.runtime.tasks.TaskStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * MCP tasks: a {@code tools/call} answered at once with a task handle while the tool runs on a
 * worker, its status kept in a {@link TaskStore} and answered to polls. Both wires:
 *
 * <ul>
 *   <li>2025-11-25 (experimental, in the core schema): the {@code tasks} capability,
 *       {@code execution.taskSupport} on tools, {@code tools/call} with {@code params.task}
 *       answered by {@code {task: {...}}}, {@code tasks/get}, {@code tasks/result} (waits for the
 *       end), {@code tasks/list}, {@code tasks/cancel} and {@code notifications/tasks/status};
 *       questions a task asks are server-to-client requests tagged with
 *       {@code io.modelcontextprotocol/related-task}, sent on the client's {@code tasks/result}.
 *   <li>2026-07-28, the {@code io.modelcontextprotocol/tasks} extension: advertised under
 *       {@code capabilities.extensions}; a client that declares it in a request's
 *       {@code _meta} may get a {@code CreateTaskResult} ({@code resultType: "task"}, flat);
 *       {@code tasks/get} inlines the result, error or pending {@code inputRequests},
 *       {@code tasks/update} delivers answers, {@code tasks/cancel} acknowledges.
 * </ul>
 *
 * <p>A task is visible only to the principal that created it (tasks created signed out are
 * visible by id to anyone who has the unguessable id; {@code tasks/list} then shows only those of
 * the same session).
 */
public final class Tasks implements AutoCloseable {
  static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime");

  /** The extension id of 2026-07-28. */
  public static final String EXTENSION = "io.modelcontextprotocol/tasks";
  static final String RELATED_TASK = "io.modelcontextprotocol/related-task";
  private static final String CURSOR_PREFIX = "tasks:";
  private static final String SESSION_TASKS = "tasks.ids";
  private static final SecureRandom IDS = new SecureRandom();

  private final Engine engine;
  private final TaskSettings settings;
  private final TaskStore store;
  private final Clock clock;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;

  private Tasks(Engine engine, TaskSettings settings, Clock clock) {
    this.engine = engine;
    this.settings = settings;
    this.store = settings.store();
    this.clock = clock;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "mcp-tasks-timer");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Installs tasks on {@code engine}: wraps its {@code tools/call} (install before the server
   * features, so they wrap this), registers the {@code tasks/*} methods, and advertises the
   * capability (2025-11-25) or extension (2026-07-28) while a tool may run as a task.
   */
  public static Tasks install(Engine engine, TaskSettings settings) {
    Tasks tasks = new Tasks(engine, settings, Clock.systemUTC());
    tasks.failLeftovers();
    MethodHandler call = Objects.requireNonNull(engine.handler("tools/call"), "tools/call");
    engine.register("tools/call", Engine.allRevisions(), false, r -> tasks.call(r, call));
    Set<Revision> legacy = EnumSet.of(Revision.V2025_11_25);
    Set<Revision> modern = EnumSet.of(Revision.V2026_07_28);
    engine.register("tasks/get", EnumSet.of(Revision.V2025_11_25, Revision.V2026_07_28), false, tasks::get);
    engine.register("tasks/cancel", EnumSet.of(Revision.V2025_11_25, Revision.V2026_07_28), false, tasks::cancel);
    engine.register("tasks/result", legacy, false, tasks::result);
    engine.register("tasks/list", legacy, false, tasks::list);
    engine.register("tasks/update", modern, false, tasks::update);
    engine.capability("tasks", r -> r == Revision.V2025_11_25 && tasks.anyTaskTools() ? legacyCapability() : null,
        Revision.V2025_11_25);
    engine.extension(EXTENSION, r -> tasks.anyTaskTools() ? Json.object() : null, Revision.V2026_07_28);
    long beat = settings.heartbeat().toMillis();
    tasks.timer.scheduleWithFixedDelay(tasks::tick, beat, beat, TimeUnit.MILLISECONDS);
    return tasks;
  }

  private static JsonNode legacyCapability() {
    ObjectNode c = Json.object();
    c.putObject("list");
    c.putObject("cancel");
    c.putObject("requests").putObject("tools").putObject("call");
    return c;
  }

  private boolean anyTaskTools() {
    for (var t : engine.tools().handlers()) {
      if (t.taskSupport() != TaskSupport.FORBIDDEN) {
        return true;
      }
    }
    return false;
  }

  TaskSettings settings() {
    return settings;
  }

  TaskStore store() {
    return store;
  }

  Instant now() {
    return clock.instant();
  }

  // ---------------------------------------------------------------- tools/call

  private CompletionStage<? extends Result> call(RequestContext request, MethodHandler inner) throws Exception {
    Revision revision = request.revision();
    ToolMethods.Call call = engine.tools().readCall(request.params());
    TaskSupport support = engine.tools().taskSupport(call.tool());
    String name = call.tool().name();
    boolean asTask;
    JsonNode taskParam = request.params().get("task");
    if (revision.isModern()) {
      asTask = support != TaskSupport.FORBIDDEN && declaresExtension(request);
      if (!asTask && support == TaskSupport.REQUIRED) {
        throw missingExtension("The tool " + name + " runs only as a task: declare the " + EXTENSION
            + " extension in the request's client capabilities");
      }
    } else if (revision == Revision.V2025_11_25) {
      boolean augmented = taskParam != null && !taskParam.isNull() && anyTaskTools();
      if (augmented && !taskParam.isObject()) {
        throw McpError.invalidParams("Invalid params: \"task\" must be an object ({\"ttl\": milliseconds})");
      }
      if (augmented && support == TaskSupport.FORBIDDEN) {
        throw new McpError(McpError.METHOD_NOT_FOUND, "The tool " + name + " does not run as a task: call it without \"task\"");
      }
      if (!augmented && support == TaskSupport.REQUIRED) {
        throw new McpError(McpError.METHOD_NOT_FOUND, "The tool " + name
            + " runs only as a task: call it with \"task\" (execution.taskSupport is \"required\")");
      }
      asTask = augmented;
    } else {
      if (support == TaskSupport.REQUIRED) {
        throw new McpError(McpError.METHOD_NOT_FOUND, "The tool " + name + " runs only as a task, which revision "
            + revision + " does not have: connect with revision 2025-11-25 or later");
      }
      asTask = false;
    }
    if (!asTask || request.caller().toolRefusal() != null) {
      return inner.handle(request);
    }
    if (revision.isModern() && call.tool().taskStartedByMethod()) {
      return startedByMethod(request, call);
    }
    Running task = start(request, call, requestedTtl(taskParam), null);
    engine.workers().execute(() -> run(task, call));
    return CompletableFuture.completedFuture(new CreateResult(task.created));
  }

  static boolean declaresExtension(RequestContext request) {
    JsonNode ext = request.clientCapabilities().path("extensions").get(EXTENSION);
    return ext != null && ext.isObject();
  }

  static McpError missingExtension(String message) {
    ObjectNode data = Json.object();
    data.putObject("requiredCapabilities").putObject("extensions").putObject(EXTENSION);
    return new McpError(McpError.MISSING_REQUIRED_CLIENT_CAPABILITY, "Missing required client capability: " + message, data);
  }

  private Long requestedTtl(JsonNode taskParam) throws McpError {
    long max = settings.maxTtl().toMillis();
    JsonNode ttl = taskParam == null ? null : taskParam.get("ttl");
    if (ttl == null || ttl.isNull()) {
      return settings.defaultTtl().toMillis();
    }
    if (!ttl.canConvertToLong() || !ttl.isIntegralNumber() || ttl.longValue() < 1) {
      throw McpError.invalidParams("Invalid params: \"task.ttl\" must be a positive integer (milliseconds)");
    }
    return Math.min(ttl.longValue(), max);
  }

  /** Creates the task of {@code request} (readable by tasks/get on return) and its running state. */
  Running start(RequestContext request, ToolMethods.Call call, Long ttlMs, Thread thread) throws McpError {
    String owner = ownerOf(request);
    if (store.countActive(owner) >= settings.maxActivePerOwner()) {
      throw McpError.invalidRequest("Too many unfinished tasks (at most " + settings.maxActivePerOwner()
          + "): wait for one to finish, or cancel one");
    }
    Instant now = now();
    String id = newId();
    TaskRecord record = new TaskRecord(id, owner, call.tool().name(), request.protocolVersion(), TaskStatus.WORKING,
        null, now, now, ttlMs, settings.pollInterval().toMillis(), null, null, null, null, settings.nodeId(), now);
    Running task = new Running(this, record, request);
    task.thread = thread;
    running.put(id, task);
    try {
      store.create(record);
    } catch (TaskLimitException e) {
      running.remove(id);
      throw McpError.invalidRequest(e.getMessage());
    } catch (RuntimeException e) {
      running.remove(id);
      throw e;
    }
    Session session = request.session();
    if (session != null && !request.revision().isModern()) {
      @SuppressWarnings("unchecked")
      Set<String> ids = (Set<String>) session.attributes().computeIfAbsent(SESSION_TASKS, k -> ConcurrentHashMap.newKeySet());
      ids.add(id);
    }
    return task;
  }

  private static String newId() {
    byte[] b = new byte[18];
    IDS.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private void run(Running task, ToolMethods.Call call) {
    task.thread = Thread.currentThread();
    try {
      if (task.isCancelled()) {
        finish(task, null, new CancellationException("cancelled before it started"));
        return;
      }
      CompletableFuture<ToolResult> f = ToolMethods.invoke(call.tool().name(), call.tool(), call.arguments(), task.context);
      ToolResult r;
      try {
        r = f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        finish(task, null, e.getCause());
        return;
      } catch (InterruptedException | CancellationException e) {
        finish(task, null, e);
        return;
      }
      finish(task, r, null);
    } catch (Throwable t) {
      finish(task, null, t);
    } finally {
      task.thread = null;
      Thread.interrupted();
    }
  }

  /** Records how the method ended; a task already cancelled (or gone) stays as it is. */
  void finish(Running task, ToolResult result, Throwable failure) {
    Instant now = now();
    Revision revision = task.revision();
    try {
      if (failure == null && result != null) {
        String json = ToolMethods.encodeCallResult(result, revision);
        change(task.id(), r -> r.status().isTerminal() ? r : r.completed(json, null, now));
        return;
      }
      Throwable t = unwrap(failure);
      if (task.isCancelled()) {
        change(task.id(), r -> r.status().isTerminal() ? r : r.cancelled("Cancelled", now));
        return;
      }
      McpError error;
      if (t instanceof McpError) {
        error = (McpError) t;
      } else if (t instanceof InputRequiredSignal) {
        error = McpError.invalidRequest("The tool asked for input in a way a task cannot answer");
      } else {
        LOG.log(System.Logger.Level.ERROR, "Task " + task.id() + " of tool " + task.created.tool() + " failed", t);
        error = new McpError(McpError.INTERNAL_ERROR, "Internal error");
      }
      String json = errorJson(error.code(), error.getMessage(), error.data());
      String message = "Tool " + task.created.tool() + " failed: " + error.getMessage();
      change(task.id(), r -> r.status().isTerminal() ? r : r.failed(json, message, now));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Could not record the end of task " + task.id(), e);
    } finally {
      running.remove(task.id(), task);
      task.signal();
    }
  }

  static Throwable unwrap(Throwable t) {
    while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  static String errorJson(int code, String message, JsonNode data) {
    return Json.encodeToString(g -> {
      g.writeStartObject();
      g.writeNumberField("code", code);
      g.writeStringField("message", message == null ? "Error" : message);
      if (data != null) {
        g.writeFieldName("data");
        g.writeTree(data);
      }
      g.writeEndObject();
    });
  }

  /** Changes a task in the store and tells whoever waits on it (a 2025-11-25 session is notified). */
  Optional<TaskRecord> change(String id, java.util.function.UnaryOperator<TaskRecord> f) {
    Optional<TaskRecord> before = store.get(id);
    Optional<TaskRecord> after = store.update(id, f);
    Running task = running.get(id);
    if (task != null) {
      task.signal();
    }
    if (after.isPresent() && before.isPresent() && before.get().status() != after.get().status()) {
      statusChanged(after.get(), task);
    }
    return after;
  }

  private void statusChanged(TaskRecord record, Running task) {
    Session session = task == null ? null : task.session();
    if (session == null || session.isClosed() || !Revision.V2025_11_25.wireName().equals(record.revision())) {
      return;
    }
    ObjectNode params = (ObjectNode) TaskJson.parse(Json.encodeToString(g -> {
      g.writeStartObject();
      TaskJson.writeTask(g, record, Revision.V2025_11_25);
      g.writeEndObject();
    }));
    session.notify("notifications/tasks/status", params);
  }

  // ---------------------------------------------------------------- 2026-07-28: the method starts the task

  private CompletionStage<Result> startedByMethod(RequestContext request, ToolMethods.Call call) {
    CompletableFuture<Result> out = new CompletableFuture<>();
    TaskCallContext context = new TaskCallContext(request, () -> {
      Running task = start(request, call, settings.defaultTtl().toMillis(), Thread.currentThread());
      out.complete(new CreateResult(task.created));
      return task;
    });
    ToolMethods.invoke(call.tool().name(), call.tool(), call.arguments(), context).whenComplete((r, t) -> {
      Running task = context.task();
      if (task != null) {
        finish(task, r, t);
      } else if (t != null) {
        out.completeExceptionally(t);
      } else {
        out.complete(ToolMethods.callResult(r));
      }
    });
    return out;
  }

  // ---------------------------------------------------------------- tasks/*

  private TaskRecord find(RequestContext request) throws McpError {
    if (request.revision().isModern() && !declaresExtension(request)) {
      throw missingExtension(request.method() + " needs the " + EXTENSION + " extension");
    }
    JsonNode id = request.params().get("taskId");
    if (id == null || !id.isTextual()) {
      throw McpError.invalidParams("Invalid params: \"taskId\" must be a string");
    }
    Optional<TaskRecord> found = store.get(id.textValue());
    if (found.isEmpty() || !Objects.equals(found.get().owner(), ownerOf(request))) {
      throw McpError.invalidParams("Failed to retrieve task: Task not found");
    }
    TaskRecord t = found.get();
    if (t.isExpired(now())) {
      throw McpError.invalidParams("Failed to retrieve task: Task has expired");
    }
    return abandonedCheck(t);
  }

  /** A task no live node runs any more reads as failed, never as working forever. */
  private TaskRecord abandonedCheck(TaskRecord t) {
    if (t.status().isTerminal()) {
      return t;
    }
    boolean mine = settings.nodeId().equals(t.runner());
    boolean dead = mine
        ? !running.containsKey(t.taskId())
        : t.heartbeatAt() == null || t.heartbeatAt().plus(settings.staleAfter()).isBefore(now());
    if (!dead) {
      return t;
    }
    return change(t.taskId(), r -> r.status().isTerminal() ? r : abandoned(r)).orElse(t);
  }

  private TaskRecord abandoned(TaskRecord r) {
    String message = "The server stopped before the task finished";
    return r.failed(errorJson(McpError.INTERNAL_ERROR, message, null), message, now());
  }

  static String ownerOf(RequestContext request) {
    return request.principal().map(p -> p.issuer() + " " + p.subject()).orElse(null);
  }

  private CompletionStage<Result> get(RequestContext request) throws McpError {
    TaskRecord t = find(request);
    return CompletableFuture.completedFuture(new TaskResult(t, request.revision().isModern()));
  }

  private CompletionStage<Result> update(RequestContext request) throws McpError {
    TaskRecord t = find(request);
    JsonNode responses = request.params().get("inputResponses");
    if (responses == null || !responses.isObject()) {
      throw McpError.invalidParams("Invalid params: \"inputResponses\" must be an object mapping keys of inputRequests to answers");
    }
    if (!t.status().isTerminal()) {
      Instant now = now();
      change(t.taskId(), r -> TaskJson.deliver(r, (ObjectNode) responses, now));
    }
    return CompletableFuture.completedFuture(Result.empty());
  }

  private CompletionStage<Result> cancel(RequestContext request) throws McpError {
    TaskRecord t = find(request);
    boolean modern = request.revision().isModern();
    if (t.status().isTerminal()) {
      if (modern) {
        return CompletableFuture.completedFuture(Result.empty());
      }
      throw McpError.invalidParams("Cannot cancel task: already in terminal status '" + t.status().wireName() + "'");
    }
    Instant now = now();
    TaskRecord after = change(t.taskId(), r -> r.status().isTerminal() ? r : r.cancelled("Cancelled by the client", now))
        .orElse(t);
    Running task = running.get(t.taskId());
    if (task != null) {
      task.cancel();
    }
    return CompletableFuture.completedFuture(modern ? Result.empty() : new TaskResult(after, false));
  }

  /** 2025-11-25: waits for the end, then answers exactly what the call would have answered. */
  private CompletionStage<Result> result(RequestContext request) throws McpError {
    TaskRecord t = find(request);
    Running task = running.get(t.taskId());
    if (task != null) {
      task.resultWaiter(request);
    }
    try {
      while (!t.status().isTerminal()) {
        if (request.isCancelled()) {
          throw new CancellationException();
        }
        Running r = running.get(t.taskId());
        if (r != null) {
          r.await(1000);
        } else {
          Thread.sleep(500);
        }
        t = abandonedCheck(store.get(t.taskId()).orElseThrow(() -> McpError.invalidParams("Failed to retrieve task: Task not found")));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException();
    } finally {
      if (task != null) {
        task.resultWaiter(null);
      }
    }
    if (t.status() == TaskStatus.FAILED) {
      JsonNode e = TaskJson.parse(t.error());
      throw new McpError(e.path("code").asInt(McpError.INTERNAL_ERROR), e.path("message").asText("Error"), e.get("data"));
    }
    if (t.status() == TaskStatus.CANCELLED) {
      throw new McpError(McpError.INTERNAL_ERROR, "The task was cancelled");
    }
    return CompletableFuture.completedFuture(new PayloadResult(t));
  }

  private CompletionStage<Result> list(RequestContext request) throws McpError {
    String owner = ownerOf(request);
    String after = null;
    JsonNode cursor = request.params().get("cursor");
    if (cursor != null && !cursor.isNull()) {
      after = decodeCursor(cursor);
    }
    Set<String> sessionIds = null;
    if (owner == null) {
      Session s = request.session();
      @SuppressWarnings("unchecked")
      Set<String> ids = s == null ? null : (Set<String>) s.attributes().get(SESSION_TASKS);
      sessionIds = ids == null ? Set.of() : ids;
    }
    int pageSize = engine.settings().pageSize();
    Instant now = now();
    List<TaskRecord> page = new ArrayList<>();
    String next = null;
    String from = after;
    while (page.size() <= pageSize) {
      List<TaskRecord> batch = store.list(owner, from, pageSize + 1);
      if (batch.isEmpty()) {
        break;
      }
      for (TaskRecord t : batch) {
        from = t.taskId();
        if ((sessionIds == null || sessionIds.contains(t.taskId())) && !t.isExpired(now)) {
          page.add(abandonedCheck(t));
        }
      }
      if (batch.size() <= pageSize) {
        break;
      }
    }
    if (page.size() > pageSize) {
      page = page.subList(0, pageSize);
      next = encodeCursor(page.get(pageSize - 1).taskId());
    }
    List<TaskRecord> shown = page;
    String nextCursor = next;
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeArrayFieldStart("tasks");
      for (TaskRecord t : shown) {
        g.writeStartObject();
        TaskJson.writeTask(g, t, r.revision());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (nextCursor != null) {
        g.writeStringField("nextCursor", nextCursor);
      }
    });
  }

  private static String encodeCursor(String taskId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + taskId).getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeCursor(JsonNode cursor) throws McpError {
    if (cursor.isTextual()) {
      try {
        String s = new String(Base64.getUrlDecoder().decode(cursor.textValue()), StandardCharsets.UTF_8);
        if (s.startsWith(CURSOR_PREFIX)) {
          return s.substring(CURSOR_PREFIX.length());
        }
      } catch (IllegalArgumentException e) {
        // not base64
      }
    }
    throw McpError.invalidParams("Invalid params: invalid cursor");
  }

  // ---------------------------------------------------------------- upkeep

  /** At start: what a previous run of this node left unfinished can never finish now. */
  private void failLeftovers() {
    for (String id : store.activeIds(settings.nodeId())) {
      store.update(id, r -> r.status().isTerminal() ? r : abandoned(r));
    }
  }

  private void tick() {
    try {
      Instant now = now();
      for (Running task : running.values()) {
        Optional<TaskRecord> r = store.update(task.id(), t -> t.status().isTerminal() ? t : t.withHeartbeat(now));
        if (r.isEmpty() || r.get().status() == TaskStatus.CANCELLED || r.get().isExpired(now)) {
          task.cancel(); // cancelled on another node, or its time to live ended
        }
      }
      int removed = store.deleteExpired(now);
      if (removed > 0) {
        LOG.log(System.Logger.Level.DEBUG, () -> "Removed " + removed + " expired tasks");
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Task upkeep failed", e);
    }
  }

  /** How many tasks run in this process now. */
  public int runningCount() {
    return running.size();
  }

  /**
   * Stops: the tasks still running are interrupted and recorded as failed (the server stopped
   * before they finished), then the store is closed.
   */
  @Override
  public void close() {
    timer.shutdownNow();
    for (Running task : running.values()) {
      store.update(task.id(), r -> r.status().isTerminal() ? r : abandoned(r)); // before the method sees it end
      task.cancel();
    }
    running.clear();
    try {
      store.close();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "Closing the task store failed", e);
    }
  }

  // ---------------------------------------------------------------- results

  /** {@code CreateTaskResult}: flat with {@code resultType: "task"} (2026-07-28), {@code {task: ...}} (2025-11-25). */
  private static final class CreateResult implements Result {
    private final TaskRecord task;

    CreateResult(TaskRecord task) {
      this.task = task;
    }

    @Override
    public String resultType() {
      return "task";
    }

    @Override
    public void writeFields(JsonGenerator g, RequestContext request) throws IOException {
      if (request.revision().isModern()) {
        TaskJson.writeTask(g, task, request.revision());
      } else {
        g.writeObjectFieldStart("task");
        TaskJson.writeTask(g, task, request.revision());
        g.writeEndObject();
      }
    }
  }

  /** {@code tasks/get} (and 2025-11-25 {@code tasks/cancel}): the task, detailed on 2026-07-28. */
  private static final class TaskResult implements Result {
    private final TaskRecord task;
    private final boolean detailed;

    TaskResult(TaskRecord task, boolean detailed) {
      this.task = task;
      this.detailed = detailed;
    }

    @Override
    public void writeFields(JsonGenerator g, RequestContext request) throws IOException {
      TaskJson.writeTask(g, task, request.revision());
      if (detailed) {
        TaskJson.writeDetails(g, task);
      }
    }
  }

  /** 2025-11-25 {@code tasks/result}: the stored result, with the related-task {@code _meta}. */
  private static final class PayloadResult implements Result {
    private final ObjectNode payload;
    private final ObjectNode meta;

    PayloadResult(TaskRecord task) {
      this.payload = (ObjectNode) TaskJson.parse(task.result());
      JsonNode m = payload.remove("_meta");
      this.meta = m instanceof ObjectNode ? (ObjectNode) m : Json.object();
      meta.putObject(RELATED_TASK).put("taskId", task.taskId());
    }

    @Override
    public ObjectNode meta() {
      return meta;
    }

    @Override
    public void writeFields(JsonGenerator g, RequestContext request) throws IOException {
      for (var it = payload.fields(); it.hasNext(); ) {
        var e = it.next();
        g.writeFieldName(e.getKey());
        g.writeTree(e.getValue());
      }
    }
  }
}
