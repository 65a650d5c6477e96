package dev.mcpapt.bench.echo;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;

/** The benchmark's tool: {@code {"text": string}} in, the same text out as one text content. */
public final class Echo {
  /** Sends the text back; it never blocks, so the runtime runs it on the thread that read the call. */
  @Tool(description = "Sends the text back.", nonBlocking = true)
  public String echo(@Param(description = "The text to send back") String text) {
    return text;
  }
}
