package dev.mcpapt.runtime;

/**
 * A failure meant for the user or the model: its message is sent back as the tool result's text
 * with {@code isError: true}. Other exceptions are reported too, by message only; their stack
 * traces go to the server log, never to the client.
 */
public class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolException(String message) {
    super(message);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
