package dev.xmsgen.runtime.implementation.json;

import java.time.LocalDate;

/** Reads {@code date}; see {@link TimeFormats#parseDate(String)}. */
public final class DateDeserializer extends TextDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer; Jackson calls this. */
  public DateDeserializer() {
    super(LocalDate.class, TimeFormats::parseDate);
  }
}
