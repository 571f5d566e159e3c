package dev.xmsgen.runtime.implementation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Next-page links as Azure services send them: a next link keeps the {@code api-version} of the
 * request that listed the first page, in place of one the service put there (in any case) or added
 * at the end (the client's own API version when that request had none); the rest of the link is
 * kept as the service wrote it.
 */
final class NextLinks {
  private static final String API_VERSION = "api-version";

  private NextLinks() {}

  /**
   * {@code next} with the first page's {@code api-version}, or with {@code clientApiVersion} if the
   * first page had none; unchanged if both are missing.
   */
  static URI withApiVersionOf(URI next, URI firstPage, String clientApiVersion) {
    String first = rawQueryValue(firstPage, API_VERSION);
    String apiVersion =
        first != null || clientApiVersion == null
            ? first
            : URLEncoder.encode(clientApiVersion, StandardCharsets.UTF_8);
    if (apiVersion == null) {
      return next;
    }
    List<String> pairs = new ArrayList<>();
    boolean replaced = false;
    String query = next.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (!isNamed(pair, API_VERSION)) {
          pairs.add(pair);
        } else if (!replaced) {
          pairs.add(API_VERSION + "=" + apiVersion);
          replaced = true;
        }
      }
    }
    if (!replaced) {
      pairs.add(API_VERSION + "=" + apiVersion);
    }
    String s = next.toString();
    int q = s.indexOf('?');
    int hash = s.indexOf('#');
    String base = q >= 0 ? s.substring(0, q) : hash >= 0 ? s.substring(0, hash) : s;
    String fragment = hash >= 0 ? s.substring(hash) : "";
    return URI.create(base + "?" + String.join("&", pairs) + fragment);
  }

  /** The raw (still encoded) value of the first query parameter of that name, or null. */
  private static String rawQueryValue(URI uri, String name) {
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
    String key = UrlEncoding.decode(eq < 0 ? pair : pair.substring(0, eq));
    return key.toLowerCase(Locale.ROOT).equals(name);
  }
}
