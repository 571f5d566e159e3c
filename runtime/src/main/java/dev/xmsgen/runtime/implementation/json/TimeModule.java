package dev.xmsgen.runtime.implementation.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The {@code java.time} types that generated models use, in their default wire forms: {@link
 * OffsetDateTime} as RFC 3339, {@link LocalDate} as a full-date, {@link Duration} as ISO 8601.
 * Properties in other forms ({@code date-time-rfc1123}, {@code unixtime}) name their serializers on
 * the field. {@link dev.xmsgen.runtime.Json#newMapper()} registers this module.
 */
public final class TimeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Map<Class<?>, JsonSerializer<?>> SERIALIZERS =
      Map.of(
          OffsetDateTime.class, new DateTimeSerializer(),
          LocalDate.class, new DateSerializer(),
          Duration.class, new DurationSerializer());
  private static final Map<Class<?>, JsonDeserializer<?>> DESERIALIZERS =
      Map.of(
          OffsetDateTime.class, new DateTimeDeserializer(),
          LocalDate.class, new DateDeserializer(),
          Duration.class, new DurationDeserializer());

  /** Creates the module. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public TimeModule() {
    super("xmsgen-time");
    SERIALIZERS.forEach(
        (type, serializer) -> addSerializer((Class) type, (JsonSerializer) serializer));
    DESERIALIZERS.forEach(
        (type, deserializer) -> addDeserializer((Class) type, (JsonDeserializer) deserializer));
  }

  /**
   * The module's serializer of {@code type}, or {@code null} if it has none: what an {@link
   * Explicit} value of a time type is written with, whichever mapper writes it.
   */
  @SuppressWarnings("unchecked")
  static JsonSerializer<Object> serializer(Class<?> type) {
    return (JsonSerializer<Object>) SERIALIZERS.get(type);
  }

  /** The module's deserializer of {@code type}, or {@code null} if it has none. */
  static JsonDeserializer<?> deserializer(Class<?> type) {
    return DESERIALIZERS.get(type);
  }
}
