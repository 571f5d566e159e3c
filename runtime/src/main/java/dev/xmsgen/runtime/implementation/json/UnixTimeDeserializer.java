package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads {@code unixtime}: seconds since the epoch as a JSON number (fractions dropped) or as a
 * string of digits. The result is in UTC.
 */
public final class UnixTimeDeserializer extends TextDeserializer<OffsetDateTime> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this. */
  public UnixTimeDeserializer() {
    super(OffsetDateTime.class, text -> TimeFormats.fromUnixTime(Long.parseLong(text.trim())));
  }

  @Override
  protected OffsetDateTime fromNumber(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    return TimeFormats.fromUnixTime(p.getValueAsLong());
  }
}
