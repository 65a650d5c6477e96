package dev.mcpapt.bench.echo;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;

/** The benchmark's tool: {@code {"text": string}} in, the same text out as one text content. */
public final class Echo {
  /** Sends the text back. */
  @Tool(description = "Sends the text back.")
  public String echo(@Param(description = "The text to send back") String text) {
    return text;
  }
}
