package dev.xmsgen.runtime.implementation;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Scheme, host and port of a URL: what decides where requests and tokens may go. */
final class Origin {
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  private final String scheme;
  private final String host;
  private final int port;

  private Origin(String scheme, String host, int port) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
  }

  /** The origin of an absolute http or https URL. */
  static Origin of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("not an http or https URL: " + uri);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("URL has no host: " + uri);
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
  }

  /** Whether {@code uri} has this same scheme, host and port. */
  boolean matches(URI uri) {
    try {
      Origin other = of(uri);
      return scheme.equals(other.scheme) && host.equals(other.host) && port == other.port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a bearer token may be sent here: over https, or to this machine. */
  boolean mayCarryToken() {
    return scheme.equals("https") || LOOPBACK_HOSTS.contains(host);
  }

  String host() {
    return host;
  }

  @Override
  public String toString() {
    return scheme + "://" + host + ":" + port;
  }
}
