package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.TokenCredential;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Holds one credential's token for one scope list. A token is replaced {@link #REFRESH_MARGIN}
 * before it expires, and on demand after a {@code 401}. Concurrent callers share one request to
 * the credential, which is asked through its async form and bounded by a timeout.
 */
final class TokenCache {
  /** A token this close to expiry is replaced before use. */
  static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private final List<String> scopes;
  private final Clock clock;
  private final Duration timeout;
  private AccessToken current;
  private CompletableFuture<AccessToken> pending;

  TokenCache(TokenCredential credential, List<String> scopes, Clock clock, Duration timeout) {
    this.credential = credential;
    this.scopes = List.copyOf(scopes);
    this.clock = clock;
    this.timeout = timeout;
  }

  /** A valid token; the credential is asked only when the cached one is missing or nearly expired. */
  synchronized CompletableFuture<String> token() {
    if (current != null && clock.instant().isBefore(refreshAt(current))) {
      return CompletableFuture.completedFuture(current.token());
    }
    return fetch(null);
  }

  /**
   * A new token after the service rejected the cached one; {@code claims} is the challenge's
   * decoded claims, or {@code null}. Shares a request to the credential already under way.
   */
  synchronized CompletableFuture<String> refresh(String claims) {
    current = null;
    return fetch(claims);
  }

  private CompletableFuture<String> fetch(String claims) {
    CompletableFuture<AccessToken> shared = pending;
    if (shared == null) {
      CompletableFuture<AccessToken> asked;
      try {
        asked = credential.getTokenAsync(scopes, claims);
      } catch (RuntimeException e) {
        asked = CompletableFuture.failedFuture(e);
      }
      if (asked == null) {
        asked = CompletableFuture.completedFuture(null);
      }
      CompletableFuture<AccessToken> bounded = new CompletableFuture<>();
      asked.whenComplete(
          (token, failure) -> {
            if (failure != null) {
              bounded.completeExceptionally(Futures.unwrap(failure));
            } else if (token == null) {
              bounded.completeExceptionally(
                  new IllegalStateException("the credential returned no token for " + scopes));
            } else {
              bounded.complete(token);
            }
          });
      CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .execute(
              () ->
                  bounded.completeExceptionally(
                      new TimeoutException(
                          "the credential gave no token within " + timeout.toMillis() + " ms")));
      pending = bounded;
      shared = bounded;
      bounded.whenComplete((token, failure) -> settle(bounded, token));
    }
    return shared.thenApply(AccessToken::token);
  }

  private synchronized void settle(CompletableFuture<AccessToken> settled, AccessToken token) {
    if (pending == settled) {
      pending = null;
      if (token != null) {
        current = token;
      }
    }
  }

  private static Instant refreshAt(AccessToken token) {
    Instant expiry = token.expiresAt();
    return expiry.equals(Instant.MAX) ? expiry : expiry.minus(REFRESH_MARGIN);
  }
}
