package dev.xmsgen.runtime;

import java.net.http.HttpHeaders;

/**
 * The service answered with an expected status but its body could not be read: it is not valid
 * JSON for the operation's type, or the connection ended before the whole body arrived. {@link
 * #rawBody()} holds what did arrive.
 */
public class ResponseBodyException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * An unreadable body.
   *
   * @param message the exception's message
   * @param cause the decoding or I/O failure
   * @param method the HTTP method
   * @param url the URL, without secret query values
   * @param statusCode the response's HTTP status
   * @param body what arrived of the body
   * @param headers the response headers
   */
  public ResponseBodyException(
      String message,
      Throwable cause,
      String method,
      String url,
      int statusCode,
      byte[] body,
      HttpHeaders headers) {
    super(
        message,
        cause,
        method,
        url,
        statusCode,
        new ErrorDetail(null, null, null, java.util.List.of()),
        body,
        headers,
        null);
  }
}
