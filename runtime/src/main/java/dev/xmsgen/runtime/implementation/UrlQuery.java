package dev.xmsgen.runtime.implementation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A URL's query, read and changed as raw (still encoded) text: the rest of the URL, the other
 * parameters and their order are kept as they are. Parameter names are compared decoded and
 * ignoring case.
 */
final class UrlQuery {
  private UrlQuery() {}

  /**
   * {@code uri} with parameter {@code name} set to {@code rawValue}: in place of the first one of
   * that name (any others of it dropped), else added at the end, before any fragment.
   */
  static URI withValue(URI uri, String name, String rawValue) {
    List<String> pairs = new ArrayList<>();
    boolean replaced = false;
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (!isNamed(pair, name)) {
          pairs.add(pair);
        } else if (!replaced) {
          pairs.add(name + "=" + rawValue);
          replaced = true;
        }
      }
    }
    if (!replaced) {
      pairs.add(name + "=" + rawValue);
    }
    String s = uri.toString();
    int q = s.indexOf('?');
    int hash = s.indexOf('#');
    String base = q >= 0 ? s.substring(0, q) : hash >= 0 ? s.substring(0, hash) : s;
    String fragment = hash >= 0 ? s.substring(hash) : "";
    return URI.create(base + "?" + String.join("&", pairs) + fragment);
  }

  /** The raw value of the first parameter named {@code name}, or {@code null}. */
  static String rawValue(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (isNamed(pair, name)) {
        int eq = pair.indexOf('=');
        return eq < 0 ? "" : pair.substring(eq + 1);
      }
    }
    return null;
  }

  private static boolean isNamed(String pair, String name) {
    int eq = pair.indexOf('=');
    return UrlEncoding.decode(eq < 0 ? pair : pair.substring(0, eq)).equalsIgnoreCase(name);
  }
}
