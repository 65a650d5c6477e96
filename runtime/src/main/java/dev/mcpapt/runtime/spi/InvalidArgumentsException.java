package dev.mcpapt.runtime.spi;

import java.util.List;

/**
 * Arguments that break a tool's input schema. The runtime answers with a tool result whose
 * {@code isError} is true and whose text lists every problem, so a model can correct itself.
 */
public final class InvalidArgumentsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidArgumentsException(List<String> problems) {
    super("Invalid arguments: " + String.join("; ", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code path: message}. */
  public List<String> problems() {
    return problems;
  }
}
