package dev.xmsgen.runtime.implementation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "2020-01-01T12:00:00Z, 2020-01-01T12:00:00Z",
    "2020-01-01T12:00:00.0000000Z, 2020-01-01T12:00:00Z",
    "2020-01-01T12:00:00.1234567Z, 2020-01-01T12:00:00.1234567Z",
    "2020-01-01T12:00:00.123456789123Z, 2020-01-01T12:00:00.123456789Z",
    "2020-01-01t12:00:00z, 2020-01-01T12:00:00Z",
    "2020-01-01 12:00:00Z, 2020-01-01T12:00:00Z",
    "2020-01-01T12:00:00, 2020-01-01T12:00:00Z",
    "2020-01-01T12:00, 2020-01-01T12:00:00Z",
    "2020-01-01T12:00:00+05:30, 2020-01-01T12:00:00+05:30",
    "2020-01-01T12:00:00+0530, 2020-01-01T12:00:00+05:30",
    "2020-01-01T12:00:00-08, 2020-01-01T12:00:00-08:00",
    "2020-01-01, 2020-01-01T00:00:00Z",
  })
  void parsesTheDateTimesServicesSendAndWritesRfc3339(String wire, String written) {
    assertEquals(written, TimeFormats.formatDateTime(TimeFormats.parseDateTime(wire)));
  }

  @Test
  void keepsTheInstantAndOffset() {
    OffsetDateTime t = TimeFormats.parseDateTime("2019-01-01T00:00:00.5-02:00");
    assertEquals(OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 500_000_000, ZoneOffset.ofHours(-2)), t);
  }

  @Test
  void rejectsWhatIsNotADateTime() {
    assertThrows(DateTimeParseException.class, () -> TimeFormats.parseDateTime("yesterday"));
    assertThrows(DateTimeParseException.class, () -> TimeFormats.parseDateTime("2020-13-01"));
  }

  @Test
  void datesAreFullDates() {
    assertEquals(LocalDate.of(2020, 1, 31), TimeFormats.parseDate("2020-01-31"));
    assertEquals(LocalDate.of(2020, 1, 31), TimeFormats.parseDate("2020-01-31T23:00:00-05:00"));
    assertEquals("2020-01-31", TimeFormats.formatDate(LocalDate.of(2020, 1, 31)));
  }

  @Test
  void rfc1123IsWrittenInGmtWithTwoDigitDays() {
    OffsetDateTime t = OffsetDateTime.of(2020, 1, 1, 13, 0, 0, 0, ZoneOffset.ofHours(1));
    assertEquals("Wed, 01 Jan 2020 12:00:00 GMT", TimeFormats.formatRfc1123(t));
    assertEquals(
        t.toInstant(), TimeFormats.parseRfc1123("Wed, 1 Jan 2020 12:00:00 GMT").toInstant());
    assertEquals(
        ZoneOffset.UTC, TimeFormats.parseRfc1123("Wed, 01 Jan 2020 13:00:00 +0100").getOffset());
  }

  @Test
  void unixTimeIsWholeSeconds() {
    OffsetDateTime t = TimeFormats.fromUnixTime(1577880000L);
    assertEquals("2020-01-01T12:00:00Z", TimeFormats.formatDateTime(t));
    assertEquals(1577880000L, TimeFormats.toUnixTime(t));
  }

  @ParameterizedTest
  @CsvSource({
    "PT0S, PT0S",
    "P90D, P90D",
    "PT24H, P1D",
    "PT1H30M, PT1H30M",
    "P1DT2H3M4.5S, P1DT2H3M4.5S",
    "PT0.0000001S, PT0.0000001S",
    "-PT5M, -PT5M",
    "P1W, P7D",
    "P1Y, P365D",
    "P1M, P30D",
    "pt10m, PT10M",
    "00:05:00, PT5M",
    "1.02:03:04.5, P1DT2H3M4.5S",
    "-00:00:01, -PT1S",
  })
  void parsesDurationsAndWritesIso8601WithDays(String wire, String written) {
    assertEquals(written, TimeFormats.formatDuration(TimeFormats.parseDuration(wire)));
  }

  @Test
  void durationsRoundTripExactly() {
    Duration d = Duration.ofDays(3).plusMillis(1);
    assertEquals(d, TimeFormats.parseDuration(TimeFormats.formatDuration(d)));
  }

  @Test
  void rejectsWhatIsNotADuration() {
    assertThrows(DateTimeParseException.class, () -> TimeFormats.parseDuration("P"));
    assertThrows(DateTimeParseException.class, () -> TimeFormats.parseDuration("PT"));
    assertThrows(DateTimeParseException.class, () -> TimeFormats.parseDuration("five minutes"));
  }
}
