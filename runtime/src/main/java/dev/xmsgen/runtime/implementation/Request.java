package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.OutgoingRequest;
import dev.xmsgen.runtime.RequestOptions;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One logical call, ready to send: method, URL, headers, body, and what the responses mean
 * (expected statuses, typed error models). Immutable. Built with {@link RequestBuilder}.
 */
public final class Request {
  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Set<String> secretHeaders;
  private final Set<String> secretQuery;
  private final Set<Integer> expectedStatuses;
  private final Map<Integer, Class<?>> errorTypes;
  private final Class<?> defaultErrorType;
  private final RequestOptions options;

  Request(
      String method,
      URI uri,
      Map<String, List<String>> headers,
      byte[] body,
      Set<String> secretHeaders,
      Set<String> secretQuery,
      Set<Integer> expectedStatuses,
      Map<Integer, Class<?>> errorTypes,
      Class<?> defaultErrorType,
      RequestOptions options) {
    this.method = method;
    this.uri = uri;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body;
    this.secretHeaders = Set.copyOf(secretHeaders);
    this.secretQuery = Set.copyOf(secretQuery);
    this.expectedStatuses = Set.copyOf(expectedStatuses);
    this.errorTypes = Map.copyOf(errorTypes);
    this.defaultErrorType = defaultErrorType;
    this.options = options;
  }

  /** A request of the user's own, sent as it is: every status is a response. */
  static Request of(OutgoingRequest request) {
    return new Request(
        request.method(),
        request.uri(),
        request.headers(),
        request.body(),
        Set.of(),
        Set.of(),
        Set.of(),
        Map.of(),
        null,
        null);
  }

  /**
   * {@code method} of {@code uri} without headers or body, reading errors as {@code like} does and
   * carrying its per-call options: polls, next pages, and an operation resumed from a token.
   */
  static Request withErrorsOf(String method, URI uri, Set<String> secretQuery, Request like) {
    return new Request(
        method,
        uri,
        Map.of(),
        null,
        Set.of(),
        secretQuery,
        Set.of(),
        like.errorTypes,
        like.defaultErrorType,
        like.options);
  }

  /**
   * A GET of {@code uri} that reads errors as {@code like} does and carries its per-call options:
   * next pages and polling.
   */
  static Request get(URI uri, Request like) {
    return withErrorsOf("GET", uri, Set.of(), like);
  }


  /** Upper case: {@code GET}, {@code PUT}, ... */
  public String method() {
    return method;
  }

  /** The absolute URL, query included. */
  public URI uri() {
    return uri;
  }

  /** The operation's own headers; the pipeline adds authorization, user agent and request id. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The caller's options for this call, or {@code null}. */
  RequestOptions options() {
    return options;
  }

  byte[] body() {
    return body;
  }

  Set<String> secretHeaders() {
    return secretHeaders;
  }

  Set<String> secretQuery() {
    return secretQuery;
  }

  /** Whether a response of {@code status} is a success: as declared, or any 2xx if none was. */
  boolean isExpected(int status) {
    return expectedStatuses.isEmpty()
        ? status >= 200 && status < 300
        : expectedStatuses.contains(status);
  }

  /** The error model for {@code status}, or {@code null} when none was declared. */
  Class<?> errorType(int status) {
    Class<?> type = errorTypes.get(status);
    return type != null ? type : defaultErrorType;
  }

  /** {@code GET https://host/path}, the query left out: it may carry secrets. */
  @Override
  public String toString() {
    return method + " " + Redaction.withoutQuery(uri);
  }
}
