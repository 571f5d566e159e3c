package dev.xmsgen.runtime.implementation;

import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Reads how long a server asks the client to wait: {@code retry-after-ms} and {@code
 * x-ms-retry-after-ms} (milliseconds) first, then {@code Retry-After} (seconds or an HTTP-date).
 * Serves both retries and long-running operation polling. Every wait it returns is capped at the
 * caller's maximum, whatever the header says: a number too large for a {@link Duration}, or a date
 * centuries ahead, reads as the maximum rather than failing or waiting for it.
 */
final class RetryAfter {
  private static final List<String> MILLISECOND_HEADERS =
      List.of("retry-after-ms", "x-ms-retry-after-ms");

  private RetryAfter() {}

  /**
   * The wait the headers ask for, at most {@code max}, or empty when they ask for none or cannot be
   * read.
   */
  static Optional<Duration> from(HttpHeaders headers, Instant now, Duration max) {
    long maxMillis = max.toMillis();
    for (String name : MILLISECOND_HEADERS) {
      Optional<Duration> ms = headers.firstValue(name).flatMap(v -> number(v, 1, maxMillis));
      if (ms.isPresent()) {
        return ms;
      }
    }
    return headers.firstValue("retry-after").flatMap(v -> seconds(v.trim(), now, maxMillis));
  }

  private static Optional<Duration> seconds(String value, Instant now, long maxMillis) {
    Optional<Duration> seconds = number(value, 1000, maxMillis);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      if (!at.isAfter(now)) {
        return Optional.of(Duration.ZERO);
      }
      Instant cap = now.plusMillis(maxMillis);
      return Optional.of(Duration.between(now, at.isAfter(cap) ? cap : at));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A non-negative decimal number of units of {@code millisPerUnit} milliseconds, at most {@code
   * maxMillis}; compared as a double first, so no value overflows.
   */
  private static Optional<Duration> number(String value, long millisPerUnit, long maxMillis) {
    try {
      double units = Double.parseDouble(value.trim());
      if (units < 0 || Double.isNaN(units)) {
        return Optional.empty();
      }
      double millis = units * millisPerUnit;
      return Optional.of(Duration.ofMillis(millis >= maxMillis ? maxMillis : Math.round(millis)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
