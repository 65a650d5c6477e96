package dev.mcpapt.runtime.engine;

import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.auth.Principal;
import java.util.List;
import java.util.Map;

/**
 * Who sent a request and how, as the transport knows it: the verified principal (or {@code null}
 * when signed out or on a transport without authentication), the HTTP request headers (names in
 * lower case, {@code Authorization} left out; empty on stdio), and, for a {@code tools/call} the
 * transport refused but answers as a tool result, that result ({@code null} otherwise).
 */
public record Caller(Principal principal, Map<String, List<String>> headers, ToolResult toolRefusal) {
  /** No principal and no headers (stdio, tests). */
  public static final Caller NONE = new Caller(null, Map.of(), null);

  public Caller {
    headers = headers instanceof LazyHeaders ? headers : Map.copyOf(headers);
  }
}
