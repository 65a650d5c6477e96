package dev.mcpapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.testing.AuthorizationServer;
import dev.mcpapt.spring.app.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OAuth with Spring Security's resource server as the token check: a real authorization server on
 * loopback issues the tokens, the application's {@link JwtDecoder} verifies them, and the tool
 * sees the token's subject as its principal. The endpoint answers with MCP's challenges.
 */
@SpringBootTest(classes = {TestApp.class, StarterSpringSecurityTest.CountingDecoder.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterSpringSecurityTest {
  static final AuthorizationServer ISSUER = start();
  static final String RESOURCE = "https://tasks.example/mcp";

  @LocalServerPort
  int port;
  @Autowired
  CountingDecoder decoder;

  static AuthorizationServer start() {
    try {
      return new AuthorizationServer();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER.issuer("default"));
    registry.add("mcpapt.oauth.resource", () -> RESOURCE);
  }

  @AfterAll
  static void stop() throws Exception {
    ISSUER.close();
  }

  /** The application's decoder (as Boot would make it from the issuer URI), counting what it checks. */
  @TestConfiguration
  static class CountingDecoder {
    final AtomicInteger decoded = new AtomicInteger();

    @Bean
    JwtDecoder jwtDecoder() {
      JwtDecoder d = JwtDecoders.fromIssuerLocation(ISSUER.issuer("default"));
      return token -> {
        decoded.incrementAndGet();
        return d.decode(token);
      };
    }
  }

  McpHttp mcp() {
    return new McpHttp("http://127.0.0.1:" + port + "/mcp");
  }

  @Test
  void theTokensSubjectIsThePrincipalAToolSees() throws Exception {
    int before = decoder.decoded.get();
    String token = ISSUER.token("default", "alice", RESOURCE, "tasks.read");
    McpHttp.Answer a = mcp().call("who_am_i", "{}", "Authorization", "Bearer " + token);
    assertEquals(200, a.status(), String.valueOf(a.body()));
    assertEquals("alice", a.body().path("result").path("content").path(0).path("text").asText(), a.body().toString());
    assertTrue(decoder.decoded.get() > before, "Spring Security's JwtDecoder checked the token");
  }

  @Test
  void withoutATokenTheAnswerIsMcpsChallenge() throws Exception {
    McpHttp.Answer a = mcp().call("who_am_i", "{}");
    assertEquals(401, a.status());
    String challenge = a.response().headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.contains("resource_metadata=\"https://tasks.example/.well-known/oauth-protected-resource/mcp\""),
        challenge);
  }

  @Test
  void aTokenForAnotherResourceIsRefused() throws Exception {
    String token = ISSUER.token("default", "alice", "https://other.example/mcp", "tasks.read");
    McpHttp.Answer a = mcp().call("who_am_i", "{}", "Authorization", "Bearer " + token);
    assertEquals(401, a.status());
    String challenge = a.response().headers().firstValue("WWW-Authenticate").orElse("");
    assertTrue(challenge.contains("invalid_token") && challenge.contains("audience"), challenge);
    assertTrue(!challenge.contains(token), "the token is never echoed");
  }

  @Test
  void aForgedTokenIsRefused() throws Exception {
    String token = ISSUER.token("default", "alice", RESOURCE, "tasks.read");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
    McpHttp.Answer a = mcp().call("who_am_i", "{}", "Authorization", "Bearer " + forged);
    assertEquals(401, a.status());
  }

  @Test
  void theProtectedResourceMetadataNamesTheIssuer() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/.well-known/oauth-protected-resource/mcp")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    var metadata = new ObjectMapper().readTree(r.body());
    assertEquals(RESOURCE, metadata.path("resource").asText(), r.body());
    assertEquals(ISSUER.issuer("default"), metadata.path("authorization_servers").path(0).asText(), r.body());
  }
}
