package dev.mcpapt.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.AuthorizationServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The resource server's parts without HTTP: header parsing, discovery, rules, challenges. */
class ResourceServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ResourceServer server(OAuthOptions options, ObjectNode... descriptors) {
    return new ResourceServer(options, (method, params) -> {
      for (ObjectNode d : descriptors) {
        if (d.path("name").asText().equals(params.path("name").asText(null))
            || d.path("uri").asText().equals(params.path("uri").asText(null))) {
          return d;
        }
      }
      return null;
    }, () -> List.of(descriptors));
  }

  static OAuthOptions options(String issuer) {
    return OAuthOptions.builder().issuer(issuer).resource("http://127.0.0.1:9/mcp").build();
  }

  static ObjectNode tool(String name, String schemes) throws Exception {
    ObjectNode d = JSON.createObjectNode().put("name", name);
    d.putObject("inputSchema").put("type", "object");
    if (schemes != null) {
      d.set("securitySchemes", JSON.readTree(schemes));
    }
    return d;
  }

  @Test
  void theAuthorizationHeaderIsReadStrictly() {
    ResourceServer rs = server(options("http://127.0.0.1:9/issuer"));
    assertInstanceOf(ResourceServer.Authentication.Absent.class, rs.authenticate(null));
    for (String bad : List.of("Bearer", "Bearer ", "Basic dXNlcjpwdw==", "Bearer a b", "Bearer ab\"c", "Token abc", "Bearer =abc")) {
      assertInstanceOf(ResourceServer.Authentication.Invalid.class, rs.authenticate(bad), bad);
    }
  }

  @Test
  void anUnreachableIssuerMakesTokensUncheckableNotInvalid() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    ResourceServer rs = server(OAuthOptions.builder().issuer("http://127.0.0.1:" + closed + "/gone")
        .resource("http://127.0.0.1:9/mcp").fetchTimeout(java.time.Duration.ofSeconds(2)).build());
    String token = AuthorizationServer.signedByStranger("http://127.0.0.1:" + closed + "/gone", "alice",
        "http://127.0.0.1:9/mcp", "k1");
    assertInstanceOf(ResourceServer.Authentication.Unavailable.class, rs.authenticate("Bearer " + token));
  }

  @Test
  void metadataThatNamesAnotherIssuerIsNotUsed() throws Exception {
    try (AuthorizationServer as = new AuthorizationServer()) {
      // the configured issuer differs from the one the metadata names (by a trailing slash): RFC 8414
      // section 3.3 says such metadata must not be used
      String configured = as.issuer("default") + "/";
      JwtTokenVerifier v = new JwtTokenVerifier(options(configured));
      String token = AuthorizationServer.signedByStranger(configured, "alice", "http://127.0.0.1:9/mcp", "k1");
      assertThrows(TokenVerificationUnavailableException.class, () -> v.verify(token));
    }
  }

  @Test
  void metadataLocationsFollowTheSpecsOrder() {
    assertEquals(List.of(URI.create("https://as.example/.well-known/oauth-authorization-server/tenant/1"),
        URI.create("https://as.example/.well-known/openid-configuration/tenant/1"),
        URI.create("https://as.example/tenant/1/.well-known/openid-configuration")),
        IssuerKeys.metadataLocations(URI.create("https://as.example/tenant/1")));
    assertEquals(List.of(URI.create("https://as.example/.well-known/oauth-authorization-server"),
        URI.create("https://as.example/.well-known/openid-configuration")),
        IssuerKeys.metadataLocations(URI.create("https://as.example/")));
  }

  @Test
  void rulesAndChallenges() throws Exception {
    ObjectNode read = tool("read", "[{\"type\":\"oauth2\",\"scopes\":[\"a.read\"]}]");
    ObjectNode both = tool("both", "[{\"type\":\"oauth2\",\"scopes\":[\"a.read\",\"a.write\"]}]");
    ObjectNode open = tool("open", "[{\"type\":\"noauth\"},{\"type\":\"oauth2\",\"scopes\":[\"a.read\"]}]");
    ObjectNode plain = tool("plain", null);
    ObjectNode widget = JSON.createObjectNode().put("uri", "ui://w/x.html").put("name", "x");
    ResourceServer rs = server(options("http://127.0.0.1:9/issuer"), read, both, open, plain, widget);
    Principal reader = new Principal("http://127.0.0.1:9/issuer", "u", Set.of("a.read"), Map.of(), "t", null);

    assertTrue(rs.anonymousAllowed(), "a tool declares noauth");
    assertEquals(List.of("a.read", "a.write"), List.copyOf(rs.scopesSupported()));
    assertNull(rs.check("tools/call", JSON.readTree("{\"name\":\"open\"}"), null));
    assertNull(rs.check("tools/call", JSON.readTree("{\"name\":\"read\"}"), reader));
    assertNull(rs.check("tools/call", JSON.readTree("{\"name\":\"nothing\"}"), null), "unknown: the engine answers");
    assertNull(rs.check("resources/read", JSON.readTree("{\"uri\":\"ui://w/x.html\"}"), null));
    assertEquals(401, rs.check("tools/call", JSON.readTree("{\"name\":\"plain\"}"), null).status());
    assertEquals(401, rs.check("completion/complete", JSON.readTree("{}"), null).status());
    ResourceServer.Refusal more = rs.check("tools/call", JSON.readTree("{\"name\":\"both\"}"), reader);
    assertEquals(403, more.status());
    assertEquals("Bearer error=\"insufficient_scope\", scope=\"a.read a.write\", resource_metadata="
        + "\"http://127.0.0.1:9/.well-known/oauth-protected-resource/mcp\", error_description=\"both needs the scopes"
        + " a.read a.write\"", rs.challengeFor(more));
    assertEquals("Bearer error=\"invalid_token\", error_description=\"say \\\"no\\\"\", resource_metadata="
        + "\"http://127.0.0.1:9/.well-known/oauth-protected-resource/mcp\"", rs.challengeForInvalidToken("say \"no\""));
    assertTrue(rs.isMetadataPath("/.well-known/oauth-protected-resource/mcp"));
    assertTrue(rs.isMetadataPath("/.well-known/oauth-protected-resource"));

    ResourceServer closed = server(options("http://127.0.0.1:9/issuer"), read, plain);
    assertTrue(!closed.anonymousAllowed(), "nothing is public");
  }

  @Test
  void optionsRefuseWhatWouldWeakenTheChecks() {
    assertThrows(IllegalArgumentException.class, () -> OAuthOptions.builder().algorithms(Set.of("HS256")));
    assertThrows(IllegalArgumentException.class, () -> OAuthOptions.builder().algorithms(Set.of("none")));
    assertThrows(IllegalArgumentException.class, () -> OAuthOptions.builder().issuer("ftp://x/"));
    assertThrows(IllegalArgumentException.class, () -> OAuthOptions.builder().issuer("https://as.example/?q=1"));
    assertThrows(IllegalArgumentException.class, () -> OAuthOptions.builder().issuer("https://as.example").build(),
        "the resource is required");
    assertThrows(IllegalArgumentException.class, () -> OAuthOptions.builder().scope("a b"));
    String shown = new Principal("https://as.example", "u", Set.of(), Map.of(), "secret-token-value", null).toString();
    assertTrue(!shown.contains("secret-token-value"), shown);
  }
}
