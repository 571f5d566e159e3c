package dev.xmsgen.runtime;

import java.io.IOException;

/**
 * A call got no complete response: the connection failed (refused, reset, closed early) on every
 * attempt it was allowed, or an attempt or the whole call ran out of time ({@link
 * ClientOptions#responseTimeout(java.time.Duration)}, {@link
 * ClientOptions#callTimeout(java.time.Duration)}, {@link
 * RequestOptions#timeout(java.time.Duration)}). No further attempt is sent. {@link #statusCode()}
 * is 0, {@link #getCause()} is the {@link IOException} (a {@link
 * java.net.http.HttpTimeoutException} for a timeout), and the message names the client request id
 * the attempts carried.
 */
public class NoResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * A call that got no response.
   *
   * @param message the exception's message
   * @param cause the I/O failure of the last attempt, or the timeout
   * @param method the HTTP method of the call
   * @param url the URL of the call, without secret query values
   */
  public NoResponseException(String message, IOException cause, String method, String url) {
    super(message, cause, method, url);
  }

  /**
   * Whether the call ran out of time, rather than failing to connect.
   *
   * @return {@code true} for a timeout
   */
  public boolean isTimeout() {
    return getCause() instanceof java.net.http.HttpTimeoutException;
  }
}
