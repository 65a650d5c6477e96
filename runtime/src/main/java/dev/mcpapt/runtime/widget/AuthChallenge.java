package dev.mcpapt.runtime.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ToolResult;

/**
 * A tool error that asks the user to sign in: ChatGPT reads the RFC 7235 challenges in {@code
 * _meta["mcp/www_authenticate"]} and starts the OAuth flow of the tool's security scheme.
 *
 * <pre>{@code
 * if (token == null) {
 *   return AuthChallenge.toolError("Sign in to see your tasks",
 *       "Bearer resource_metadata=\"https://tasks.example.com/.well-known/oauth-protected-resource\"");
 * }
 * }</pre>
 */
public final class AuthChallenge {
  /** The result {@code _meta} key holding the challenges. */
  public static final String META_KEY = "mcp/www_authenticate";

  private AuthChallenge() {}

  /** A tool error with {@code message} as its text and the given {@code WWW-Authenticate} challenges. */
  public static ToolResult toolError(String message, String... challenges) {
    if (challenges.length == 0) {
      throw new IllegalArgumentException("at least one challenge is needed");
    }
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    if (challenges.length == 1) {
      meta.put(META_KEY, challenges[0]);
    } else {
      ArrayNode list = meta.putArray(META_KEY);
      for (String c : challenges) {
        list.add(c);
      }
    }
    return ToolResult.error(message).withMeta(meta);
  }
}
