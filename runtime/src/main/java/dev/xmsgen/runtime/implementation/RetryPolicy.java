package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.RetryOptions;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Applies {@link RetryOptions}: whether attempt {@code n} may be retried, and after how long. */
final class RetryPolicy {
  private final RetryOptions options;
  private final Clock clock;

  RetryPolicy(RetryOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  /** Whether another attempt may follow attempt {@code attempt} (counted from 0). */
  boolean canRetry(int attempt) {
    return attempt < options.maxRetries();
  }

  boolean isRetryable(int status) {
    return options.retryStatuses().contains(status);
  }

  /** The longest wait between two attempts, or two polls, whatever a server asks for. */
  Duration maxDelay() {
    return options.maxDelay();
  }

  /**
   * The wait after failed attempt {@code attempt}, never over {@link RetryOptions#maxDelay()};
   * {@code headers} is null after an I/O error.
   */
  Duration delay(int attempt, HttpHeaders headers) {
    if (headers != null) {
      Optional<Duration> asked = RetryAfter.from(headers, clock.instant(), options.maxDelay());
      if (asked.isPresent()) {
        return asked.get();
      }
    }
    long base = options.baseDelay().toMillis();
    long cap = options.maxDelay().toMillis();
    long exponential = attempt >= 30 ? cap : Math.min(cap, base << attempt);
    double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis(Math.min(cap, Math.round(exponential * jitter)));
  }
}
