package dev.mcpapt.runtime;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The client's answers to {@link InputRequests}, by key. */
public final class InputResponses {
  private final Map<String, Object> answers;

  /** @param answers each key's {@link ElicitResult}, {@link SamplingResult} or {@code List<Root>} */
  public InputResponses(Map<String, Object> answers) {
    this.answers = Map.copyOf(answers);
  }

  public ElicitResult elicitation(String key) {
    return get(key, ElicitResult.class);
  }

  public SamplingResult sampling(String key) {
    return get(key, SamplingResult.class);
  }

  @SuppressWarnings("unchecked")
  public List<Root> roots(String key) {
    return get(key, List.class);
  }

  private <T> T get(String key, Class<T> type) {
    Object v = answers.get(key);
    if (v == null) {
      throw new NoSuchElementException("no input request has the key \"" + key + "\"");
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException("the input request \"" + key + "\" is not a " + type.getSimpleName());
    }
    return type.cast(v);
  }
}
