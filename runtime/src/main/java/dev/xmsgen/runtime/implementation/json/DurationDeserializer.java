package dev.xmsgen.runtime.implementation.json;

import java.time.Duration;

/** Reads {@code duration}; see {@link TimeFormats#parseDuration(String)}. */
public final class DurationDeserializer extends TextDeserializer<Duration> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this. */
  public DurationDeserializer() {
    super(Duration.class, TimeFormats::parseDuration);
  }
}
