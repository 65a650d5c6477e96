package dev.mcpapt.runtime.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The local widget host: a development page, served next to the server's HTTP transport (with
 * {@code --dev}), that lists the server's tools, calls them with a form built from their input
 * schema, and renders each tool's widget in a sandboxed iframe speaking the MCP Apps host protocol
 * (and, on request, ChatGPT's {@code window.openai}). The page talks to the server's {@code /mcp}
 * endpoint like any other client, so it works with every server built with mcp-apt.
 *
 * <p>Everything is static except the widget frame, whose {@code Content-Security-Policy} header
 * is built from the domains the widget's resource declares ({@code _meta.ui.csp}), as a real host
 * does. The page and the frame are for a developer's machine: the server binds the loopback
 * interface unless told otherwise, and the page is only served with {@code --dev}.
 *
 * <p>Paths, relative to {@link #DEFAULT_PATH}: {@code /} the page, {@code /devhost.js} (the page's
 * entry module) and the modules it imports under {@code /devhost/}, {@code /devhost.css}, and
 * {@code /frame?csp=<json>} the widget frame.
 */
public final class DevHost {
  /** Where the HTTP server mounts the dev host by default. */
  public static final String DEFAULT_PATH = "/dev";

  private static final String RESOURCES = "/dev/mcpapt/dev/";

  /** The page's own policy: nothing but itself; widgets run in a frame with their own policy. */
  private static final String PAGE_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
          + "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** A domain we copy into a policy: no separators, quotes or white space that could add a directive. */
  private static final Pattern SAFE_SOURCE = Pattern.compile("[A-Za-z0-9*][A-Za-z0-9.*:/_%+\\-\\[\\]]{0,253}");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The page's ES modules under {@code devhost/}, loaded by {@code devhost.js} (no build step). */
  private static final List<String> MODULES =
      List.of("protocol", "ui", "token", "client", "tools", "call", "widget");

  private static final Map<String, Asset> ASSETS = assets();

  private static Map<String, Asset> assets() {
    Map<String, Asset> assets = new HashMap<>();
    assets.put("/", new Asset("index.html", "text/html;charset=utf-8"));
    assets.put("/devhost.js", new Asset("devhost.js", "text/javascript;charset=utf-8"));
    for (String module : MODULES) {
      String name = "devhost/" + module + ".js";
      assets.put("/" + name, new Asset(name, "text/javascript;charset=utf-8"));
    }
    assets.put("/devhost.css", new Asset("devhost.css", "text/css;charset=utf-8"));
    assets.put("/frame", new Asset("frame.html", "text/html;charset=utf-8"));
    return Map.copyOf(assets);
  }

  private DevHost() {}

  /**
   * A Jetty handler serving the dev host under {@code basePath} (e.g. {@code "/dev"}); it declines
   * (returns false for) every other path, so it can sit in front of the MCP endpoint.
   */
  public static Handler handler(String basePath) {
    return new DevHostHandler(normalize(basePath));
  }

  private static String normalize(String basePath) {
    String path = basePath == null || basePath.isBlank() ? DEFAULT_PATH : basePath.strip();
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  /**
   * The {@code Content-Security-Policy} of a widget frame, from the widget's declared domains (the
   * JSON of {@code _meta.ui.csp}: {@code connectDomains}, {@code resourceDomains}, {@code
   * frameDomains}, {@code baseUriDomains}). Without any, the widget may load nothing from the
   * network, as the MCP Apps extension prescribes. Entries that could break out of a directive are
   * dropped.
   */
  public static String frameCsp(String cspJson) {
    JsonNode csp = parse(cspJson);
    String connect = sources(csp, "connectDomains");
    String resource = sources(csp, "resourceDomains");
    String frame = sources(csp, "frameDomains");
    String baseUri = sources(csp, "baseUriDomains");
    return "default-src 'none'"
        + "; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: data:" + resource
        + "; style-src 'self' 'unsafe-inline' blob: data:" + resource
        + "; img-src 'self' data: blob:" + resource
        + "; font-src 'self' data: blob:" + resource
        + "; media-src 'self' data: blob:" + resource
        + "; connect-src 'self'" + connect
        + "; worker-src 'self' blob:"
        + "; frame-src " + (frame.isEmpty() ? "'none'" : frame.substring(1))
        + "; object-src 'none'"
        + "; base-uri " + (baseUri.isEmpty() ? "'none'" : baseUri.substring(1));
  }

  private static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(json);
      return node != null && node.isObject() ? node : JSON.createObjectNode();
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /** " a b c" for the safe string entries of {@code csp[key]}, or "". */
  private static String sources(JsonNode csp, String key) {
    JsonNode list = csp.get(key);
    if (list == null || !list.isArray()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (JsonNode entry : list) {
      if (entry.isTextual() && SAFE_SOURCE.matcher(entry.asText()).matches() && kept.size() < 64) {
        kept.add(entry.asText());
      }
    }
    return kept.isEmpty() ? "" : " " + String.join(" ", kept);
  }

  /** A class-path file of the dev host, read once. */
  private static final class Asset {
    private final String name;
    private final String contentType;
    private volatile byte[] bytes;

    Asset(String name, String contentType) {
      this.name = name;
      this.contentType = contentType;
    }

    byte[] bytes() {
      byte[] b = bytes;
      if (b == null) {
        try (InputStream in = DevHost.class.getResourceAsStream(RESOURCES + name)) {
          if (in == null) {
            throw new IllegalStateException("missing class-path resource " + RESOURCES + name);
          }
          b = in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        bytes = b;
      }
      return b;
    }
  }

  private static final class DevHostHandler extends Handler.Abstract.NonBlocking {
    private final String base;

    DevHostHandler(String base) {
      this.base = base;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String path = Request.getPathInContext(request);
      if (!path.equals(base) && !path.startsWith(base + "/")) {
        return false;
      }
      String method = request.getMethod();
      boolean head = HttpMethod.HEAD.is(method);
      if (!HttpMethod.GET.is(method) && !head) {
        response.setStatus(HttpStatus.METHOD_NOT_ALLOWED_405);
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        callback.succeeded();
        return true;
      }
      if (path.equals(base)) {
        Response.sendRedirect(request, response, callback, base + "/");
        return true;
      }
      Asset asset = ASSETS.get(path.substring(base.length()));
      if (asset == null) {
        Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        return true;
      }
      var headers = response.getHeaders();
      headers.put(HttpHeader.CONTENT_TYPE, asset.contentType);
      headers.put(HttpHeader.CACHE_CONTROL, "no-store");
      headers.put("X-Content-Type-Options", "nosniff");
      headers.put("Referrer-Policy", "no-referrer");
      if (asset.name.equals("frame.html")) {
        Fields query = Request.extractQueryParameters(request);
        headers.put("Content-Security-Policy", frameCsp(query.getValue("csp")));
      } else {
        headers.put("Content-Security-Policy", PAGE_CSP);
        headers.put("X-Frame-Options", "DENY");
      }
      byte[] body = asset.bytes();
      headers.put(HttpHeader.CONTENT_LENGTH, body.length);
      response.setStatus(HttpStatus.OK_200);
      if (head) {
        callback.succeeded();
      } else {
        response.write(true, ByteBuffer.wrap(body), callback);
      }
      return true;
    }
  }
}
