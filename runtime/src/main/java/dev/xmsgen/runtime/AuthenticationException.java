package dev.xmsgen.runtime;

/**
 * No token could be had for a call: the credential failed, returned nothing, or did not answer
 * within its bound ({@link ClientOptions#credentialTimeout()}). Nothing was sent; {@link
 * #statusCode()} is 0 and {@link #getCause()} is the credential's own failure.
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * A credential failure.
   *
   * @param message the exception's message
   * @param cause the credential's failure, or {@code null}
   * @param method the HTTP method of the call that needed the token
   * @param url the URL of that call, without secret query values
   */
  public AuthenticationException(String message, Throwable cause, String method, String url) {
    super(message, cause, method, url);
  }
}
