package dev.mcpapt.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The signing keys of one issuer: its {@code jwks_uri} found through its metadata (RFC 8414
 * authorization-server metadata, else OpenID Connect discovery), then a Nimbus key source that
 * caches the keys and fetches them again, rate-limited, when a token names a key it does not
 * know.
 *
 * <p>Discovery happens on the first token, not at start, so a server can start while its
 * authorization server is still coming up; a failed discovery is retried at most every few
 * seconds.
 */
final class IssuerKeys {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.auth");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long RETRY_NANOS = Duration.ofSeconds(5).toNanos();

  private final URI issuer;
  private final OAuthOptions options;
  private final HttpClient http;
  private volatile JWKSource<SecurityContext> source;
  private volatile long lastFailure;
  private volatile String lastProblem;

  IssuerKeys(URI issuer, OAuthOptions options) {
    this.issuer = issuer;
    this.options = options;
    this.http = HttpClient.newBuilder()
        .connectTimeout(options.fetchTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  URI issuer() {
    return issuer;
  }

  /** The issuer's key source, discovering its {@code jwks_uri} first if needed. */
  JWKSource<SecurityContext> source() throws TokenVerificationUnavailableException {
    JWKSource<SecurityContext> s = source;
    if (s != null) {
      return s;
    }
    synchronized (this) {
      if (source != null) {
        return source;
      }
      if (lastFailure != 0 && System.nanoTime() - lastFailure < RETRY_NANOS) {
        throw new TokenVerificationUnavailableException(lastProblem, null);
      }
      try {
        URL jwks = discoverJwksUri().toURL();
        int timeout = (int) options.fetchTimeout().toMillis();
        long refresh = options.jwksRefreshInterval().toMillis();
        source = JWKSourceBuilder.<SecurityContext>create(jwks, new DefaultResourceRetriever(timeout, timeout, 1 << 20))
            .cache(Duration.ofMinutes(15).toMillis(), Math.max(timeout, 1000))
            .rateLimited(refresh)
            .retrying(false)
            .build();
        lastFailure = 0;
        return source;
      } catch (IOException | RuntimeException e) {
        lastFailure = System.nanoTime();
        lastProblem = "the keys of issuer " + issuer + " cannot be fetched: " + e.getMessage();
        LOG.log(System.Logger.Level.WARNING, "OAuth: " + lastProblem);
        throw new TokenVerificationUnavailableException(lastProblem, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TokenVerificationUnavailableException("interrupted while fetching the keys of " + issuer, e);
      }
    }
  }

  /**
   * Tries the metadata locations in the order MCP clients do: RFC 8414 with the issuer's path
   * inserted, OpenID discovery with the path inserted, then OpenID discovery appended to the
   * path. The first document whose {@code issuer} is exactly ours gives {@code jwks_uri}.
   */
  private URI discoverJwksUri() throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    for (URI candidate : metadataLocations(issuer)) {
      HttpResponse<byte[]> response;
      try {
        response = http.send(HttpRequest.newBuilder(candidate).timeout(options.fetchTimeout())
            .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        problems.add(candidate + ": " + e.getClass().getSimpleName());
        continue;
      }
      if (response.statusCode() != 200) {
        problems.add(candidate + ": HTTP " + response.statusCode());
        continue;
      }
      JsonNode metadata;
      try {
        metadata = JSON.readTree(response.body());
      } catch (IOException e) {
        problems.add(candidate + ": not JSON");
        continue;
      }
      String declared = metadata.path("issuer").asText(null);
      if (!issuer.toString().equals(declared)) {
        // RFC 8414 section 3.3: a document for another issuer must not be used
        problems.add(candidate + ": names issuer " + declared);
        continue;
      }
      String jwks = metadata.path("jwks_uri").asText(null);
      if (jwks == null) {
        problems.add(candidate + ": no jwks_uri");
        continue;
      }
      URI uri = URI.create(jwks);
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        problems.add(candidate + ": jwks_uri is not an http(s) URL");
        continue;
      }
      LOG.log(System.Logger.Level.DEBUG, () -> "OAuth: keys of " + issuer + " at " + uri);
      return uri;
    }
    throw new IOException("no usable metadata (" + String.join("; ", problems) + ")");
  }

  static List<URI> metadataLocations(URI issuer) {
    String base = issuer.getScheme() + "://" + issuer.getRawAuthority();
    String path = issuer.getRawPath() == null ? "" : issuer.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<URI> out = new ArrayList<>();
    out.add(URI.create(base + "/.well-known/oauth-authorization-server" + path));
    out.add(URI.create(base + "/.well-known/openid-configuration" + path));
    if (!path.isEmpty()) {
      out.add(URI.create(base + path + "/.well-known/openid-configuration"));
    }
    return out;
  }
}
