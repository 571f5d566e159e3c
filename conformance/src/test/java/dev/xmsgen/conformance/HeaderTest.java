package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.header.AutoRestSwaggerBATHeaderServiceClient;
import conformance.header.HeaderClient;
import conformance.header.models.GreyscaleColors;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.RequestOptions;
import dev.xmsgen.runtime.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * header.json: header parameters of every type (the server checks each value and answers 400 if it
 * is wrong), and response headers, read from {@link Response#headers()}.
 */
class HeaderTest {
  private static final HeaderClient HEADER =
      AutoRestSwaggerBATHeaderServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build()
          .header();

  /** Multi-byte characters, escaped: some of them change under Unicode normalization. */
  private static final byte[] BYTES =
      "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"
          .getBytes(StandardCharsets.UTF_8);

  private static String value(Response<Void> response) {
    assertEquals(200, response.statusCode());
    return response.header("value").orElse(null);
  }

  @Test
  void keysTheClientAlsoSets() {
    assertEquals(200, HEADER.paramExistingKeyWithResponse("overwrite").statusCode());
    assertEquals(
        "overwrite", HEADER.responseExistingKeyWithResponse().header("User-Agent").orElseThrow());
    assertEquals(
        "text/html; charset=utf-8",
        HEADER.responseProtectedKeyWithResponse().header("Content-Type").orElseThrow());
  }

  @Test
  void aHeaderAddedForOneCallReachesTheServer() {
    ApiException without = assertThrows(ApiException.class, HEADER::customRequestId);
    assertEquals(400, without.statusCode());
    assertEquals(
        200,
        HEADER
            .customRequestIdWithResponse(
                new RequestOptions()
                    .header("x-ms-client-request-id", "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"))
            .statusCode());
  }

  @Test
  void integersAndLongs() {
    assertEquals(200, HEADER.paramIntegerWithResponse("positive", 1).statusCode());
    assertEquals(200, HEADER.paramIntegerWithResponse("negative", -2).statusCode());
    assertEquals(1, Integer.parseInt(value(HEADER.responseIntegerWithResponse("positive"))));
    assertEquals(-2, Integer.parseInt(value(HEADER.responseIntegerWithResponse("negative"))));
    assertEquals(200, HEADER.paramLongWithResponse("positive", 105L).statusCode());
    assertEquals(200, HEADER.paramLongWithResponse("negative", -2L).statusCode());
    assertEquals(105L, Long.parseLong(value(HEADER.responseLongWithResponse("positive"))));
    assertEquals(-2L, Long.parseLong(value(HEADER.responseLongWithResponse("negative"))));
  }

  @Test
  void floatsAndDoubles() {
    assertEquals(200, HEADER.paramFloatWithResponse("positive", 0.07f).statusCode());
    assertEquals(200, HEADER.paramFloatWithResponse("negative", -3.0f).statusCode());
    assertEquals(0.07f, Float.parseFloat(value(HEADER.responseFloatWithResponse("positive"))));
    assertEquals(-3.0f, Float.parseFloat(value(HEADER.responseFloatWithResponse("negative"))));
    assertEquals(200, HEADER.paramDoubleWithResponse("positive", 7e120).statusCode());
    assertEquals(200, HEADER.paramDoubleWithResponse("negative", -3.0).statusCode());
    assertEquals(7e120, Double.parseDouble(value(HEADER.responseDoubleWithResponse("positive"))));
    assertEquals(-3.0, Double.parseDouble(value(HEADER.responseDoubleWithResponse("negative"))));
  }

  @Test
  void booleans() {
    assertEquals(200, HEADER.paramBoolWithResponse("true", true).statusCode());
    assertEquals(200, HEADER.paramBoolWithResponse("false", false).statusCode());
    assertEquals("true", value(HEADER.responseBoolWithResponse("true")));
    assertEquals("false", value(HEADER.responseBoolWithResponse("false")));
  }

  @Test
  void strings() {
    String fox = "The quick brown fox jumps over the lazy dog";
    assertEquals(200, HEADER.paramStringWithResponse("valid", fox).statusCode());
    assertEquals(200, HEADER.paramStringWithResponse("null", null).statusCode());
    assertEquals(200, HEADER.paramStringWithResponse("empty", "").statusCode());
    assertEquals(fox, value(HEADER.responseStringWithResponse("valid")));
    assertEquals("null", value(HEADER.responseStringWithResponse("null")));
    assertEquals("", value(HEADER.responseStringWithResponse("empty")));
  }

  @Test
  void enums() {
    assertEquals(200, HEADER.paramEnumWithResponse("valid", GreyscaleColors.GREY).statusCode());
    assertEquals(200, HEADER.paramEnumWithResponse("null", null).statusCode());
    assertEquals(
        GreyscaleColors.GREY,
        GreyscaleColors.fromString(value(HEADER.responseEnumWithResponse("valid"))));
    assertEquals("", value(HEADER.responseEnumWithResponse("null")));
  }

  @Test
  void dates() {
    assertEquals(200, HEADER.paramDateWithResponse("valid", LocalDate.of(2010, 1, 1)).statusCode());
    assertEquals(200, HEADER.paramDateWithResponse("min", LocalDate.of(1, 1, 1)).statusCode());
    assertEquals(
        LocalDate.of(2010, 1, 1), LocalDate.parse(value(HEADER.responseDateWithResponse("valid"))));
    assertEquals(
        LocalDate.of(1, 1, 1), LocalDate.parse(value(HEADER.responseDateWithResponse("min"))));
  }

  @Test
  void dateTimes() {
    OffsetDateTime valid = OffsetDateTime.of(2010, 1, 1, 12, 34, 56, 0, ZoneOffset.UTC);
    OffsetDateTime min = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(200, HEADER.paramDatetimeWithResponse("valid", valid).statusCode());
    assertEquals(200, HEADER.paramDatetimeWithResponse("min", min).statusCode());
    assertEquals(valid, OffsetDateTime.parse(value(HEADER.responseDatetimeWithResponse("valid"))));
    assertEquals(min, OffsetDateTime.parse(value(HEADER.responseDatetimeWithResponse("min"))));
  }

  @Test
  void httpDates() {
    OffsetDateTime valid = OffsetDateTime.of(2010, 1, 1, 12, 34, 56, 0, ZoneOffset.UTC);
    OffsetDateTime min = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(200, HEADER.paramDatetimeRfc1123WithResponse("valid", valid).statusCode());
    assertEquals(200, HEADER.paramDatetimeRfc1123WithResponse("min", min).statusCode());
    assertEquals(
        "Fri, 01 Jan 2010 12:34:56 GMT",
        value(HEADER.responseDatetimeRfc1123WithResponse("valid")));
    assertEquals(
        "Mon, 01 Jan 0001 00:00:00 GMT", value(HEADER.responseDatetimeRfc1123WithResponse("min")));
  }

  @Test
  void durations() {
    Duration duration =
        Duration.ofDays(123).plusHours(22).plusMinutes(14).plusSeconds(12).plusMillis(11);
    assertEquals(200, HEADER.paramDurationWithResponse("valid", duration).statusCode());
    assertEquals("P123DT22H14M12.011S", value(HEADER.responseDurationWithResponse("valid")));
  }

  @Test
  void bytes() {
    assertEquals(200, HEADER.paramByteWithResponse("valid", BYTES).statusCode());
    Optional<String> got = HEADER.responseByteWithResponse("valid").header("value");
    assertTrue(got.isPresent());
    assertArrayEquals(BYTES, Base64.getDecoder().decode(got.get()));
  }
}
