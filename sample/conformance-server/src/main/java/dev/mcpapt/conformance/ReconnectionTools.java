package dev.mcpapt.conformance;

import dev.mcpapt.annotations.Tool;

/**
 * SSE polling (2025-11-25, SEP-1699): the suite's {@code server-sse-polling} calls this tool and
 * expects the server to close the response stream's connection (after a {@code retry} field) before
 * the result, then to deliver the result when the client resumes with {@code Last-Event-ID}. The
 * server runs with {@code --sse-poll-after} shorter than this tool takes.
 */
public class ReconnectionTools {
  /** Takes a while, so the server lets the connection go before the result. */
  @Tool
  public String testReconnection() throws InterruptedException {
    Thread.sleep(1_500);
    return "Reconnection test completed";
  }
}
