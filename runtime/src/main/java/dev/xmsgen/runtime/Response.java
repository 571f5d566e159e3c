package dev.xmsgen.runtime;

import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful response: status, headers and the body read as {@code T}.
 *
 * @param <T> the body's type; {@link Void} for operations without a body
 */
public final class Response<T> {
  private final int statusCode;
  private final HttpHeaders headers;
  private final T value;

  /** A response; public so tests of code that uses clients can build one. */
  public Response(int statusCode, HttpHeaders headers, T value) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.value = value;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers; names are case-insensitive. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of header {@code name}, if present. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The body, or {@code null} when there is none. */
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return "Response[status=" + statusCode + ", value=" + value + "]";
  }
}
