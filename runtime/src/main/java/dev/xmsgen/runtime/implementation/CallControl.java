package dev.xmsgen.runtime.implementation;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * One call's future and what it is waiting on. Cancelling the future (by {@code cancel}, or
 * through {@link Futures#await} when the waiting thread is interrupted) abandons the exchange or
 * the wait in flight and starts no further attempt.
 */
final class CallControl<T> {
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private volatile CompletableFuture<?> inFlight;
  /** When the call's time is up, as {@link System#nanoTime()}; {@code Long.MAX_VALUE} for never. */
  private volatile long deadline = Long.MAX_VALUE;

  CallControl() {
    result.whenComplete(
        (value, failure) -> {
          CompletableFuture<?> step = inFlight;
          if (result.isCancelled() && step != null) {
            step.cancel(true);
          }
        });
  }

  /** The future the caller holds. */
  CompletableFuture<T> result() {
    return result;
  }

  /**
   * Fails with {@link CancellationException} once the call is cancelled or otherwise over (its
   * time is up); call before each step.
   */
  void checkNotCancelled() {
    if (result.isDone()) {
      throw new CancellationException("the call was cancelled; no further request is sent");
    }
  }

  /** Ends the call {@code limit} from now; {@code null} for no limit. */
  void limitTo(java.time.Duration limit) {
    if (limit != null) {
      long now = System.nanoTime();
      long nanos = limit.toNanos();
      deadline = nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
    }
  }

  /** Whether a wait of {@code delay} from now would end after the call's time is up. */
  boolean outlasts(java.time.Duration delay) {
    return deadline != Long.MAX_VALUE && delay.toNanos() >= deadline - System.nanoTime();
  }

  /** {@code step} is what the call now waits on; cancelled at once if the call already is. */
  <S> CompletableFuture<S> track(CompletableFuture<S> step) {
    inFlight = step;
    if (result.isCancelled()) {
      step.cancel(true);
    }
    return step;
  }

  /** Completes the caller's future as {@code chain} completes, with its unwrapped failure. */
  CompletableFuture<T> completeWith(CompletableFuture<T> chain) {
    chain.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(Futures.unwrap(failure));
          } else {
            result.complete(value);
          }
        });
    return result;
  }
}
