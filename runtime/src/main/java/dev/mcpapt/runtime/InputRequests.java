package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several questions for the client asked at once (elicitations, sampling, roots), so the user
 * answers them in one go. Pass it to {@link McpContext#ask}; each is identified by a key the
 * server chooses, unique within the request.
 *
 * <pre>{@code
 * InputResponses answers = context.ask(InputRequests.builder()
 *     .elicit("user_name", ElicitRequest.form("What is your name?", nameForm))
 *     .sample("greeting", SamplingRequest.of("Write a greeting", 50))
 *     .listRoots("client_roots")
 *     .build());
 * }</pre>
 */
public final class InputRequests {
  /** One question. */
  public sealed interface Entry permits Elicit, Sample, ListRoots {
    String key();

    /** The request the client answers: {@code elicitation/create}, {@code sampling/createMessage}, {@code roots/list}. */
    String method();

    /** Its params under {@code protocolVersion} (a new elicitation id each time). */
    ObjectNode params(String protocolVersion);
  }

  /** An {@code elicitation/create}. */
  public record Elicit(String key, ElicitRequest request) implements Entry {
    @Override
    public String method() {
      return "elicitation/create";
    }

    @Override
    public ObjectNode params(String protocolVersion) {
      return request.toParams(protocolVersion);
    }
  }

  /** A {@code sampling/createMessage}. */
  public record Sample(String key, SamplingRequest request) implements Entry {
    @Override
    public String method() {
      return "sampling/createMessage";
    }

    @Override
    public ObjectNode params(String protocolVersion) {
      return request.toParams(protocolVersion);
    }
  }

  /** A {@code roots/list}. */
  public record ListRoots(String key) implements Entry {
    @Override
    public String method() {
      return "roots/list";
    }

    @Override
    public ObjectNode params(String protocolVersion) {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  private final List<Entry> entries;

  private InputRequests(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The questions in the order added. */
  public List<Entry> entries() {
    return entries;
  }

  /** Builds {@link InputRequests}. */
  public static final class Builder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder() {}

    public Builder elicit(String key, ElicitRequest request) {
      return add(new Elicit(key, Objects.requireNonNull(request, "request")));
    }

    public Builder sample(String key, SamplingRequest request) {
      return add(new Sample(key, Objects.requireNonNull(request, "request")));
    }

    public Builder listRoots(String key) {
      return add(new ListRoots(key));
    }

    private Builder add(Entry e) {
      Objects.requireNonNull(e.key(), "key");
      if (e.key().isEmpty()) {
        throw new IllegalArgumentException("an input request key must not be empty");
      }
      if (entries.putIfAbsent(e.key(), e) != null) {
        throw new IllegalArgumentException("duplicate input request key \"" + e.key() + "\"");
      }
      return this;
    }

    public InputRequests build() {
      if (entries.isEmpty()) {
        throw new IllegalStateException("no input requests were added");
      }
      return new InputRequests(new ArrayList<>(entries.values()));
    }
  }
}
