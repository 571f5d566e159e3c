package dev.xmsgen.runtime.implementation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Chooses the proxy of the HTTP client a pipeline builds. The standard Java system properties come
 * first ({@code https.proxyHost}/{@code https.proxyPort}, {@code http.proxyHost}/{@code
 * http.proxyPort}, {@code http.nonProxyHosts}, read by the JDK's own selector); without them, the
 * {@code HTTPS_PROXY} (for https) or {@code HTTP_PROXY} (for http) environment variable, either case,
 * unless the host is excluded by {@code NO_PROXY}: a comma-separated list of host names, domain
 * suffixes ({@code .example.com} or {@code example.com}, which cover subdomains) and {@code *}.
 */
final class EnvironmentProxySelector extends ProxySelector {
  private final UnaryOperator<String> env;
  private final UnaryOperator<String> properties;
  private final ProxySelector jdk;

  EnvironmentProxySelector(
      UnaryOperator<String> env, UnaryOperator<String> properties, ProxySelector jdk) {
    this.env = env;
    this.properties = properties;
    this.jdk = jdk;
  }

  /** The selector for this process's system properties and environment. */
  static ProxySelector system() {
    return new EnvironmentProxySelector(
        System::getenv, System::getProperty, ProxySelector.getDefault());
  }

  @Override
  public List<Proxy> select(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (properties.apply(scheme + ".proxyHost") != null && jdk != null) {
      return jdk.select(uri);
    }
    String proxy = variable(scheme.equals("https") ? "HTTPS_PROXY" : "HTTP_PROXY");
    if (proxy == null || proxy.isBlank() || excluded(uri.getHost())) {
      return List.of(Proxy.NO_PROXY);
    }
    URI p = URI.create(proxy.contains("://") ? proxy.strip() : "http://" + proxy.strip());
    int port = p.getPort() >= 0 ? p.getPort() : "https".equalsIgnoreCase(p.getScheme()) ? 443 : 80;
    List<Proxy> out = new ArrayList<>();
    out.add(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port)));
    return out;
  }

  private String variable(String name) {
    String upper = env.apply(name);
    return upper != null ? upper : env.apply(name.toLowerCase(Locale.ROOT));
  }

  private boolean excluded(String host) {
    String list = variable("NO_PROXY");
    if (list == null || host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    for (String entry : list.split(",")) {
      String e = entry.strip().toLowerCase(Locale.ROOT);
      if (e.isEmpty()) {
        continue;
      }
      if (e.equals("*")) {
        return true;
      }
      int colon = e.lastIndexOf(':');
      if (colon > 0 && e.indexOf(':') == colon) {
        e = e.substring(0, colon);
      }
      String domain = e.startsWith(".") ? e.substring(1) : e;
      if (h.equals(domain) || h.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    if (jdk != null) {
      jdk.connectFailed(uri, address, failure);
    }
  }
}
