package dev.xmsgen.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call failed: the service answered with an error, a long-running operation ended failed or
 * canceled, or (in a subclass) the response body could not be read ({@link ResponseBodyException}),
 * no token could be had ({@link AuthenticationException}), or no response came ({@link
 * NoResponseException}: the connection failed, or time ran out). Async methods fail their future with
 * the same exceptions.
 *
 * <p>The message names the method, the URL without its query, the status and the ids Azure support
 * asks for ({@code x-ms-request-id}, {@code x-ms-correlation-request-id}, {@code
 * x-ms-client-request-id}) when the response carried them. The raw body is kept up to {@value
 * #MAX_BODY} bytes.
 *
 * <p>Carries what the service said in the common Azure shapes ({@code {"error": {"code", "message",
 * "target", "details"}}} or {@code {"code", "message"}}), the raw body and headers, and the body
 * read as the operation's declared error model, if it has one.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most bytes of a response body an exception keeps. */
  public static final int MAX_BODY = 64 * 1024;

  private final String method;
  private final String url;

  private final int statusCode;
  private final String errorCode;
  private final String errorMessage;
  private final String target;
  private final List<ErrorDetail> details;
  private final byte[] body;
  private final transient HttpHeaders headers;
  private final transient Object error;

  /**
   * An error as the runtime reads it from a response; public so tests of code that uses clients can
   * throw one.
   *
   * @param message the exception's message
   * @param statusCode the response's HTTP status
   * @param parsed the code, message, target and details the body carried
   * @param body the raw response body, or {@code null}
   * @param headers the response headers
   * @param error the body read as the operation's declared error model, or {@code null}
   */
  public ApiException(
      String message,
      int statusCode,
      ErrorDetail parsed,
      byte[] body,
      HttpHeaders headers,
      Object error) {
    this(message, null, null, null, statusCode, parsed, body, headers, error);
  }

  /**
   * An exception for a call to {@code method} {@code url}.
   *
   * @param message the exception's message
   * @param cause what went wrong underneath, or {@code null}
   * @param method the HTTP method, or {@code null}
   * @param url the URL, without secret query values, or {@code null}
   * @param statusCode the response's HTTP status; 0 when there was no response
   * @param parsed the code, message, target and details the body carried
   * @param body the raw response body, or {@code null}; only the first {@value #MAX_BODY} bytes are
   *     kept
   * @param headers the response headers, or {@code null}
   * @param error the body read as the operation's declared error model, or {@code null}
   */
  public ApiException(
      String message,
      Throwable cause,
      String method,
      String url,
      int statusCode,
      ErrorDetail parsed,
      byte[] body,
      HttpHeaders headers,
      Object error) {
    super(message, cause);
    this.method = method;
    this.url = url;
    this.statusCode = statusCode;
    this.errorCode = parsed.code();
    this.errorMessage = parsed.message();
    this.target = parsed.target();
    this.details = parsed.details();
    this.body =
        body == null ? new byte[0] : Arrays.copyOf(body, Math.min(body.length, MAX_BODY));
    this.headers = headers == null ? HttpHeaders.of(Map.of(), (k, v) -> true) : headers;
    this.error = error;
  }

  /**
   * A call that failed before any response: status 0, no headers, body or error model.
   *
   * @param message the exception's message
   * @param cause what went wrong, or {@code null}
   * @param method the HTTP method of the call
   * @param url the URL of the call, without secret query values
   */
  protected ApiException(String message, Throwable cause, String method, String url) {
    this(
        message,
        cause,
        method,
        url,
        0,
        new ErrorDetail(null, null, null, List.of()),
        null,
        null,
        null);
  }

  /** The HTTP method of the failed call, or {@code null} when not known. */
  public String method() {
    return method;
  }

  /** The URL of the failed call without secret query values, or {@code null} when not known. */
  public String url() {
    return url;
  }

  /** The service's {@code x-ms-request-id}, or {@code null}. */
  public String requestId() {
    return headers.firstValue("x-ms-request-id").orElse(null);
  }

  /** The {@code x-ms-correlation-request-id} the response carried, or {@code null}. */
  public String correlationId() {
    return headers.firstValue("x-ms-correlation-request-id").orElse(null);
  }

  /** The {@code x-ms-client-request-id} the response echoed, or {@code null}. */
  public String clientRequestId() {
    return headers.firstValue("x-ms-client-request-id").orElse(null);
  }

  /** The HTTP status of the response that carried the error; 0 when there was none. */
  public int statusCode() {
    return statusCode;
  }

  /** The service's error code, for example {@code ResourceNotFound}, or {@code null}. */
  public String errorCode() {
    return errorCode;
  }

  /** The service's own message, or {@code null}. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The error's target, or {@code null}. */
  public String target() {
    return target;
  }

  /** The error's details; empty when there are none. */
  public List<ErrorDetail> details() {
    return details;
  }

  /** The raw response body, up to {@value #MAX_BODY} bytes; empty when there was none. */
  public byte[] rawBody() {
    return body.clone();
  }

  /** The response body as text (UTF-8); empty when there was none. */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The body read as the operation's declared error model, or {@code null}. */
  public Object error() {
    return error;
  }

  /** The error model if it is a {@code type}. */
  public <E> Optional<E> error(Class<E> type) {
    return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
  }
}
