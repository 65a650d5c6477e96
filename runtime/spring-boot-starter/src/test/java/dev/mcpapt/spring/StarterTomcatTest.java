package dev.mcpapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.spring.app.GreetingTools;
import dev.mcpapt.spring.app.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** The starter on Spring Boot's default servlet container (Tomcat), with Actuator. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "app.greeting=Bonjour",
    "mcpapt.name=greeter",
    "mcpapt.http.path=/ai/mcp",
    "mcpapt.http.allowed-origins=https://chat.example",
    "management.endpoint.health.show-details=always",
    "management.endpoints.web.exposure.include=health"})
class StarterTomcatTest {
  @LocalServerPort
  int port;
  @Autowired
  GreetingTools tools;
  @Autowired
  McpServer server;
  @Autowired
  ServletWebServerApplicationContext context;

  McpHttp mcp() {
    return new McpHttp("http://127.0.0.1:" + port + "/ai/mcp");
  }

  @Test
  void servesTheBeanSpringMadeOnTheApplicationsOwnServer() throws Exception {
    assertTrue(context.getWebServer().getClass().getName().contains("Tomcat"), context.getWebServer().getClass().getName());
    McpHttp mcp = mcp();
    assertEquals(List.of("greet", "who_am_i"), mcp.toolNames().stream().sorted().toList());
    int before = tools.calls();
    McpHttp.Answer a = mcp.call("greet", "{\"name\":\"Ada\"}");
    assertEquals(200, a.status());
    assertEquals("Bonjour, Ada", a.body().path("result").path("content").path(0).path("text").asText(), a.body().toString());
    assertEquals(before + 1, tools.calls()); // the bean itself ran, with its injected Greetings
    assertEquals("anonymous", mcp.call("who_am_i", "{}").body().path("result").path("content").path(0).path("text").asText());
  }

  @Test
  void profilesAndNonBeansDecideWhatIsServed() throws Exception {
    List<String> names = mcp().toolNames();
    assertFalse(names.contains("admin_status"), names.toString()); // @Profile("admin") is off
    assertFalse(names.contains("hidden"), names.toString());       // not a bean
  }

  @Test
  void propertiesNameTheServer() throws Exception {
    JsonNode discover = mcp().request("server/discover", null, new ObjectMapper().createObjectNode()).body();
    assertEquals("greeter", discover.path("result").path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asText(), discover.toString());
    assertEquals(List.of(GreetingTools.class), server.components().stream().map(c -> c.type()).toList());
  }

  @Test
  void badArgumentsAreAToolErrorAndTheServerKeepsServing() throws Exception {
    McpHttp.Answer a = mcp().call("greet", "{\"name\":42}");
    assertEquals(200, a.status());
    assertTrue(a.body().path("result").path("isError").asBoolean(), a.body().toString());
    assertTrue(a.body().path("result").path("content").path(0).path("text").asText().contains("name"), a.body().toString());
    assertEquals(200, mcp().call("greet", "{\"name\":\"Bo\"}").status());
  }

  @Test
  void originsAreCheckedWithTheConfiguredList() throws Exception {
    McpHttp.Answer refused = mcp().call("greet", "{\"name\":\"Ada\"}", "Origin", "https://evil.example");
    assertEquals(403, refused.status());
    McpHttp.Answer allowed = mcp().call("greet", "{\"name\":\"Ada\"}", "Origin", "https://chat.example");
    assertEquals(200, allowed.status());
  }

  @Test
  void theApplicationsOtherPathsAreNotTakenOver() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/mcp")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body()); // the application's own answer: MCP moved to /ai/mcp
    assertFalse(r.body().contains("jsonrpc"), r.body());
  }

  @Test
  void actuatorHealthShowsTheServer() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode mcp = new ObjectMapper().readTree(r.body()).path("components").path("mcp");
    assertEquals("UP", mcp.path("status").asText(), r.body());
    assertEquals(2, mcp.path("details").path("tools").asInt(), r.body());
    assertTrue(mcp.path("details").has("httpSessions"), r.body());
  }
}
