package dev.xmsgen.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The service answered with an error, or a long-running operation ended failed or canceled.
 *
 * <p>Carries what the service said in the common Azure shapes ({@code {"error": {"code", "message",
 * "target", "details"}}} or {@code {"code", "message"}}), the raw body and headers, and the body
 * read as the operation's declared error model, if it has one.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

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
    super(message);
    this.statusCode = statusCode;
    this.errorCode = parsed.code();
    this.errorMessage = parsed.message();
    this.target = parsed.target();
    this.details = parsed.details();
    this.body = body == null ? new byte[0] : body.clone();
    this.headers = headers;
    this.error = error;
  }

  /** The HTTP status of the response that carried the error. */
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
