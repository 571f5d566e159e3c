package dev.xmsgen.runtime.implementation.json;

import java.time.OffsetDateTime;

/** Reads {@code date-time} leniently; see {@link TimeFormats#parseDateTime(String)}. */
public final class DateTimeDeserializer extends TextDeserializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this. */
  public DateTimeDeserializer() {
    super(OffsetDateTime.class, TimeFormats::parseDateTime);
  }
}
