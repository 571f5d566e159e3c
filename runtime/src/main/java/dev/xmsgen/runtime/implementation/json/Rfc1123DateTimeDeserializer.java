package dev.xmsgen.runtime.implementation.json;

import java.time.OffsetDateTime;

/** Reads {@code date-time-rfc1123}; see {@link TimeFormats#parseRfc1123(String)}. */
public final class Rfc1123DateTimeDeserializer extends TextDeserializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this. */
  public Rfc1123DateTimeDeserializer() {
    super(OffsetDateTime.class, TimeFormats::parseRfc1123);
  }
}
