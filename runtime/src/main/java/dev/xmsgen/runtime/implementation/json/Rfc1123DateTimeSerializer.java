package dev.xmsgen.runtime.implementation.json;

import java.time.OffsetDateTime;

/** Writes {@code date-time-rfc1123}, for example {@code Wed, 01 Jan 2020 12:00:00 GMT}. */
public final class Rfc1123DateTimeSerializer extends TextSerializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this. */
  public Rfc1123DateTimeSerializer() {
    super(OffsetDateTime.class, TimeFormats::formatRfc1123);
  }
}
