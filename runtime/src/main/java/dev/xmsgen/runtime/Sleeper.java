package dev.xmsgen.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries and between polls. The pipeline never blocks a thread to wait: it chains on
 * the returned future. Tests pass a sleeper that records the delay and completes at once.
 */
@FunctionalInterface
public interface Sleeper {

  /** A future that completes once {@code duration} has passed. */
  CompletableFuture<Void> sleep(Duration duration);

  /** The real clock: completes after the delay, on a JDK timer thread. */
  static Sleeper system() {
    return duration -> {
      if (duration.isZero() || duration.isNegative()) {
        return CompletableFuture.completedFuture(null);
      }
      return CompletableFuture.runAsync(
          () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
    };
  }
}
