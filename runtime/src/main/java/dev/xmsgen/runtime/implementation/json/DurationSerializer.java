package dev.xmsgen.runtime.implementation.json;

import java.time.Duration;

/** Writes {@code duration} as ISO 8601, for example {@code P1DT2H}. */
public final class DurationSerializer extends TextSerializer<Duration> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this. */
  public DurationSerializer() {
    super(Duration.class, TimeFormats::formatDuration);
  }
}
