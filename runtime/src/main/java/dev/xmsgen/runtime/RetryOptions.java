package dev.xmsgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how often a request is retried. Immutable; each {@code with...} method returns a copy.
 *
 * <p>A request is retried when the connection fails or the status is one of {@link
 * #retryStatuses()}, at most {@link #maxRetries()} times. The wait before retry {@code n} (from 0)
 * is the server's {@code retry-after-ms}, {@code x-ms-retry-after-ms} or {@code Retry-After} when
 * given, else {@code baseDelay * 2^n} with ±20% jitter, never more than {@link #maxDelay()}.
 */
public final class RetryOptions {
  private static final Set<Integer> DEFAULT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Set<Integer> retryStatuses;

  private RetryOptions(
      int maxRetries, Duration baseDelay, Duration maxDelay, Set<Integer> retryStatuses) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
    }
    if (baseDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    this.maxRetries = maxRetries;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.retryStatuses = Set.copyOf(retryStatuses);
  }

  /** Three retries, 800 ms base delay, 60 s cap, on 408, 429, 500, 502, 503 and 504. */
  public static RetryOptions defaults() {
    return new RetryOptions(3, Duration.ofMillis(800), Duration.ofSeconds(60), DEFAULT_STATUSES);
  }

  /** No retries at all. */
  public static RetryOptions none() {
    return defaults().withMaxRetries(0);
  }

  /** How many times a request is sent again after the first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry when the server gives none. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The longest computed wait (a server's {@code Retry-After} is honoured as given). */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The statuses that are retried. */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  public RetryOptions withMaxRetries(int value) {
    return new RetryOptions(value, baseDelay, maxDelay, retryStatuses);
  }

  public RetryOptions withBaseDelay(Duration value) {
    return new RetryOptions(maxRetries, Objects.requireNonNull(value), maxDelay, retryStatuses);
  }

  public RetryOptions withMaxDelay(Duration value) {
    return new RetryOptions(maxRetries, baseDelay, Objects.requireNonNull(value), retryStatuses);
  }

  public RetryOptions withRetryStatuses(Set<Integer> value) {
    return new RetryOptions(maxRetries, baseDelay, maxDelay, value);
  }

  @Override
  public String toString() {
    return "RetryOptions[maxRetries="
        + maxRetries
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", retryStatuses="
        + new TreeSet<>(retryStatuses)
        + "]";
  }
}
