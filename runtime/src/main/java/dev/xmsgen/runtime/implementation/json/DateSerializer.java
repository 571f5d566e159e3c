package dev.xmsgen.runtime.implementation.json;

import java.time.LocalDate;

/** Writes {@code date} as an RFC 3339 full-date, for example {@code 2020-01-31}. */
public final class DateSerializer extends TextSerializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; Jackson calls this. */
  public DateSerializer() {
    super(LocalDate.class, TimeFormats::formatDate);
  }
}
