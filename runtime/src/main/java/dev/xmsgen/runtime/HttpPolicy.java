package dev.xmsgen.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * A step of your own in a client's pipeline, added with {@link ClientBuilder#addPolicy}: tracing,
 * a header on every request, custom auth, metrics. It gets the request and the rest of the
 * pipeline, and returns the response the rest gives (or one of its own). Policies run in the order
 * they were added, each {@link Position} apart.
 *
 * <p>A {@link Position#PER_CALL} policy wraps the whole call: it runs once, before the first
 * attempt, and sees the final response after the retries and any token refresh. A {@link
 * Position#PER_ATTEMPT} policy runs around each attempt, after the token is added, and sees each
 * attempt's response before the retry decision; a failed attempt reaches it as a future that
 * failed with the {@link java.io.IOException}. Responses of any status reach both; the client
 * turns an unexpected one into {@link ApiException} after them. A policy that throws fails the
 * call with that exception, with no retry.
 *
 * <p>Implementations must be thread-safe: one client's calls share them.
 */
@FunctionalInterface
public interface HttpPolicy {
  /** Where a policy runs. */
  enum Position {
    /** Once per call, around the retries. */
    PER_CALL,
    /** Once per attempt, around the send. */
    PER_ATTEMPT
  }

  /** The rest of the pipeline, after this policy. */
  @FunctionalInterface
  interface Next {
    /**
     * Sends {@code request} on through the pipeline.
     *
     * @param request the request, changed or not
     * @return the response, whatever its status
     */
    CompletableFuture<Response<byte[]>> send(OutgoingRequest request);
  }

  /**
   * Handles one request: usually changes it, calls {@code next.send(request)}, and looks at the
   * response.
   *
   * @param request the request; its headers may be changed
   * @param next the rest of the pipeline
   * @return the response
   */
  CompletableFuture<Response<byte[]>> process(OutgoingRequest request, Next next);

  /**
   * Where this policy runs; per call unless overridden.
   *
   * @return the position
   */
  default Position position() {
    return Position.PER_CALL;
  }
}
