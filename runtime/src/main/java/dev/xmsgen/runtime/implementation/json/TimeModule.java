package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The {@code java.time} types that generated models use, in their default wire forms: {@link
 * OffsetDateTime} as RFC 3339, {@link LocalDate} as a full-date, {@link Duration} as ISO 8601.
 * Properties in other forms ({@code date-time-rfc1123}, {@code unixtime}) name their serializers on
 * the field. {@link dev.xmsgen.runtime.Json#newMapper()} registers this module.
 */
public final class TimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TimeModule() {
    super("xmsgen-time");
    addSerializer(OffsetDateTime.class, new DateTimeSerializer());
    addDeserializer(OffsetDateTime.class, new DateTimeDeserializer());
    addSerializer(LocalDate.class, new DateSerializer());
    addDeserializer(LocalDate.class, new DateDeserializer());
    addSerializer(Duration.class, new DurationSerializer());
    addDeserializer(Duration.class, new DurationDeserializer());
  }
}
