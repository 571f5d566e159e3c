package dev.xmsgen.runtime;

import java.util.Objects;

/**
 * An API key, for services that take one ({@code securityDefinitions} of type {@code apiKey})
 * instead of, or beside, a bearer token. The client sends it on every attempt, in the header or
 * query parameter its spec names ({@link ClientOptions#keyHeader(String)}, {@link
 * ClientOptions#keyQuery(String)}), only to its own endpoint and only over https (plain http to
 * this machine is allowed), and never logs it. {@link #update}
 * rotates it for the calls that follow. Thread-safe.
 */
public final class KeyCredential {
  private volatile String key;

  /**
   * A credential holding {@code key}.
   *
   * @param key the key; not blank
   */
  public KeyCredential(String key) {
    update(key);
  }

  /**
   * Replaces the key; calls that start from now on send the new one.
   *
   * @param key the new key; not blank
   * @return this credential
   */
  public KeyCredential update(String key) {
    if (Objects.requireNonNull(key, "key").isBlank()) {
      throw new IllegalArgumentException("the key must not be blank");
    }
    this.key = key;
    return this;
  }

  /**
   * The key.
   *
   * @return the current key
   */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return "KeyCredential[(secret)]";
  }
}
