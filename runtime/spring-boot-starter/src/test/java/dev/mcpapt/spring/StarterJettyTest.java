package dev.mcpapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.spring.app.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The starter on Spring Boot's Jetty (Tomcat left off the class path), with the admin profile on. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("admin")
class StarterJettyTest {
  @LocalServerPort
  int port;
  @Autowired
  ServletWebServerApplicationContext context;

  @Test
  void servesOnJettyAtTheDefaultPath() throws Exception {
    assertTrue(context.getWebServer().getClass().getName().contains("Jetty"), context.getWebServer().getClass().getName());
    McpHttp mcp = new McpHttp("http://127.0.0.1:" + port + "/mcp");
    assertEquals(List.of("admin_status", "greet", "who_am_i"), mcp.toolNames().stream().sorted().toList());
    McpHttp.Answer a = mcp.call("admin_status", "{}");
    assertEquals("admin tools on", a.body().path("result").path("content").path(0).path("text").asText(), a.body().toString());
  }
}
