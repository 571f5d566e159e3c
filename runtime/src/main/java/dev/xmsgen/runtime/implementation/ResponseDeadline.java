package dev.xmsgen.runtime.implementation;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bounds one attempt's whole exchange, body included: the JDK client's request timeout stops at
 * the response headers, so a body that drips a byte at a time would otherwise hold the call for
 * as long as the server likes. When the time is up the exchange is cancelled (which abandons the
 * connection) and the attempt fails with an {@link HttpTimeoutException}, retried like any I/O
 * error.
 */
final class ResponseDeadline {
  private ResponseDeadline() {}

  /** {@code exchange}, failed with {@link HttpTimeoutException} unless done within {@code limit}. */
  static <R> CompletableFuture<R> bound(CompletableFuture<R> exchange, Duration limit) {
    if (limit == null) {
      return exchange;
    }
    AtomicBoolean late = new AtomicBoolean();
    // the timer holds only this reference, cleared on completion, not the response it carries
    AtomicReference<CompletableFuture<R>> pending = new AtomicReference<>(exchange);
    exchange.whenComplete((response, failure) -> pending.set(null));
    long nanos = Math.max(0, Futures.saturatedNanos(limit));
    CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS)
        .execute(
            () -> {
              CompletableFuture<R> running = pending.getAndSet(null);
              if (running != null && !running.isDone()) {
                // set before cancelling: cancel runs the handler below on this thread
                late.set(true);
                running.cancel(true);
              }
            });
    return exchange.handle(
        (response, failure) -> {
          // after the timer cancelled it, any outcome is the timeout's: the JDK client may
          // complete the exchange with its own wrapped CancellationException before the cancel
          // lands (then isCancelled() is false), or with a body cut short by the cancel
          if (late.get()) {
            throw new CompletionException(
                new HttpTimeoutException("the response was not complete within " + limit));
          }
          if (failure != null) {
            throw failure instanceof CompletionException
                ? (CompletionException) failure
                : new CompletionException(failure);
          }
          return response;
        });
  }
}
