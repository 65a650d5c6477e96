package dev.mcpapt.runtime.engine;

import dev.mcpapt.runtime.auth.Principal;
import java.util.List;
import java.util.Map;

/**
 * Who sent a request and how, as the transport knows it: the verified principal (or {@code null}
 * when signed out or on a transport without authentication) and the HTTP request headers (names
 * in lower case, {@code Authorization} left out; empty on stdio).
 */
public record Caller(Principal principal, Map<String, List<String>> headers) {
  /** No principal and no headers (stdio, tests). */
  public static final Caller NONE = new Caller(null, Map.of());

  public Caller {
    headers = Map.copyOf(headers);
  }
}
