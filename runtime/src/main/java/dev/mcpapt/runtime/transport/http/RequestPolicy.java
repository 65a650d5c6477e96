package dev.mcpapt.runtime.transport.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
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
    String name = hostOf(hostHeader.strip().toLowerCase(Locale.ROOT));
    if (name == null) {
      return "Forbidden: malformed Host header '" + printable(hostHeader) + "' (expected host or host:port)";
    }
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
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (allowedOrigins.contains(o)) {
      return null;
    }
    String host = originHost(o);
    if (host != null && LOOPBACK_NAMES.contains(host)) {
      return null;
    }
    return "Forbidden: Origin '" + printable(origin) + "' is not allowed (DNS rebinding protection;"
        + " allow it with --allowed-origin)";
  }

  /** Whether CORS headers go to this (accepted) origin. */
  boolean corsFor(String origin) {
    return cors && origin != null;
  }

  /**
   * The host of an HTTP(S) origin ({@code scheme://host[:port]}, nothing else), or {@code null}
   * if {@code origin} is not one: a user part, a path, a query or anything after the port makes
   * it malformed, so {@code http://localhost:80@evil.com} is not a loopback origin.
   */
  static String originHost(String origin) {
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      return null;
    }
    if (uri.getRawAuthority() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
        || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return null;
    }
    return hostOf(uri.getRawAuthority().toLowerCase(Locale.ROOT));
  }

  /**
   * The host of {@code host[:port]} or {@code [v6][:port]} (a {@code Host} header, or the
   * authority of an origin), or {@code null} if it is malformed: an empty host, characters a
   * host name cannot have, a second colon, a port that is not 1 to 5 digits up to 65535, or
   * anything after the closing bracket of an IPv6 address but a port.
   */
  static String hostOf(String authority) {
    String host;
    String port;
    if (authority.startsWith("[")) {
      int end = authority.indexOf(']');
      if (end < 0) {
        return null;
      }
      host = authority.substring(0, end + 1);
      String v6 = authority.substring(1, end);
      if (v6.isEmpty() || !v6.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
        return null;
      }
      String rest = authority.substring(end + 1);
      if (rest.isEmpty()) {
        return host;
      }
      if (rest.charAt(0) != ':') {
        return null;
      }
      port = rest.substring(1);
    } else {
      int colon = authority.indexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      port = colon < 0 ? null : authority.substring(colon + 1);
      if (host.isEmpty() || !host.chars().allMatch(RequestPolicy::isHostChar)) {
        return null;
      }
    }
    if (port != null && !isPort(port)) {
      return null;
    }
    return host;
  }

  /** Letters, digits, '-', '.', '_' and '~' (an unreserved reg-name; percent-encoding is not accepted). */
  private static boolean isHostChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean isPort(String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return Integer.parseInt(port) <= 65535;
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
