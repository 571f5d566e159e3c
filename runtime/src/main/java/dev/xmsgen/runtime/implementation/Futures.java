package dev.xmsgen.runtime.implementation;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for the futures the pipeline works with, so the blocking API throws what happened. */
final class Futures {
  private Futures() {}

  /** The future's value; its failure rethrown as it was, not wrapped. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return awaitWithin(future, null);
    } catch (TimeoutException e) {
      throw new IllegalStateException("a wait without a timeout timed out", e);
    }
  }

  /**
   * As {@link #await}, waiting at most {@code timeout} ({@code null}: no limit); on a timeout the
   * future is cancelled, which ends the work it waits on.
   */
  static <T> T awaitWithin(CompletableFuture<T> future, Duration timeout) throws TimeoutException {
    try {
      return timeout == null
          ? future.get()
          : future.get(Math.max(0, saturatedNanos(timeout)), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("interrupted while waiting");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new CompletionException(cause);
    }
  }

  /**
   * {@code derived}, which also cancels {@code upstream} (the future it was derived from) when it is
   * cancelled, so a caller's cancel reaches the work it waits on.
   */
  static <T> CompletableFuture<T> cancelling(
      CompletableFuture<T> derived, CompletableFuture<?> upstream) {
    derived.whenComplete(
        (value, failure) -> {
          if (derived.isCancelled()) {
            upstream.cancel(true);
          }
        });
    return derived;
  }

  /** {@code d} in nanoseconds, {@link Long#MAX_VALUE} for one too long to count so. */
  static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The failure inside {@link CompletionException} and {@link ExecutionException} wrappers. */
  static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
