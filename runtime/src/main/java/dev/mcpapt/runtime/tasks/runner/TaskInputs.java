package dev.mcpapt.runtime.tasks.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ClientInput;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.InputRequests;
import dev.mcpapt.runtime.InputResponses;
import dev.mcpapt.runtime.Root;
import dev.mcpapt.runtime.SamplingRequest;
import dev.mcpapt.runtime.SamplingResult;
import dev.mcpapt.runtime.ToolException;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.features.Sneaky;
import dev.mcpapt.runtime.tasks.TaskRecord;
import dev.mcpapt.runtime.tasks.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Questions a task asks the client, while the method waits (its thread blocks; cancelling the
 * task ends the wait).
 *
 * <ul>
 *   <li>2026-07-28: the task turns {@code input_required} with the questions as
 *       {@code inputRequests}; {@code tasks/update} delivers the answers (one by one if the
 *       client likes), and the task is working again once all are in.
 *   <li>2025-11-25: the task turns {@code input_required} and each question is a
 *       server-to-client request tagged {@code io.modelcontextprotocol/related-task}, sent on the
 *       client's {@code tasks/result}.
 * </ul>
 *
 * Keys are unique over the task's life: a key the method uses again gets a suffix on the wire.
 */
final class TaskInputs implements ClientInput {
  private record Question(String key, String wireKey, String method, String capability, ObjectNode params) {}

  private final Running task;
  private final Map<String, Integer> counters = new HashMap<>();
  private final Set<String> wireKeys = new HashSet<>();

  TaskInputs(Running task) {
    this.task = task;
  }

  @Override
  public ElicitResult elicit(String key, ElicitRequest request) {
    if (request.url() != null) {
      requireSubCapability("elicitation", "url");
    }
    Question q = question(key, "elicitation/create", "elicitation", request.toParams(task.origin.protocolVersion()));
    return (ElicitResult) askAll(List.of(q)).get(q.key());
  }

  @Override
  public SamplingResult sample(String key, SamplingRequest request) {
    requireSamplingTools(request);
    Question q = question(key, "sampling/createMessage", "sampling", request.toParams(task.origin.protocolVersion()));
    return (SamplingResult) askAll(List.of(q)).get(q.key());
  }

  @SuppressWarnings("unchecked")
  @Override
  public List<Root> roots(String key) {
    Question q = question(key, "roots/list", "roots", JsonNodeFactory.instance.objectNode());
    return (List<Root>) askAll(List.of(q)).get(q.key());
  }

  @Override
  public InputResponses ask(InputRequests requests) {
    List<Question> questions = new ArrayList<>();
    for (InputRequests.Entry e : requests.entries()) {
      if (e instanceof InputRequests.Elicit el && el.request().url() != null) {
        requireSubCapability("elicitation", "url");
      }
      if (e instanceof InputRequests.Sample s) {
        requireSamplingTools(s.request());
      }
      questions.add(question(e.key(), e.method(), CAPABILITIES.get(e.method()), e.params(task.origin.protocolVersion())));
    }
    return new InputResponses(askAll(questions));
  }

  /**
   * In a task the call was answered already, so there is no request to fail with {@code -32042}:
   * the URL elicitations are asked like any other question of the task (2026-07-28 through
   * {@code inputRequests}, 2025-11-25 as requests on {@code tasks/result}), and the method goes on
   * once the user has accepted them all.
   */
  @Override
  public void requireUrlElicitation(List<ElicitRequest> elicitations) {
    if (elicitations.isEmpty()) {
      throw new IllegalArgumentException("name at least one URL elicitation");
    }
    if (elicitations.stream().anyMatch(e -> e.url() == null)) {
      throw new IllegalArgumentException("only URL elicitations can be required");
    }
    requireSubCapability("elicitation", "url");
    List<Question> questions = new ArrayList<>();
    for (ElicitRequest e : elicitations) {
      questions.add(question(null, "elicitation/create", "elicitation", e.toParams(task.origin.protocolVersion())));
    }
    for (Object answer : askAll(questions).values()) {
      if (((ElicitResult) answer).action() != ElicitResult.Action.ACCEPT) {
        throw new ToolException("The user did not complete the interaction this task needs");
      }
    }
  }

  private static final Map<String, String> CAPABILITIES = Map.of(
      "elicitation/create", "elicitation", "sampling/createMessage", "sampling", "roots/list", "roots");

  private void requireSamplingTools(SamplingRequest request) {
    if (!request.usesTools()) {
      return;
    }
    if (!task.revision().atLeast(Revision.V2025_11_25)) {
      throw new ToolException("Sampling with tools needs protocol revision 2025-11-25 or later; this client uses " + task.revision());
    }
    requireSubCapability("sampling", "tools");
  }

  private void requireSubCapability(String capability, String sub) {
    if (task.origin.clientCapabilities().path(capability).has(sub)) {
      return;
    }
    if (task.revision().isModern()) {
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.putObject("requiredCapabilities").putObject(capability).putObject(sub);
      throw Sneaky.raise(new McpError(McpError.MISSING_REQUIRED_CLIENT_CAPABILITY,
          "Missing required client capability: " + capability + "." + sub, data));
    }
    throw new ToolException("This needs the client's " + capability + "." + sub + " capability, which the client did not declare");
  }

