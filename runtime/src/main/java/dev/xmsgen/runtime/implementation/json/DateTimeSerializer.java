package dev.xmsgen.runtime.implementation.json;

import java.time.OffsetDateTime;

/** Writes {@code date-time} as RFC 3339, for example {@code 2020-01-01T12:00:00Z}. */
public final class DateTimeSerializer extends TextSerializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this. */
  public DateTimeSerializer() {
    super(OffsetDateTime.class, TimeFormats::formatDateTime);
  }
}
