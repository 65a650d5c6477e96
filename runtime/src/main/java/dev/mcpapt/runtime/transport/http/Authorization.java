package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.fail;
import static dev.mcpapt.runtime.transport.http.Answers.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.auth.ResourceServer;
import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.widget.AuthChallenge;
import java.util.List;

/**
 * OAuth on the HTTP transports: the bearer token of a request, what each request touches, who owns
 * a session, and the Protected Resource Metadata. Without OAuth every check passes.
 */
final class Authorization {
  /** The OAuth resource server, or null when requests are not authorized. */
  private final ResourceServer resourceServer;
  private final RequestPolicy policy;

  Authorization(ResourceServer resourceServer, RequestPolicy policy) {
    this.resourceServer = resourceServer;
    this.policy = policy;
  }

  boolean isMetadataPath(String path) {
    return resourceServer != null && resourceServer.isMetadataPath(path);
  }

  /**
   * The caller of a request: its verified principal (or none), its headers.
   *
   * @return the caller, or {@code null} if the request was answered (401 or 503)
   */
  Caller authenticate(HttpExchange ex, Responder r) {
    Principal principal = null;
    if (resourceServer != null) {
      ResourceServer.Authentication auth = resourceServer.authenticate(ex.header("Authorization"));
      if (auth instanceof ResourceServer.Authentication.Valid valid) {
        principal = valid.principal();
      } else if (auth instanceof ResourceServer.Authentication.Invalid invalid) {
        ex.responseHeader("WWW-Authenticate", resourceServer.challengeForInvalidToken(invalid.description()));
        fail(r, 401, null, McpError.INVALID_REQUEST, "Unauthorized: " + invalid.description());
        return null;
      } else if (auth instanceof ResourceServer.Authentication.Unavailable) {
        ex.responseHeader("Retry-After", "5");
        fail(r, 503, null, McpError.INTERNAL_ERROR,
            "Service unavailable: the access token cannot be verified now (the authorization server is out of reach)");
        return null;
      } else if (!resourceServer.anonymousAllowed()) {
        ex.responseHeader("WWW-Authenticate", resourceServer.challengeForMissingToken());
        fail(r, 401, null, McpError.INVALID_REQUEST,
            "Unauthorized: this server needs an OAuth access token (Authorization: Bearer ...); see "
                + resourceServer.metadataUrl());
        return null;
      }
    }
    return new Caller(principal, ex.headers(), null);
  }

  /**
   * Whether the session may be used by this caller: a session belongs to the user whose token
   * opened it (or, opened signed out, to the first user who uses it with a token). A request
   * without a token on a user's session is answered 401; another user's token is answered as an
   * unknown session (404 by the caller), so session ids reveal nothing.
   */
  boolean ownedBy(HttpSession session, Caller caller, Responder r, JsonNode id) {
    if (resourceServer == null) {
      return true;
    }
    Principal owner = session.owner;
    Principal p = caller.principal();
    if (owner == null) {
      if (p != null) {
        synchronized (session) {
          if (session.owner == null) {
            session.owner = p;
          }
          return p.sameUser(session.owner);
        }
      }
      return true;
    }
    if (p == null) {
      r.exchange().responseHeader("WWW-Authenticate", resourceServer.challengeForMissingToken());
      fail(r, 401, id, McpError.INVALID_REQUEST, "Unauthorized: this session belongs to a signed-in user; send the access token");
      return false;
    }
    return owner.sameUser(p);
  }

  /**
   * Checks every request of a message against what it touches ({@link ResourceServer#check}). A
   * refused {@code tools/call} is answered as an HTTP 401/403 challenge, or, for hosts that read
   * challenges from results, as an {@code isError} result carrying the challenge in
   * {@code _meta["mcp/www_authenticate"]}.
   *
   * @return the caller to dispatch with, or {@code null} if the answer was sent
   */
  Caller authorize(HttpExchange ex, Responder r, Inbound in, Caller caller) {
    if (resourceServer == null) {
      return caller;
    }
    List<Inbound> requests = in.kind() == Inbound.Kind.BATCH ? in.batch()
        : in.kind() == Inbound.Kind.REQUEST ? List.of(in) : List.of();
    for (Inbound q : requests) {
      if (q.kind() != Inbound.Kind.REQUEST) {
        continue;
      }
      ResourceServer.Refusal refusal = resourceServer.check(q.method(), q.params(), caller.principal());
      if (refusal == null) {
        continue;
      }
      String challenge = resourceServer.challengeFor(refusal);
      if (in.kind() == Inbound.Kind.REQUEST && "tools/call".equals(q.method()) && resourceServer.refusesAsResult(q.meta())) {
        return new Caller(caller.principal(), caller.headers(), AuthChallenge.toolError(refusal.description(), challenge));
      }
      ex.responseHeader("WWW-Authenticate", challenge);
      fail(r, refusal.status(), in.kind() == Inbound.Kind.BATCH ? null : q.id(), McpError.INVALID_REQUEST,
          (refusal.status() == 401 ? "Unauthorized: " : "Forbidden: ") + refusal.description());
      return null;
    }
    return caller;
  }

  /** Serves the Protected Resource Metadata (RFC 9728): public, cacheable, readable from any origin. */
  void metadata(HttpExchange ex, Responder r) {
    String hostProblem = policy.checkHost(ex.header("Host"));
    if (hostProblem != null) {
      fail(r, 403, null, McpError.INVALID_REQUEST, hostProblem);
      return;
    }
    ex.responseHeader("Access-Control-Allow-Origin", "*");
    switch (ex.method()) {
      case "GET" -> {
        ex.responseHeader("Cache-Control", "max-age=300");
        json(r, resourceServer.metadata());
      }
      case "OPTIONS" -> {
        ex.status(204);
        ex.responseHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
        ex.responseHeader("Access-Control-Max-Age", "600");
        r.end();
      }
      default -> Answers.notAllowed(ex, r, "GET");
    }
  }
}
