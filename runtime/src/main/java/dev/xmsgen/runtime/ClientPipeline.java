package dev.xmsgen.runtime;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * A built client's pipeline, from its {@code httpPipeline()}: for a request the client has no
 * method for (a preview route, an operation the spec lacks), sent with everything the client's own
 * calls get: the token, your {@link HttpPolicy policies}, retries, timeouts and logging. Only URLs
 * on the client's endpoint are sent. Thread-safe.
 */
public interface ClientPipeline {
  /**
   * The endpoint the client sends to.
   *
   * @return its base URL
   */
  URI endpoint();

  /**
   * Sends a request and waits for the response, whatever its status: a 404 is a response here,
   * not an {@link ApiException}.
   *
   * @param request the request; its URL must be on {@link #endpoint()}
   * @return the response, its body as bytes
   * @throws UntrustedUrlException the URL is not on the endpoint
   * @throws NoResponseException the connection failed on every attempt, or the call's time limit
   *     was reached
   */
  Response<byte[]> send(OutgoingRequest request);

  /**
   * {@link #send(OutgoingRequest)} without blocking; the future fails with the same exceptions.
   *
   * @param request the request; its URL must be on {@link #endpoint()}
   * @return a future of the response
   */
  CompletableFuture<Response<byte[]>> sendAsync(OutgoingRequest request);
}
