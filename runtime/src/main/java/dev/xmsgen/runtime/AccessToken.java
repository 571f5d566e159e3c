package dev.xmsgen.runtime;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and when it stops being valid. {@link #toString()} never shows the token. */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  /**
   * A token.
   *
   * @param token the bearer token, without the {@code Bearer } prefix
   * @param expiresAt when the token expires; {@link Instant#MAX} for a token that never does
   */
  public AccessToken(String token, Instant expiresAt) {
    this.token = Objects.requireNonNull(token, "token");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The bearer token. */
  public String token() {
    return token;
  }

  /** When the token expires. */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "AccessToken[expiresAt=" + expiresAt + "]";
  }
}
