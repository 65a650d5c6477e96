package dev.mcpapt.runtime;

import java.util.List;

/**
 * Asking the client for input while serving a request: elicitation (the user fills in a form or
 * opens a URL), sampling (the client's model writes a message) and roots (the client's folders).
 * {@link McpContext} offers these directly ({@code context.elicit(...)}); this is the interface
 * the runtime implements for each revision.
 *
 * <p>A method is written once, in direct style. Up to revision 2025-11-25 each call sends a
 * server-to-client request and waits for the answer. In 2026-07-28 the first call the client has
 * not answered yet ends the request with an {@code InputRequiredResult}; the client answers and
 * retries, and the runtime runs the method again from the start, returning the recorded answers
 * to the calls already answered (see docs/context.md). Code before a call may therefore run once
 * per round: keep it free of side effects, or do them after the last call.
 *
 * <p>Keys identify each question within a request; they are chosen by the method (or numbered in
 * call order when left out) and must be the same on every round.
 */
public interface ClientInput {
  /**
   * Asks the user, through the client, to fill in a form or open a URL.
   *
   * @param key the question's key, or {@code null} to number it
   * @throws ToolException if the client did not declare the {@code elicitation} capability
   *     (revision 2026-07-28 answers {@code -32021} instead)
   */
  ElicitResult elicit(String key, ElicitRequest request);

  /** Asks the client's model to write a message. Needs the client's {@code sampling} capability. */
  SamplingResult sample(String key, SamplingRequest request);

  /** The client's roots. Needs the client's {@code roots} capability. */
  List<Root> roots(String key);

  /** Asks several questions at once; the client answers them in one round. */
  InputResponses ask(InputRequests requests);

  /**
   * Ends the request because the user must first complete the given URL elicitations (a sign-in
   * at a third party, a payment). In 2025-11-25 the request is answered with
   * {@code URLElicitationRequiredError} ({@code -32042}) listing them; the client opens the URLs
   * and retries the request, possibly after {@link ServerEvents#elicitationComplete}. In
   * 2026-07-28 they are asked as input requests of this round, and this returns on the retry
   * that answers them all with {@code accept}.
   *
   * @throws IllegalArgumentException if one of them is not a URL elicitation
   * @throws ToolException if the client did not declare {@code elicitation.url} (2026-07-28
   *     answers {@code -32021}), or a user declined one
   */
  default void requireUrlElicitation(List<ElicitRequest> elicitations) {
    throw new UnsupportedOperationException("URL elicitations cannot be required here");
  }
}
