package dev.xmsgen.runtime.implementation.json;

import java.util.Objects;

/**
 * A value that was set on purpose, possibly to {@code null}: what an {@code x-nullable} property
 * of a generated model holds. A field holding no {@code Explicit} was never set and is not sent; a
 * field holding {@code Explicit.of(null)} is sent as JSON {@code null}, which the service reads as
 * "clear this". Generated getters and setters hide it: users see the plain value.
 *
 * @param <T> the property's type
 */
public final class Explicit<T> {
  private static final Explicit<Object> NULL = new Explicit<>(null);

  private final T value;

  private Explicit(T value) {
    this.value = value;
  }

  /** A value set on purpose; {@code null} means an explicit JSON {@code null}. */
  @SuppressWarnings("unchecked")
  public static <T> Explicit<T> of(T value) {
    return value == null ? (Explicit<T>) NULL : new Explicit<>(value);
  }

  /** The value; {@code null} for an explicit JSON {@code null}. */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Explicit && Objects.equals(value, ((Explicit<?>) other).value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
