package dev.mcpapt.runtime.transport.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which {@code Host} and {@code Origin} headers are accepted (the DNS rebinding defence the MCP
 * transports require), and the CORS headers for accepted browser origins.
 */
final class RequestPolicy {
  private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final List<String> allowedOrigins;
  private final List<String> allowedHosts;
  private final boolean loopbackBound;
  private final boolean anyOrigin;
  private final boolean anyHost;
  private final boolean cors;

  /**
   * @param loopbackBound whether the server listens on a loopback interface only; then, unless
   *     {@code allowedHosts} is configured, only loopback {@code Host} names are accepted
   */
  RequestPolicy(HttpOptions options, boolean loopbackBound) {
    this.allowedOrigins = options.allowedOrigins();
    this.allowedHosts = options.allowedHosts();
    this.anyOrigin = allowedOrigins.contains("*");
    this.anyHost = allowedHosts.contains("*");
    this.loopbackBound = loopbackBound;
    this.cors = options.cors();
  }

  /** Whether {@code host} (an interface name or address to bind) is a loopback one. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (LOOPBACK_NAMES.contains(h)) {
      return true;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }

  /** Why the {@code Host} header is refused, or {@code null} if it is accepted. */
  String checkHost(String hostHeader) {
    if (anyHost || (allowedHosts.isEmpty() && !loopbackBound)) {
      return null;
    }
    if (hostHeader == null || hostHeader.isBlank()) {
      return "Forbidden: missing Host header";
    }
    String name = hostName(hostHeader.trim().toLowerCase(Locale.ROOT));
    if (LOOPBACK_NAMES.contains(name) || allowedHosts.contains(name)) {
      return null;
    }
    return "Forbidden: Host '" + printable(hostHeader) + "' is not allowed (DNS rebinding protection;"
        + " allow it with --allowed-host)";
  }

  /** Why the {@code Origin} header is refused, or {@code null} if it is absent or accepted. */
  String checkOrigin(String origin) {
    if (origin == null || anyOrigin) {
      return null;
    }
    String o = origin.trim().toLowerCase(Locale.ROOT);
    if (allowedOrigins.contains(o)) {
      return null;
    }
    int scheme = o.indexOf("://");
    if (scheme > 0) {
      String s = o.substring(0, scheme);
      String rest = o.substring(scheme + 3);
      if ((s.equals("http") || s.equals("https")) && rest.indexOf('/') < 0
          && LOOPBACK_NAMES.contains(hostName(rest))) {
        return null;
      }
    }
    return "Forbidden: Origin '" + printable(origin) + "' is not allowed (DNS rebinding protection;"
        + " allow it with --allowed-origin)";
  }

  /** Whether CORS headers go to this (accepted) origin. */
  boolean corsFor(String origin) {
    return cors && origin != null;
  }

  /** {@code host[:port]} or {@code [v6]:port} to the host part. */
  private static String hostName(String hostAndPort) {
    if (hostAndPort.startsWith("[")) {
      int end = hostAndPort.indexOf(']');
      return end < 0 ? hostAndPort : hostAndPort.substring(0, end + 1);
    }
    int colon = hostAndPort.indexOf(':');
    return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 100));
    for (int i = 0; i < s.length() && i < 100; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c < 0x7f && c != '\'' ? c : '?');
    }
    return b.toString();
  }
}
