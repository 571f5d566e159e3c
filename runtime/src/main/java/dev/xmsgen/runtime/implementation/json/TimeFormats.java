package dev.xmsgen.runtime.implementation.json;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text forms of dates, times and durations that Azure-style services exchange. Formatting is
 * strict (what the specs name); parsing accepts the variety that real services send.
 */
public final class TimeFormats {

  /** A date, optionally a time, optionally an offset: RFC 3339 and its common relaxations. */
  private static final DateTimeFormatter LENIENT_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /** RFC 1123 as HTTP writes it: always two-digit days, always GMT. */
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  /** More than nine fractional digits, as some services send: the excess is dropped. */
  private static final Pattern LONG_FRACTION = Pattern.compile("(\\.\\d{9})\\d+");

  private static final Pattern ISO_DURATION =
      Pattern.compile(
          "([-+]?)P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
              + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?",
          Pattern.CASE_INSENSITIVE);

  /** The .NET {@code TimeSpan} form, {@code [-][d.]hh:mm:ss[.fffffff]}. */
  private static final Pattern TIME_SPAN =
      Pattern.compile("(-?)(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(\\.\\d+)?");

  private static final long SECONDS_PER_DAY = 86_400L;

  private TimeFormats() {}

  /**
   * RFC 3339: {@code 2020-01-01T12:00:00Z}, seconds always written, fractional seconds only when
   * present, the value's own offset kept.
   */
  public static String formatDateTime(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  /**
   * Parses a date-time: RFC 3339 with any number of fractional digits (more than nine are
   * truncated), {@code t}/{@code z} in either case, a space instead of {@code T}, offsets with or
   * without a colon. A value without an offset is taken as UTC; a bare date as its start in UTC.
   *
   * @throws DateTimeParseException if the text is not a date-time in any of those forms
   */
  public static OffsetDateTime parseDateTime(String text) {
    String normalized = text.trim();
    if (normalized.length() > 10 && normalized.charAt(10) == ' ') {
      normalized = normalized.substring(0, 10) + 'T' + normalized.substring(11);
    }
    normalized = LONG_FRACTION.matcher(normalized).replaceFirst("$1");
    TemporalAccessor parsed =
        LENIENT_DATE_TIME.parseBest(
            normalized, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    if (parsed instanceof OffsetDateTime) {
      return (OffsetDateTime) parsed;
    }
    if (parsed instanceof LocalDateTime) {
      return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    }
    return ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** An RFC 3339 full-date: {@code 2020-01-31}. */
  public static String formatDate(LocalDate value) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
  }

  /**
   * Parses a full-date; a date-time is accepted too and gives its own calendar date.
   *
   * @throws DateTimeParseException if the text is neither
   */
  public static LocalDate parseDate(String text) {
    String trimmed = text.trim();
    if (trimmed.length() == 10) {
      return LocalDate.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE);
    }
    return parseDateTime(trimmed).toLocalDate();
  }

  /** RFC 1123 in UTC: {@code Wed, 01 Jan 2020 12:00:00 GMT}. */
  public static String formatRfc1123(OffsetDateTime value) {
    return RFC_1123.format(value.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /**
   * Parses RFC 1123 ({@code Wed, 1 Jan 2020 12:00:00 GMT}; the day of week and the seconds are
   * optional, offsets like {@code +0100} are accepted). The result is in UTC.
   *
   * @throws DateTimeParseException if the text is not RFC 1123
   */
  public static OffsetDateTime parseRfc1123(String text) {
    return OffsetDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
        .withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Seconds since the epoch, fractions dropped. */
  public static long toUnixTime(OffsetDateTime value) {
    return value.toEpochSecond();
  }

  /** The UTC date-time that many seconds after the epoch. */
  public static OffsetDateTime fromUnixTime(long seconds) {
    return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
  }

  /**
   * ISO 8601 with days as the largest unit: {@code P1DT2H}, {@code PT1.5S}, {@code PT0S}, {@code
   * -PT5M}.
   */
  public static String formatDuration(Duration value) {
    if (value.isZero()) {
      return "PT0S";
    }
    Duration d = value.abs();
    StringBuilder out = new StringBuilder(value.isNegative() ? "-P" : "P");
    long days = d.getSeconds() / SECONDS_PER_DAY;
    if (days > 0) {
      out.append(days).append('D');
    }
    int hours = d.toHoursPart();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    int nanos = d.toNanosPart();
    if (hours > 0 || minutes > 0 || seconds > 0 || nanos > 0) {
      out.append('T');
      if (hours > 0) {
        out.append(hours).append('H');
      }
      if (minutes > 0) {
        out.append(minutes).append('M');
      }
      if (seconds > 0 || nanos > 0) {
        out.append(
                BigDecimal.valueOf(seconds)
                    .add(BigDecimal.valueOf(nanos, 9))
                    .stripTrailingZeros()
                    .toPlainString())
            .append('S');
      }
    }
    return out.toString();
  }

  /**
   * Parses a duration: ISO 8601 ({@code P90D}, {@code PT1H30M}, {@code PT0.5S}), including years,
   * months and weeks taken as 365, 30 and 7 days, or the .NET form {@code 1.02:03:04.5}.
   *
   * @throws DateTimeParseException if the text is neither
   */
  public static Duration parseDuration(String text) {
    String trimmed = text.trim();
    Matcher iso = ISO_DURATION.matcher(trimmed);
    if (iso.matches() && hasComponent(iso)) {
      Duration d =
          Duration.ofDays(
                  365 * number(iso.group(2))
                      + 30 * number(iso.group(3))
                      + 7 * number(iso.group(4))
                      + number(iso.group(5)))
              .plusHours(number(iso.group(6)))
              .plusMinutes(number(iso.group(7)))
              .plus(seconds(iso.group(8)));
      return "-".equals(iso.group(1)) ? d.negated() : d;
    }
    Matcher span = TIME_SPAN.matcher(trimmed);
    if (span.matches()) {
      Duration d =
          Duration.ofDays(number(span.group(2)))
              .plusHours(number(span.group(3)))
              .plusMinutes(number(span.group(4)))
              .plus(seconds(span.group(5) + (span.group(6) == null ? "" : span.group(6))));
      return "-".equals(span.group(1)) ? d.negated() : d;
    }
    try {
      return Duration.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException("not an ISO 8601 duration", text, 0, e);
    }
  }

  private static boolean hasComponent(Matcher iso) {
    for (int group = 2; group <= iso.groupCount(); group++) {
      if (iso.group(group) != null) {
        return true;
      }
    }
    return false;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static Duration seconds(String decimal) {
    if (decimal == null) {
      return Duration.ZERO;
    }
    BigDecimal s = new BigDecimal(decimal.replace(',', '.'));
    long whole = s.longValue();
    long nanos = s.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Duration.ofSeconds(whole, nanos);
  }
}
