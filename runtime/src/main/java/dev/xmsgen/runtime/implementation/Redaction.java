package dev.xmsgen.runtime.implementation;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** What may be shown of a request in logs and messages: nothing secret. */
final class Redaction {
  static final String REDACTED = "REDACTED";

  /** Headers never shown, whatever the request marks: they carry credentials. */
  private static final Set<String> ALWAYS_SECRET =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private Redaction() {}

  /** The URL without its query, for messages. */
  static String withoutQuery(URI uri) {
    return withoutQuery(uri.toString());
  }

  /** The URL without its query, for messages. */
  static String withoutQuery(String s) {
    int q = s.indexOf('?');
    return q < 0 ? s : s.substring(0, q);
  }

  /** The URL with the values of {@code secretQuery} parameters replaced. */
  static String url(URI uri, Set<String> secretQuery) {
    String raw = uri.getRawQuery();
    if (raw == null || secretQuery.isEmpty()) {
      return uri.toString();
    }
    StringBuilder query = new StringBuilder();
    for (String pair : raw.split("&", -1)) {
      if (query.length() > 0) {
        query.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && secretQuery.contains(UrlEncoding.decode(name))) {
        query.append(name).append('=').append(REDACTED);
      } else {
        query.append(pair);
      }
    }
    return withoutQuery(uri) + "?" + query;
  }

  /** The header's value as it may be shown. */
  static String header(String name, String value, Set<String> secretHeaders) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ALWAYS_SECRET.contains(lower) || secretHeaders.contains(lower) ? REDACTED : value;
  }
}
