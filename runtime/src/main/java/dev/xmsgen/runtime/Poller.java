package dev.xmsgen.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A long-running operation ({@code x-ms-long-running-operation}) after its first response.
 *
 * <p>How it is polled follows that response: the {@code Azure-AsyncOperation} (or {@code
 * Operation-Location}) status monitor when given, whose body's {@code status} says where the
 * operation stands; else the {@code Location} of a 202, answered 202 until the operation is done (a
 * final body whose {@code provisioningState} is failed or canceled makes it a failure); else, for
 * PUT and PATCH, the resource itself until its {@code properties.provisioningState} is terminal. A
 * first answer of 200 with a terminal {@code provisioningState} is final, whatever headers it has;
 * so is a first response that leaves nothing to poll (a DELETE or POST answered 200 without those
 * headers), whatever provisioning state short of a failure its body reports. Waits honour {@code
 * Retry-After}, else {@link #pollInterval(Duration)}. A status monitor that answers other than 202
 * without a readable {@code status} ends the operation failed. The final result is fetched once,
 * from where the operation's {@code final-state-via} says.
 *
 * <p>Use {@link #getFinalResult()} to wait and get the result, or {@link #poll()} step by step. An
 * operation that ends failed or canceled throws {@link ApiException} from {@link
 * #waitForCompletion()} and {@link #getFinalResult()}. Each method has a non-blocking variant.
 * Generated clients return the runtime's own implementation, which is thread-safe; tests of code
 * that uses clients may implement this interface.
 *
 * @param <T> the final result's type; {@link Void} when there is none
 */
public interface Poller<T> {

  /** Where the operation stands after the last response. */
  OperationStatus status();

  /** Whether the operation has finished, well or not. */
  boolean isDone();

  /** The status code of the last response (the first one, then each poll's). */
  int lastStatusCode();

  /** The headers of the last response. */
  HttpHeaders lastHeaders();

  /** The wait before the next poll: the service's {@code Retry-After}, else the interval. */
  Duration nextPollDelay();

  /** Sets the wait between polls used when the service gives none. */
  Poller<T> pollInterval(Duration value);

  /**
   * Polls once, at once, unless the operation has already finished.
   *
   * @return the status after this poll
   * @throws ApiException the poll itself was answered with an error
   * @throws UntrustedUrlException the poll URL is not on the client's endpoint
   */
  OperationStatus poll();

  /** {@link #poll()} without blocking. */
  CompletableFuture<OperationStatus> pollAsync();

  /**
   * Polls until the operation finishes, waiting between polls.
   *
   * @return {@link OperationStatus#SUCCEEDED}
   * @throws ApiException the operation failed or was canceled, or a poll was answered with an error
   */
  OperationStatus waitForCompletion();

  /**
   * {@link #waitForCompletion()} without blocking. Cancelling the returned future ends the local
   * wait: no further poll is sent and the one in flight is abandoned; the operation on the service
   * goes on.
   */
  CompletableFuture<OperationStatus> waitForCompletionAsync();

  /**
   * Polls until the operation finishes or {@code timeout} has passed, whichever comes first; when
   * time runs out the local wait ends (the operation on the service goes on) and the status last
   * seen is returned.
   *
   * @return the status: terminal if the operation finished in time, else the last one seen
   * @throws ApiException the operation failed or was canceled, or a poll was answered with an error
   * @throws java.util.concurrent.CancellationException the thread was interrupted (its interrupt
   *     flag is set again)
   */
  OperationStatus waitForCompletion(Duration timeout);

  /**
   * {@link #getFinalResult()}, waiting at most {@code timeout} for the operation to finish.
   *
   * @throws IllegalStateException the operation did not finish in time (cause: a {@link
   *     java.util.concurrent.TimeoutException}); the local wait ends, the operation goes on
   * @throws ApiException the operation failed or was canceled, or a request was answered with an
   *     error
   */
  T getFinalResult(Duration timeout);

  /**
   * Waits for the operation to finish and returns its result.
   *
   * @return the result, or {@code null} for operations without one
   * @throws ApiException the operation failed or was canceled, or a request was answered with an
   *     error
   */
  T getFinalResult();

  /** {@link #getFinalResult()} without blocking; cancelling the future ends the local wait. */
  CompletableFuture<T> getFinalResultAsync();

  /**
   * Where the operation stands, as text to keep (in a database, a message, a file) and give to the
   * client's {@code resume...} method later, in this process or another, to follow the operation
   * on from there. It holds the operation's method, its URL and the URLs being polled, and no
   * token or body; keep it as you would those URLs.
   *
   * @return the token, in URL-safe characters
   * @throws UnsupportedOperationException an implementation that cannot be resumed; the runtime's
   *     own always can
   */
  default String resumeToken() {
    throw new UnsupportedOperationException(getClass().getName() + " cannot be resumed");
  }
}
