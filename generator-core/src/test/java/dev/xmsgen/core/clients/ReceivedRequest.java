package dev.xmsgen.core.clients;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the server received it, with its path and query decoded.
 *
 * @param method the HTTP method
 * @param target the request target as sent: raw path and query
 * @param rawPath the path, still percent-encoded
 * @param segments the path's segments, each decoded (a {@code %2F} inside one stays inside it)
 * @param query each query parameter's decoded values, in the order sent
 * @param headers each header's values, by lower-case name
 * @param body the body as text; empty when there is none
 */
record ReceivedRequest(
    String method,
    String target,
    String rawPath,
    List<String> segments,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body) {

  /** Parses the parts of a request target. */
  static ReceivedRequest of(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      String body) {
    String[] parts = rawPath.split("/", -1);
    List<String> segments = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      segments.add(decode(parts[i]));
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    String target = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    return new ReceivedRequest(method, target, rawPath, segments, query, lower, body);
  }

  /** The first value of a header, or {@code null}. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@code METHOD target}, for messages. */
  @Override
  public String toString() {
    return method + " " + target;
  }

  /** Percent-decoding; a {@code +} stays a plus, as in paths and RFC 3986 queries. */
  private static String decode(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length) {
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi >= 0 && lo >= 0) {
          out.write((hi << 4) | lo);
          i += 2;
          continue;
        }
      }
      out.write(bytes[i]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
