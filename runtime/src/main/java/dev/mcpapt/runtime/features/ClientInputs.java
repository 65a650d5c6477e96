package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import dev.mcpapt.runtime.engine.InputRequiredSignal;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.input.InvalidRequestStateException;
import dev.mcpapt.runtime.input.RequestStateCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * The {@link ClientInput} of one request: how a method's questions to the client are asked under
 * the request's revision.
 *
 * <h2>Up to 2025-11-25: server-to-client requests</h2>
 *
 * Each question is a JSON-RPC request to the client ({@code elicitation/create},
 * {@code sampling/createMessage}, {@code roots/list}), sent on the stream of the request being
 * served; the calling thread waits for the answer (bounded by the configured timeout, and ended
 * at once if the request is cancelled). Batches are sent together and awaited together.
 *
 * <h2>2026-07-28: multi round-trip requests, by replay</h2>
 *
 * <ol>
 *   <li>The answers known for this request are those sealed in the {@code requestState} the
 *       client echoed (verified: see {@link RequestStateCodec}) plus the {@code inputResponses}
 *       it sent now.
 *   <li>The method runs from the start. A question whose key has an answer returns it at once
 *       (validated: a malformed answer is {@code -32602}); the keys it read are recorded.
 *   <li>The first question (or batch) without an answer throws {@link InputRequiredSignal}: the
 *       request ends with an {@code InputRequiredResult} holding the unanswered questions as
 *       {@code inputRequests} and, as {@code requestState}, the recorded answers sealed with the
 *       request's method, target, argument digest and expiry.
 *   <li>The client answers and retries; the method runs again and gets further. Answers the
 *       method did not ask for are ignored; missing ones are asked again.
 * </ol>
 *
 * Questions are allowed only in {@code tools/call}, {@code prompts/get} and
 * {@code resources/read}, the requests the revision lets end with {@code InputRequiredResult}.
 *
 * <p>Capabilities are checked first under every revision: asking for input the client did not
 * declare is a tool error up to 2025-11-25 and {@code -32021} in 2026-07-28.
 */
public final class ClientInputs implements ClientInput {
  /** The requests that may end with an {@code InputRequiredResult} in 2026-07-28. */
  static final Set<String> MULTI_ROUND_METHODS = Set.of("tools/call", "prompts/get", "resources/read");

  /** How a server seals request state and waits for clients. */
  public record Settings(RequestStateCodec codec, Duration clientTimeout, UrlElicitations urlElicitations) {}

  private enum Kind {
    ELICITATION("elicitation/create", "elicitation", "elicitation"),
    SAMPLING("sampling/createMessage", "sampling", "sampling"),
    ROOTS("roots/list", "roots", "roots");

    final String method;
    final String capability;
    final String keyPrefix;

    Kind(String method, String capability, String keyPrefix) {
      this.method = method;
      this.capability = capability;
      this.keyPrefix = keyPrefix;
    }

    static Kind of(String method) {
      for (Kind k : values()) {
        if (k.method.equals(method)) {
          return k;
        }
      }
      throw new IllegalArgumentException("not a question: " + method);
    }
  }

  /** One question: its key, kind, and the params of its request. */
  private record Question(String key, Kind kind, ObjectNode params) {}

  private final RequestContext request;
  private final Settings settings;
  private final boolean multiRound;
  /** What a sealed state is bound to; made when a state is opened or sealed (a digest of the arguments). */
  private RequestStateCodec.Binding binding;
  private final Map<String, JsonNode> answers;
  // Made on the first question: most calls ask none.
  private Map<String, JsonNode> used = Map.of();
  private Map<String, Kind> keys;
  private Map<Kind, Integer> counters;

  private ClientInputs(RequestContext request, Settings settings, boolean multiRound,
      RequestStateCodec.Binding binding, Map<String, JsonNode> answers) {
    this.request = request;
    this.settings = settings;
    this.multiRound = multiRound;
    this.binding = binding;
    this.answers = answers;
  }

