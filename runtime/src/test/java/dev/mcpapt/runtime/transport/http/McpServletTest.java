package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transports deployed as a servlet in a container (Jetty's ee10 servlet container here), under a context path. */
class McpServletTest {
  static Server container;
  static McpServer server;
  static int port;
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws Exception {
    server = McpServer.builder().name("servlet-test").version("1.0.0").component(new HttpTestTools()).build();
    container = new Server();
    ServerConnector connector = new ServerConnector(container);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    container.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/app");
    ServletHolder holder = new ServletHolder(new McpServlet(server, HttpOptions.builder().build()));
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/api/*");
    container.setHandler(context);
    container.start();
    port = connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    container.stop();
    server.close();
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + "/app/api" + path);
  }

  static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void probesBelowTheServletPathWhateverTheOrigin() throws Exception {
    HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(uri("/readyz"))
        .header("Origin", "https://elsewhere.example").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("ready", HttpTestSupport.JSON.readTree(ready.body()).path("status").asText());
    assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""));
    HttpResponse<String> alive = CLIENT.send(HttpRequest.newBuilder(uri("/healthz")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("{\"status\":\"alive\"}", alive.body());
  }

  @Test
  void servesBothErasAndHttpSse() throws Exception {
    HttpResponse<String> r = post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
        + "\"arguments\":{\"text\":\"via servlet\"}," + HttpTestSupport.META + "}}",
        "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "echo");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("via servlet", HttpTestSupport.JSON.readTree(r.body()).path("result").path("content").get(0).path("text").asText());

    HttpResponse<String> init = post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}");
    String session = init.headers().firstValue("Mcp-Session-Id").orElse(null);
    assertNotNull(session, init.toString());
    HttpResponse<String> steps = post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"steps\","
        + "\"arguments\":{\"steps\":2},\"_meta\":{\"progressToken\":1}}}", "Mcp-Session-Id", session);
    assertEquals("text/event-stream", steps.headers().firstValue("Content-Type").orElse("").replace(";charset=utf-8", ""));
    JsonNode last = null;
    for (JsonNode n : HttpTestSupport.events(steps.body())) {
      last = n;
    }
    assertEquals(2, last.path("id").asInt());

    HttpResponse<String> bad = post("/mcp", "{}", "Origin", "http://evil.example.com");
    assertEquals(403, bad.statusCode());

    HttpResponse<java.io.InputStream> sse = CLIENT.send(HttpRequest.newBuilder(uri("/sse"))
        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    try (HttpTestSupport.SseReader reader = new HttpTestSupport.SseReader(sse)) {
      Map<String, String> endpoint = reader.next();
      assertEquals("endpoint", endpoint.get("event"));
      assertTrue(endpoint.get("data").startsWith("/app/api/messages?sessionId="), endpoint.toString());
      HttpResponse<String> ping = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint.get("data")))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2024-11-05\","
                  + "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(202, ping.statusCode());
      assertEquals(5, HttpTestSupport.JSON.readTree(reader.nextData().get("data")).path("id").asInt());
    }
  }

  /** The servlet reads bodies with a ReadListener: a stalled body holds no container thread and is cut at the bound. */
  /** A refused body is read to its end before the answer, so the connection carries the next request. */
  @Test
  void aRefusedBodyIsDroppedAndTheConnectionKept() throws Exception {
    String[] modern = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "echo"};
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
        + "\"arguments\":{\"text\":\"" + "x".repeat(300_000) + "\"}," + HttpTestSupport.META + "}}";
    try (RawConnection c = new RawConnection(port, 20_000)) {
      RawConnection.Response foreign = c.post("/app/api/mcp", call, "Origin", "http://evil.example.com");
      assertEquals(403, foreign.status(), foreign.body());
      RawConnection.Response ok = c.post("/app/api/mcp", call, modern);
      assertEquals(200, ok.status(), ok.body());
    }
  }

  @Test
  void aStalledBodyIsCutAtTheBodyTimeout() throws Exception {
    Server c = new Server();
    ServerConnector connector = new ServerConnector(c);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    c.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder holder = new ServletHolder(new McpServlet(server,
        HttpOptions.builder().bodyTimeout(java.time.Duration.ofSeconds(1)).build()));
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    c.setHandler(context);
    c.start();
    try (RawConnection stalled = new RawConnection(connector.getLocalPort(), 20_000)) {
      String[] modern = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "echo"};
      stalled.send(stalled.head("/mcp", 500, modern) + "{\"jsonrpc\":");
      RawConnection.Response r = stalled.read();
      assertEquals(408, r.status(), r.body());
      assertTrue(r.body().contains("the body did not arrive within 1 s"), r.body());
      try (RawConnection normal = new RawConnection(connector.getLocalPort(), 20_000)) {
        RawConnection.Response ok = normal.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"x\"}," + HttpTestSupport.META + "}}", modern);
        assertEquals(200, ok.status(), ok.body());
      }
    } finally {
      c.stop();
    }
  }

  @Test
  void aServletIsAResourceServerToo() throws Exception {
    try (dev.mcpapt.runtime.testing.AuthorizationServer as = new dev.mcpapt.runtime.testing.AuthorizationServer()) {
      Server c = new Server();
      ServerConnector connector = new ServerConnector(c);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      c.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler("/app");
      c.setHandler(context);
      c.start();
      try {
        int p = connector.getLocalPort();
        String resource = "http://127.0.0.1:" + p + "/app/secure/mcp";
        HttpOptions options = HttpOptions.builder().oauth(dev.mcpapt.runtime.auth.OAuthOptions.builder()
            .issuer(as.issuer("default")).resource(resource).build()).build();
        ServletHolder holder = new ServletHolder(new McpServlet(server, options));
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/secure/*");
        String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
            + "\"arguments\":{\"text\":\"signed in\"}," + HttpTestSupport.META + "}}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(resource)).header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", "2026-07-28")
            .header("Mcp-Method", "tools/call").header("Mcp-Name", "echo").POST(HttpRequest.BodyPublishers.ofString(call));
        HttpResponse<String> none = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode(), none.body());
        assertEquals("Bearer resource_metadata=\"http://127.0.0.1:" + p + "/.well-known/oauth-protected-resource/app/secure/mcp\"",
            none.headers().firstValue("WWW-Authenticate").orElse(""));
        HttpResponse<String> ok = CLIENT.send(b.header("Authorization", "Bearer " + as.token("default", "alice", resource, ""))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("signed in", HttpTestSupport.JSON.readTree(ok.body()).path("result").path("content").get(0).path("text").asText());
      } finally {
        c.stop();
      }
    }
  }
}
