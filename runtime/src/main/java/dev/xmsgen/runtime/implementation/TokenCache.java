package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.TokenCredential;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Holds one credential's token for one scope list until shortly before it expires. */
final class TokenCache {
  /** A token this close to expiry is replaced before use. */
  static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private final List<String> scopes;
  private final Clock clock;
  private AccessToken current;

  TokenCache(TokenCredential credential, List<String> scopes, Clock clock) {
    this.credential = credential;
    this.scopes = List.copyOf(scopes);
    this.clock = clock;
  }

  /** A valid token, asking the credential only when the cached one is missing or nearly expired. */
  synchronized String token() {
    Instant now = clock.instant();
    if (current == null || !now.isBefore(refreshAt(current))) {
      AccessToken fresh = credential.getToken(scopes);
      if (fresh == null) {
        throw new IllegalStateException("the credential returned no token for scopes " + scopes);
      }
      current = fresh;
    }
    return current.token();
  }

  private static Instant refreshAt(AccessToken token) {
    Instant expiry = token.expiresAt();
    return expiry.equals(Instant.MAX) ? expiry : expiry.minus(REFRESH_MARGIN);
  }
}
