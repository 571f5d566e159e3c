package dev.xmsgen.runtime.implementation;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads how long a server asks the client to wait: {@code retry-after-ms} and {@code
 * x-ms-retry-after-ms} (milliseconds) first, then {@code Retry-After} (seconds or an HTTP-date).
 * Serves both retries and long-running operation polling.
 */
final class RetryAfter {
  private static final List<String> MILLISECOND_HEADERS =
      List.of("retry-after-ms", "x-ms-retry-after-ms");

  private RetryAfter() {}

  /** The wait the headers ask for, or empty when they ask for none or cannot be read. */
  static Optional<Duration> from(HttpHeaders headers, Instant now) {
    for (String name : MILLISECOND_HEADERS) {
      Optional<Duration> ms = headers.firstValue(name).flatMap(v -> number(v, 1));
      if (ms.isPresent()) {
        return ms;
      }
    }
    return headers.firstValue("retry-after").flatMap(v -> seconds(v.trim(), now));
  }

  private static Optional<Duration> seconds(String value, Instant now) {
    Optional<Duration> seconds = number(value, 1000);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A non-negative decimal number of units of {@code millisPerUnit} milliseconds. */
  private static Optional<Duration> number(String value, long millisPerUnit) {
    try {
      double units = Double.parseDouble(value.trim());
      if (units < 0 || Double.isNaN(units) || Double.isInfinite(units)) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis(Math.round(units * millisPerUnit)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