  /**
   * The client input of {@code request}. For a 2026-07-28 request that may take several rounds
   * this reads and verifies {@code inputResponses} and {@code requestState} first.
   *
   * @throws McpError {@code -32602} if they are malformed or the state fails verification
   */
  public static ClientInputs open(RequestContext request, Settings settings) throws McpError {
    if (!request.revision().isModern()) {
      return new ClientInputs(request, settings, false, null, Map.of());
    }
    if (!MULTI_ROUND_METHODS.contains(request.method())) {
      return new ClientInputs(request, settings, false, null, Map.of());
    }
    ObjectNode params = request.params();
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    RequestStateCodec.Binding binding = null; // most calls carry no state and ask nothing: no digest
    JsonNode state = params.get("requestState");
    if (state != null) {
      binding = bindingOf(request);
      if (!state.isTextual()) {
        throw McpError.invalidParams("Invalid params: \"requestState\" must be a string");
      }
      try {
        answers.putAll(settings.codec().open(state.textValue(), binding));
      } catch (InvalidRequestStateException e) {
        throw McpError.invalidParams("Invalid params: " + e.getMessage());
      }
    }
    if (params.has("inputResponses")) {
      JsonNode responses = params.get("inputResponses");
      if (!responses.isObject()) {
        throw McpError.invalidParams("Invalid params: \"inputResponses\" must be an object mapping each key of "
            + "\"inputRequests\" to the client's result");
      }
      responses.fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue()));
    }
    return new ClientInputs(request, settings, true, binding, answers);
  }

  private static RequestStateCodec.Binding bindingOf(RequestContext request) {
    ObjectNode params = request.params();
    String method = request.method();
    String target;
    JsonNode arguments;
    if (method.equals("resources/read")) {
      target = params.path("uri").asText("");
      arguments = null;
    } else {
      target = params.path("name").asText("");
      arguments = params.get("arguments");
    }
    if (arguments == null || arguments.isNull()) {
      arguments = JsonNodeFactory.instance.objectNode();
    }
    // The state is bound to the user it was sent to (issuer and subject), so another user's token
    // cannot continue it.
    String principal = request.principal().map(p -> p.issuer() + " " + p.subject()).orElse(null);
    return new RequestStateCodec.Binding(method, target, RequestStateCodec.digest(arguments), principal);
  }

  // ---------------------------------------------------------------- ClientInput

  @Override
  public ElicitResult elicit(String key, ElicitRequest elicitation) {
    if (elicitation.url() != null) {
      requireCapability(Kind.ELICITATION, "url");
    }
    Question q = question(key, Kind.ELICITATION,
        elicitation.toParams(request.protocolVersion()));
    return (ElicitResult) askAll(List.of(q)).get(q.key());
  }

  @Override
  public SamplingResult sample(String key, SamplingRequest sampling) {
    requireSamplingTools(sampling);
    Question q = question(key, Kind.SAMPLING, sampling.toParams(request.protocolVersion()));
    return (SamplingResult) askAll(List.of(q)).get(q.key());
  }

  @SuppressWarnings("unchecked")
  @Override
  public List<Root> roots(String key) {
    Question q = question(key, Kind.ROOTS, JsonNodeFactory.instance.objectNode());
    return (List<Root>) askAll(List.of(q)).get(q.key());
  }

  @Override
  public void requireUrlElicitation(List<ElicitRequest> elicitations) {
    if (elicitations.isEmpty()) {
      throw new IllegalArgumentException("name at least one URL elicitation");
    }
    for (ElicitRequest e : elicitations) {
      if (e.url() == null) {
        throw new IllegalArgumentException("only URL elicitations can be required");
      }
    }
    if (!request.revision().atLeast(Revision.V2025_11_25)) {
      throw new ToolException("This needs the user to open a URL, which protocol revision " + request.revision()
          + " cannot ask for");
    }
    requireCapability(Kind.ELICITATION, "url");
    if (request.revision().isModern()) {
      List<Question> questions = new ArrayList<>();
      for (ElicitRequest e : elicitations) {
        questions.add(question(null, Kind.ELICITATION, e.toParams(request.protocolVersion())));
      }
      for (Object answer : askAll(questions).values()) {
        if (((ElicitResult) answer).action() != ElicitResult.Action.ACCEPT) {
          throw new ToolException("The user did not complete the interaction this request needs");
        }
      }
      return;
    }
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    ArrayNode list = data.putArray("elicitations");
    for (ElicitRequest e : elicitations) {
      list.add(e.toParams(request.protocolVersion()));
      settings.urlElicitations().sent(e.elicitationId(), request.session());
    }
    throw Sneaky.raise(new McpError(McpError.URL_ELICITATION_REQUIRED, elicitations.size() == 1
        ? "This request needs the user to complete an interaction at a URL first"
        : "This request needs the user to complete " + elicitations.size() + " interactions at URLs first", data));
  }

  @Override
  public InputResponses ask(InputRequests requests) {
    List<Question> questions = new ArrayList<>();
    for (InputRequests.Entry e : requests.entries()) {
      if (e instanceof InputRequests.Elicit el && el.request().url() != null) {
        requireCapability(Kind.ELICITATION, "url");
      }
      if (e instanceof InputRequests.Sample s) {
        requireSamplingTools(s.request());
      }
      questions.add(question(e.key(), Kind.of(e.method()), e.params(request.protocolVersion())));
    }
    return new InputResponses(askAll(questions));
  }

  // ---------------------------------------------------------------- asking

  private synchronized Question question(String key, Kind kind, ObjectNode params) {
    requireCapability(kind, null);
    if (keys == null) {
      keys = new HashMap<>();
      counters = new EnumMap<>(Kind.class);
    }
    if (key == null) {
      int n = counters.merge(kind, 1, Integer::sum);
      key = kind.keyPrefix + "-" + n;
    } else if (key.isEmpty()) {
      throw new IllegalArgumentException("an input request key must not be empty");
    }
    Kind previous = keys.putIfAbsent(key, kind);
    if (previous != null && previous != kind) {
      throw new IllegalArgumentException("the input request key \"" + key + "\" is already used for " + previous.method);
    }
    return new Question(key, kind, params);
  }

  private Map<String, Object> askAll(List<Question> questions) {
    return multiRound ? answerFromRounds(questions) : askNow(questions);
  }

  /** 2026-07-28: answers from this round's known answers, or the end of the round. */
  private synchronized Map<String, Object> answerFromRounds(List<Question> questions) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Question> missing = new LinkedHashMap<>();
    for (Question q : questions) {
      JsonNode answer = answers.get(q.key());
      if (answer == null) {
        missing.put(q.key(), q);
        continue;
      }
      out.put(q.key(), parse(q, answer));
      if (!(used instanceof LinkedHashMap)) {
        used = new LinkedHashMap<>();
      }
      used.put(q.key(), answer);
    }
    if (!missing.isEmpty()) {
      throw new InputRequiredSignal(interimResult(missing));
    }
    return out;
  }

  private Object parse(Question q, JsonNode answer) {
    try {
      return switch (q.kind()) {
        case ELICITATION -> ElicitResult.fromJson(answer);
        case SAMPLING -> SamplingResult.fromJson(answer);
        case ROOTS -> Root.listFromJson(answer);
      };
    } catch (IllegalArgumentException e) {
      throw Sneaky.raise(McpError.invalidParams(
          "Invalid params: inputResponses[\"" + q.key() + "\"]: " + e.getMessage()));
    }
  }

  private Result interimResult(Map<String, Question> missing) {
    if (binding == null) {
      binding = bindingOf(request);
    }
    String state = settings.codec().seal(binding, used);
    Map<String, Question> asked = Map.copyOf(missing);
    List<String> order = new ArrayList<>(missing.keySet());
    return new Result() {
      @Override
      public void writeFields(JsonGenerator g, RequestContext r) throws IOException {
        g.writeObjectFieldStart("inputRequests");
        for (String key : order) {
          Question q = asked.get(key);
          g.writeObjectFieldStart(key);
          g.writeStringField("method", q.kind().method);
          g.writeFieldName("params");
          g.writeTree(q.params());
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeStringField("requestState", state);
      }

      @Override
      public String resultType() {
        return "input_required";
      }
    };
  }

  /** Up to 2025-11-25: server-to-client requests, awaited. */
  private Map<String, Object> askNow(List<Question> questions) {
    if (request.revision().isModern()) {
      throw new IllegalStateException("the client can be asked for input only while serving "
          + String.join(", ", MULTI_ROUND_METHODS.stream().sorted().toList()) + " (this is " + request.method() + ")");
    }
    Session session = request.session();
    if (session == null) {
      throw new IllegalStateException("this request has no session to reach the client through");
    }
    if (request.runsInline()) {
      // its answer would be read by the very thread that waits for it
      throw new IllegalStateException("a tool declared nonBlocking cannot wait for the client's answer");
    }
    Map<String, CompletableFuture<JsonNode>> futures = new LinkedHashMap<>();
    for (Question q : questions) {
      if (q.kind() == Kind.ELICITATION && q.params().has("elicitationId")) {
        settings.urlElicitations().sent(q.params().get("elicitationId").asText(), session);
      }
      futures.put(q.key(), session.request(q.kind().method, q.params(), request));
    }
    long deadline = System.nanoTime() + settings.clientTimeout().toNanos();
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      for (Question q : questions) {
        CompletableFuture<JsonNode> f = futures.get(q.key());
        JsonNode result = await(f, deadline, q);
        try {
          out.put(q.key(), switch (q.kind()) {
            case ELICITATION -> ElicitResult.fromJson(result);
            case SAMPLING -> SamplingResult.fromJson(result);
            case ROOTS -> Root.listFromJson(result);
          });
        } catch (IllegalArgumentException e) {
          throw new ToolException("The client answered " + q.kind().method + " with an invalid result: " + e.getMessage());
        }
      }
    } finally {
      futures.values().forEach(f -> f.cancel(false));
    }
    return out;
  }

  private JsonNode await(CompletableFuture<JsonNode> f, long deadline, Question q) {
    try {
      return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("the request was cancelled while waiting for the client");
    } catch (TimeoutException e) {
      throw new ToolException("The client did not answer " + q.kind().method + " within "
          + settings.clientTimeout().toSeconds() + " s");
    } catch (CancellationException e) {
      throw new CancellationException("the session ended while waiting for the client");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String message = cause instanceof McpError ? cause.getMessage() : String.valueOf(cause);
      throw new ToolException("The client could not answer " + q.kind().method + ": " + message);
    }
  }

  /** Tool use in sampling: revision 2025-11-25 on, and only to clients that declared {@code sampling.tools}. */
  private void requireSamplingTools(SamplingRequest sampling) {
    if (!sampling.usesTools()) {
      return;
    }
    if (!request.revision().atLeast(Revision.V2025_11_25)) {
      throw new ToolException("Sampling with tools needs protocol revision 2025-11-25 or later; this client uses "
          + request.revision());
    }
    requireCapability(Kind.SAMPLING, "tools");
  }

  private void requireCapability(Kind kind, String sub) {
    ObjectNode caps = request.clientCapabilities();
    JsonNode cap = caps.get(kind.capability);
    boolean ok = cap != null && cap.isObject();
    if (ok && sub != null) {
      // 2025-11-25 onwards: elicitation {form, url} (an empty object means form only), sampling {tools}.
      ok = cap.has(sub);
    }
    if (ok) {
      return;
    }
    String what = sub == null ? kind.capability : kind.capability + "." + sub;
    if (request.revision().isModern()) {
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      ObjectNode required = data.putObject("requiredCapabilities");
      if (sub == null) {
        required.putObject(kind.capability);
      } else {
        required.putObject(kind.capability).putObject(sub);
      }
      throw Sneaky.raise(new McpError(McpError.MISSING_REQUIRED_CLIENT_CAPABILITY,
          "Missing required client capability: " + what, data));
    }
    throw new ToolException("This needs the client's " + what + " capability, which the client did not declare");
  }
}
