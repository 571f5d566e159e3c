package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.implementation.json.TimeFormats;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a path, query or header value as text: the same text the value has in JSON, without
 * quotes. Date-times are RFC 3339, byte arrays base64, generated enums their wire value.
 */
public final class ParameterValues {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private ParameterValues() {}

  /** The value as it goes into a URL or header, before any percent-encoding. */
  public static String format(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof OffsetDateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
    }
    if (value instanceof Duration) {
      return TimeFormats.formatDuration((Duration) value);
    }
    if (value instanceof TemporalAccessor || value instanceof java.util.UUID) {
      return value.toString();
    }
    if (value instanceof byte[]) {
      return Base64.getEncoder().encodeToString((byte[]) value);
    }
    JsonNode node = Json.mapper().valueToTree(value);
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /**
   * An array parameter's elements as one value, joined with {@code separator} (Swagger's {@code
   * collectionFormat} {@code csv}, {@code ssv}, {@code tsv} or {@code pipes}), each written as
   * {@link #format} writes it; a {@code null} element is empty. {@code null} for {@code null}.
   */
  public static String join(Collection<?> values, String separator) {
    if (values == null) {
      return null;
    }
    Objects.requireNonNull(separator, "separator");
    return values.stream().map(ParameterValues::element).collect(Collectors.joining(separator));
  }

  /** One array element as text: empty for {@code null}. */
  static String element(Object value) {
    return value == null ? "" : format(value);
  }

  /**
   * An HTTP date (RFC 1123, in GMT), for parameters declared {@code date-time-rfc1123}: {@code Thu,
   * 02 Jan 2025 03:04:00 GMT}; {@code null} for {@code null}.
   */
  public static String rfc1123(OffsetDateTime value) {
    return value == null ? null : HTTP_DATE.format(value);
  }

  /** Seconds since the epoch, for parameters declared {@code unixtime}; null for null. */
  public static Long unixTime(OffsetDateTime value) {
    return value == null ? null : value.toEpochSecond();
  }

  /** Unpadded base64url, for parameters declared {@code base64url}; null for null. */
  public static String base64Url(byte[] value) {
    return value == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
