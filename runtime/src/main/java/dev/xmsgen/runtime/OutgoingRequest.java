package dev.xmsgen.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as an {@link HttpPolicy} sees it: method, URL and body, fixed, and headers it may
 * change. A {@link HttpPolicy.Position#PER_CALL per-call} policy sees the call's request once,
 * without {@code Authorization}; a {@link HttpPolicy.Position#PER_ATTEMPT per-attempt} policy sees
 * a fresh copy for each attempt, with the token, so what one attempt's policy changes does not
 * carry over to the next. Header names are case-insensitive. Not thread-safe.
 */
public final class OutgoingRequest {
  private final String method;
  private final URI uri;
  private final byte[] body;
  private final int attempt;
  /** Keyed by lower-case name: the name as first given, and its values in order. */
  private final Map<String, Map.Entry<String, List<String>>> headers = new LinkedHashMap<>();

  /**
   * A request with no headers, for a policy's own tests or a call of its own.
   *
   * @param method the HTTP method, such as {@code GET}
   * @param uri the absolute URL
   * @param body the body, or {@code null} for none; copied
   */
  public OutgoingRequest(String method, URI uri, byte[] body) {
    this(method, uri, body == null ? null : body.clone(), 0);
  }

  private OutgoingRequest(String method, URI uri, byte[] body, int attempt) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.body = body;
    this.attempt = attempt;
  }

  /**
   * A copy with the same headers, for attempt {@code attempt} (0 for the first).
   *
   * @param attempt the attempt the copy is for
   * @return the copy
   */
  public OutgoingRequest copyFor(int attempt) {
    OutgoingRequest copy = new OutgoingRequest(method, uri, body, attempt);
    headers.forEach(
        (key, entry) ->
            copy.headers.put(
                key, Map.entry(entry.getKey(), new ArrayList<>(entry.getValue()))));
    return copy;
  }

  /**
   * The HTTP method.
   *
   * @return the method, such as {@code PUT}
   */
  public String method() {
    return method;
  }

  /**
   * The absolute URL.
   *
   * @return the URL
   */
  public URI uri() {
    return uri;
  }

  /**
   * The body.
   *
   * @return a copy of the body, or {@code null} when there is none
   */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  /**
   * The body as the JDK client sends it, without a copy.
   *
   * @return a publisher of the body, or of nothing when there is none
   */
  public java.net.http.HttpRequest.BodyPublisher bodyPublisher() {
    return body == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body);
  }

  /**
   * Which attempt this is: 0 for the first and for what a per-call policy sees, 1 for the first
   * retry.
   *
   * @return the attempt
   */
  public int attempt() {
    return attempt;
  }

  /**
   * The headers, each name as first given.
   *
   * @return an unmodifiable copy, in the order the names were first set
   */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.values().forEach(e -> out.put(e.getKey(), List.copyOf(e.getValue())));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, in any case
   * @return the value, or empty when the header is not set
   */
  public Optional<String> header(String name) {
    Map.Entry<String, List<String>> e = headers.get(key(name));
    return e == null || e.getValue().isEmpty()
        ? Optional.empty()
        : Optional.of(e.getValue().get(0));
  }

  /**
   * Sets a header to one value, replacing any it had.
   *
   * @param name the header's name
   * @param value the value
   * @return this request
   */
  public OutgoingRequest setHeader(String name, String value) {
    Objects.requireNonNull(value, "value");
    List<String> values = new ArrayList<>();
    values.add(value);
    headers.put(key(name), Map.entry(name, values));
    return this;
  }

  /**
   * Adds a value to a header, after any it has.
   *
   * @param name the header's name
   * @param value the value
   * @return this request
   */
  public OutgoingRequest addHeader(String name, String value) {
    Objects.requireNonNull(value, "value");
    headers
        .computeIfAbsent(key(name), k -> Map.entry(name, new ArrayList<>()))
        .getValue()
        .add(value);
    return this;
  }

  /**
   * Removes a header.
   *
   * @param name the header's name, in any case
   * @return this request
   */
  public OutgoingRequest removeHeader(String name) {
    headers.remove(key(name));
    return this;
  }

  private static String key(String name) {
    return Objects.requireNonNull(name, "name").toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    // the URL's query may hold a secret, and headers a token: neither is shown
    return method + " " + uri.getScheme() + "://" + uri.getAuthority() + uri.getRawPath();
  }
}