  private synchronized Question question(String key, String method, String capability, ObjectNode params) {
    JsonNode cap = task.origin.clientCapabilities().get(capability);
    if (cap == null || !cap.isObject()) {
      if (task.revision().isModern()) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("requiredCapabilities").putObject(capability);
        throw Sneaky.raise(new McpError(McpError.MISSING_REQUIRED_CLIENT_CAPABILITY,
            "Missing required client capability: " + capability, data));
      }
      throw new ToolException("This needs the client's " + capability + " capability, which the client did not declare");
    }
    if (key == null) {
      key = capability + "-" + counters.merge(capability, 1, Integer::sum);
    } else if (key.isEmpty()) {
      throw new IllegalArgumentException("an input request key must not be empty");
    }
    String wire = key;
    for (int n = 2; !wireKeys.add(wire); n++) {
      wire = key + "-" + n;
    }
    return new Question(key, wire, method, capability, params);
  }

  private Map<String, Object> askAll(List<Question> questions) {
    return task.revision().isModern() ? throughTask(questions) : throughSession(questions);
  }

  // ---------------------------------------------------------------- 2026-07-28

  private Map<String, Object> throughTask(List<Question> questions) {
    ObjectNode requests = JsonNodeFactory.instance.objectNode();
    for (Question q : questions) {
      ObjectNode r = requests.putObject(q.wireKey());
      r.put("method", q.method());
      r.set("params", q.params());
    }
    String json = requests.toString();
    Tasks tasks = task.tasks;
    tasks.change(task.id(), r -> r.status().isTerminal() ? r
        : r.awaitingInput(json, "Waiting for input from the client", tasks.now()));
    try {
      while (true) {
        if (task.isCancelled()) {
          throw new CancellationException("the task was cancelled");
        }
        TaskRecord r = tasks.store().get(task.id()).orElseThrow(() -> new CancellationException("the task is gone"));
        if (r.status().isTerminal()) {
          throw new CancellationException("the task ended");
        }
        ObjectNode answers = TaskJson.object(r.inputResponses());
        if (questions.stream().allMatch(q -> answers.has(q.wireKey()))) {
          tasks.change(task.id(), t -> {
            ObjectNode left = TaskJson.object(t.inputResponses());
            questions.forEach(q -> left.remove(q.wireKey()));
            return t.withInputs(t.status(), t.inputRequests(), left.isEmpty() ? null : left.toString(), tasks.now());
          });
          Map<String, Object> out = new LinkedHashMap<>();
          for (Question q : questions) {
            out.put(q.key(), parse(q, answers.get(q.wireKey())));
          }
          return out;
        }
        task.await(500);
      }
    } catch (InterruptedException e) {
      throw new CancellationException("the task was cancelled while waiting for the client");
    }
  }

  private static Object parse(Question q, JsonNode answer) {
    try {
      return switch (q.method()) {
        case "elicitation/create" -> ElicitResult.fromJson(answer);
        case "sampling/createMessage" -> SamplingResult.fromJson(answer);
        default -> Root.listFromJson(answer);
      };
    } catch (IllegalArgumentException e) {
      throw new ToolException("The client answered " + q.method() + " with an invalid result: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- 2025-11-25

  private Map<String, Object> throughSession(List<Question> questions) {
    Session session = task.session();
    if (session == null || session.isClosed()) {
      throw new ToolException("The client that started this task is no longer connected, so it cannot be asked for input");
    }
    Tasks tasks = task.tasks;
    tasks.change(task.id(), r -> r.status().isTerminal() ? r
        : r.awaitingInput(null, "Waiting for input from the client", tasks.now()));
    Map<String, CompletableFuture<JsonNode>> futures = new LinkedHashMap<>();
    Instant end = task.created.expiresAt();
    long deadline = System.nanoTime() + (end == null ? Duration.ofHours(1)
        : Duration.between(tasks.now(), end)).toNanos();
    try {
      for (Question q : questions) {
        ObjectNode params = q.params().deepCopy();
        ObjectNode meta = params.has("_meta") ? (ObjectNode) params.get("_meta") : params.putObject("_meta");
        meta.putObject(Tasks.RELATED_TASK).put("taskId", task.id());
        futures.put(q.key(), session.request(q.method(), params, task::sendToClient));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Question q : questions) {
        JsonNode answer;
        try {
          answer = futures.get(q.key()).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException | CancellationException e) {
          throw new CancellationException("the task was cancelled while waiting for the client");
        } catch (TimeoutException e) {
          throw new ToolException("The client did not answer " + q.method() + " before the task expired");
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          throw new ToolException("The client could not answer " + q.method() + ": "
              + (cause instanceof McpError ? cause.getMessage() : String.valueOf(cause)));
        }
        out.put(q.key(), parse(q, answer));
      }
      return out;
    } finally {
      futures.values().forEach(f -> f.cancel(false));
      tasks.change(task.id(), r -> r.status() == TaskStatus.INPUT_REQUIRED
          ? r.withStatus(TaskStatus.WORKING, null, tasks.now()) : r);
    }
  }
}
