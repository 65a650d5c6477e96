package dev.mcpapt.runtime.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DevHostTest {
  private static Server server;
  private static String base;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    Handler next =
        new Handler.Abstract.NonBlocking() {
          @Override
          public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, Callback callback) {
            response.setStatus(418);
            callback.succeeded();
            return true;
          }
        };
    server.setHandler(new Handler.Sequence(DevHost.handler("/dev/"), next));
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesThePageWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = get("/dev/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<script type=\"module\" src=\"devhost.js\""), page.body());
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self';"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());

    assertEquals(200, get("/dev/devhost.js").statusCode());
    assertTrue(get("/dev/devhost.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertEquals(200, get("/dev/devhost.css").statusCode());
  }

  @Test
  void servesEveryModuleThePageImports() throws Exception {
    // Walks the imports from devhost.js: a module the code imports but the host does not serve
    // would leave the page blank in a browser.
    Deque<String> pending = new ArrayDeque<>(List.of("devhost.js"));
    Set<String> served = new HashSet<>();
    while (!pending.isEmpty()) {
      String path = pending.pop();
      if (!served.add(path)) {
        continue;
      }
      HttpResponse<String> module = get("/dev/" + path);
      assertEquals(200, module.statusCode(), path);
      assertTrue(module.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), path);
      Matcher imports = IMPORT.matcher(module.body());
      while (imports.find()) {
        pending.push(URI.create("http://h/dev/" + path).resolve(imports.group(1)).getPath().substring("/dev/".length()));
      }
    }
    assertTrue(served.size() > 5, "devhost.js imports its concerns as modules: " + served);
  }

  private static final Pattern IMPORT = Pattern.compile("(?m)^import \\{[^}]*\\} from \"([^\"]+)\";");

  @Test
  void redirectsTheBarePathAndDeclinesOthers() throws Exception {
    HttpResponse<String> bare = get("/dev");
    assertEquals(302, bare.statusCode());
    assertTrue(bare.headers().firstValue("Location").orElseThrow().endsWith("/dev/"));
    assertEquals(418, get("/mcp").statusCode(), "paths outside the dev host go to the next handler");
    assertEquals(418, get("/developer").statusCode());
    assertEquals(404, get("/dev/nothing-here").statusCode());
    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/dev/")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void theWidgetFramePolicyComesFromTheDeclaredDomains() throws Exception {
    String csp = "{\"connectDomains\":[\"https://api.example.com\"],\"resourceDomains\":[\"https://cdn.example.com\"]}";
    HttpResponse<String> frame = get("/dev/frame?csp=" + URLEncoder.encode(csp, StandardCharsets.UTF_8));
    assertEquals(200, frame.statusCode());
    String policy = frame.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("connect-src 'self' https://api.example.com;"), policy);
    assertTrue(policy.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: data: https://cdn.example.com;"), policy);
    assertTrue(policy.contains("frame-src 'none'"), policy);
    assertTrue(frame.body().contains("sandbox-resource-ready"));
  }

  @Test
  void domainsThatWouldAddDirectivesAreDropped() {
    String policy =
        DevHost.frameCsp(
            "{\"connectDomains\":[\"https://ok.example.com\",\"https://x.example.com; script-src *\",\"'unsafe-hashes'\",42],"
                + "\"frameDomains\":[\"https://embed.example.com\"],\"baseUriDomains\":[\"a b\"]}");
    assertTrue(policy.contains("connect-src 'self' https://ok.example.com;"), policy);
    assertFalse(policy.contains("script-src *"), policy);
    assertFalse(policy.contains("unsafe-hashes"), policy);
    assertTrue(policy.contains("frame-src https://embed.example.com;"), policy);
    assertTrue(policy.endsWith("base-uri 'none'"), policy);
  }

  @Test
  void noDeclaredDomainsMeansNoNetwork() {
    for (String input : new String[] {null, "", "not json", "[1,2]", "{}"}) {
      String policy = DevHost.frameCsp(input);
      assertTrue(policy.startsWith("default-src 'none'"), policy);
      assertTrue(policy.contains("connect-src 'self';"), policy);
    }
  }
}
