package dev.mcpapt.runtime.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while decoding arguments. Generated decoders add to it and carry on, so that
 * every problem is reported at once, each with the JSON path where it was found.
 */
public final class Problems {
  private List<String> problems;

  /** Records that the value at {@code path} broke a rule: {@code "taskId: expected integer, got \"abc\""}. */
  public void add(String path, String message) {
    if (problems == null) {
      problems = new ArrayList<>(4);
    }
    problems.add(path.isEmpty() ? message : path + ": " + message);
  }

  public boolean isEmpty() {
    return problems == null;
  }

  /** The problems in the order found. */
  public List<String> list() {
    return problems == null ? List.of() : List.copyOf(problems);
  }

  /** Throws {@link InvalidArgumentsException} if any problem was recorded. */
  public void throwIfAny() throws InvalidArgumentsException {
    if (problems != null) {
      throw new InvalidArgumentsException(List.copyOf(problems));
    }
  }
}
