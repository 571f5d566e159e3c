package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.body_date.AutoRestDateTestServiceClient;
import conformance.body_date.DateClient;
import conformance.body_datetime.AutoRestDateTimeTestServiceClient;
import conformance.body_datetime.DatetimeClient;
import conformance.body_datetime_rfc1123.AutoRestRFC1123DateTimeTestServiceClient;
import conformance.body_datetime_rfc1123.Datetimerfc1123Client;
import conformance.body_duration.AutoRestDurationTestServiceClient;
import conformance.body_duration.DurationClient;
import conformance.body_time.AutoRestTimeTestServiceClient;
import conformance.body_time.TimeClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * body-date.json, body-datetime.json, body-datetime-rfc1123.json, body-duration.json and
 * body-time.json: dates, times and durations as whole bodies.
 */
class BodyDatesTest {
  private static final OffsetDateTime MAX_UTC =
      OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.UTC);

  @Nested
  class Dates {
    private final DateClient date =
        AutoRestDateTestServiceClient.builder().endpoint(TestServer.endpoint()).build().date();

    @Test
    void minAndMax() {
      assertEquals(LocalDate.of(9999, 12, 31), date.getMaxDate());
      assertEquals(200, date.putMaxDateWithResponse(LocalDate.of(9999, 12, 31)).statusCode());
      assertEquals(LocalDate.of(1, 1, 1), date.getMinDate());
      assertEquals(200, date.putMinDateWithResponse(LocalDate.of(1, 1, 1)).statusCode());
    }

    @Test
    void nullAndInvalid() {
      assertNull(date.getNull());
      assertThrows(UncheckedIOException.class, date::getInvalidDate);
      assertThrows(UncheckedIOException.class, date::getOverflowDate);
      assertThrows(UncheckedIOException.class, date::getUnderflowDate);
    }
  }

  @Nested
  class DateTimes {
    private final DatetimeClient datetime =
        AutoRestDateTimeTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .datetime();

    @Test
    void maxInAnyCaseAndOffset() {
      assertEquals(MAX_UTC, datetime.getUtcLowercaseMaxDateTime());
      assertEquals(MAX_UTC, datetime.getUtcUppercaseMaxDateTime());
      assertEquals(200, datetime.putUtcMaxDateTimeWithResponse(MAX_UTC).statusCode());
      OffsetDateTime plus14 =
          OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(14));
      assertEquals(plus14, datetime.getLocalPositiveOffsetLowercaseMaxDateTime());
      assertEquals(plus14, datetime.getLocalPositiveOffsetUppercaseMaxDateTime());
      OffsetDateTime minus14 =
          OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(-14));
      assertEquals(minus14, datetime.getLocalNegativeOffsetLowercaseMaxDateTime());
      assertEquals(minus14, datetime.getLocalNegativeOffsetUppercaseMaxDateTime());
    }

    @Test
    void min() {
      OffsetDateTime min = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
      assertEquals(min, datetime.getUtcMinDateTime());
      assertEquals(200, datetime.putUtcMinDateTimeWithResponse(min).statusCode());
      assertEquals(
          OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)),
          datetime.getLocalPositiveOffsetMinDateTime());
      assertEquals(
          OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-14)),
          datetime.getLocalNegativeOffsetMinDateTime());
      assertEquals(min, datetime.getLocalNoOffsetMinDateTime(), "no offset is read as UTC");
    }

    @Test
    void sevenDigitFractionsBothWays() {
      OffsetDateTime max7 =
          OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900, ZoneOffset.UTC);
      assertEquals(max7, datetime.getUtcUppercaseMaxDateTime7Digits());
      assertEquals(200, datetime.putUtcMaxDateTime7DigitsWithResponse(max7).statusCode());
    }

    @Test
    void offsetsAreSentAsGiven() {
      ZoneOffset plus14 = ZoneOffset.ofHours(14);
      ZoneOffset minus14 = ZoneOffset.ofHours(-14);
      assertEquals(
          200,
          datetime
              .putLocalPositiveOffsetMaxDateTimeWithResponse(
                  OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, plus14))
              .statusCode());
      assertEquals(
          200,
          datetime
              .putLocalNegativeOffsetMaxDateTimeWithResponse(
                  OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, minus14))
              .statusCode());
      assertEquals(
          200,
          datetime
              .putLocalPositiveOffsetMinDateTimeWithResponse(
                  OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, plus14))
              .statusCode());
      assertEquals(
          200,
          datetime
              .putLocalNegativeOffsetMinDateTimeWithResponse(
                  OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, minus14))
              .statusCode());
    }

    @Test
    void nullInvalidAndOutOfRange() {
      assertNull(datetime.getNull());
      assertThrows(UncheckedIOException.class, datetime::getInvalid);
      assertEquals(
          OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(-14)),
          datetime.getOverflow(),
          "a date-time past year 9999 in UTC is still a valid OffsetDateTime");
      assertThrows(UncheckedIOException.class, datetime::getUnderflow);
    }
  }

  @Nested
  class HttpDates {
    private final Datetimerfc1123Client rfc1123 =
        AutoRestRFC1123DateTimeTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .datetimerfc1123();

    @Test
    void maxInAnyCaseAndMin() {
      OffsetDateTime max = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
      assertEquals(max, rfc1123.getUtcLowercaseMaxDateTime());
      assertEquals(max, rfc1123.getUtcUppercaseMaxDateTime());
      assertEquals(200, rfc1123.putUtcMaxDateTimeWithResponse(max).statusCode());
      OffsetDateTime min = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
      assertEquals(min, rfc1123.getUtcMinDateTime());
      assertEquals(200, rfc1123.putUtcMinDateTimeWithResponse(min).statusCode());
    }

    @Test
    void nullInvalidAndOutOfRange() {
      assertNull(rfc1123.getNull());
      assertThrows(UncheckedIOException.class, rfc1123::getInvalid);
      assertEquals(
          OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
          rfc1123.getOverflow(),
          "year 10000 is past what HTTP dates show, not past OffsetDateTime");
      assertThrows(UncheckedIOException.class, rfc1123::getUnderflow);
    }
  }

  @Nested
  class Durations {
    private final DurationClient duration =
        AutoRestDurationTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .duration();

    @Test
    void positiveNullAndInvalid() {
      // P3Y6M4DT12H30M5S: years and months count as 365 and 30 days.
      assertEquals(
          Duration.ofDays(3 * 365 + 6 * 30 + 4).plusHours(12).plusMinutes(30).plusSeconds(5),
          duration.getPositiveDuration());
      assertEquals(
          200,
          duration
              .putPositiveDurationWithResponse(
                  Duration.ofDays(123).plusHours(22).plusMinutes(14).plusSeconds(12).plusMillis(11))
              .statusCode());
      assertNull(duration.getNull());
      assertThrows(UncheckedIOException.class, duration::getInvalid);
    }
  }

  @Nested
  class Times {
    private final TimeClient time =
        AutoRestTimeTestServiceClient.builder().endpoint(TestServer.endpoint()).build().time();

    @Test
    void timesAreStrings() {
      assertEquals("11:34:56", time.get());
      assertEquals("Nice job posting time", time.put("08:07:56"));
    }
  }
}
