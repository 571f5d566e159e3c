package dev.xmsgen.runtime;

/**
 * How much of each exchange a client logs through {@link System.Logger} {@code
 * dev.xmsgen.runtime.http}, at {@code INFO}. Every line names the request's {@code
 * x-ms-client-request-id} and, for responses, the service's {@code x-ms-request-id} and {@code
 * x-ms-correlation-request-id}. Values of {@code Authorization}, of other credential headers and of
 * {@code x-ms-secret} headers and query parameters are always {@code REDACTED}.
 */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** A line per request (method, URL, attempt), response (status, milliseconds) and retry. */
  BASIC,
  /**
   * {@link #BASIC} with the headers: the values of headers on the allow-list ({@link
   * ClientOptions#logAllowedHeaders}) shown, the others {@code REDACTED}.
   */
  HEADERS,
  /**
   * {@link #HEADERS} with request and response bodies as UTF-8, each cut at 4096 bytes. Bodies can
   * hold secrets: for development only.
   */
  BODIES;
}
