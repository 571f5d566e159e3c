package dev.xmsgen.core.diff;

import java.util.Locale;

/** Which changes fail a diff run: {@code breaking}, {@code any} or {@code none}. */
public enum FailOn {
  BREAKING,
  ANY,
  NONE;

  /** {@code breaking} → {@link #BREAKING}; throws {@link IllegalArgumentException} otherwise. */
  public static FailOn of(String text) {
    for (FailOn f : values()) {
      if (f.name().equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "fail-on must be breaking, any or none, not '" + text + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
