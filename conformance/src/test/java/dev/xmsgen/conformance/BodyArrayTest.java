package dev.xmsgen.conformance;

import static dev.xmsgen.conformance.Values.bytes;
import static dev.xmsgen.conformance.Values.listOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.body_array.ArrayClient;
import conformance.body_array.AutoRestSwaggerBATArrayServiceClient;
import conformance.body_array.models.ArrayGetStringEnumValidResponseItem;
import conformance.body_array.models.ArrayPutStringEnumValidArrayBodyItem;
import conformance.body_array.models.FooEnum;
import conformance.body_array.models.Product;
import dev.xmsgen.runtime.ResponseBodyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** body-array.json: arrays of every primitive, of models, of arrays and of dictionaries. */
class BodyArrayTest {
  private static final ArrayClient ARRAY =
      AutoRestSwaggerBATArrayServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build()
          .array();

  private static final List<UUID> UUIDS =
      List.of(
          UUID.fromString("6dcc7237-45fe-45c4-8a6b-3a8a3f625652"),
          UUID.fromString("d1399005-30f7-40d6-8da6-dd7c89ad34db"),
          UUID.fromString("f42f6aa1-a5bc-4ddf-907e-5f915de43205"));
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2000, 12, 1), LocalDate.of(1980, 1, 2), LocalDate.of(1492, 10, 12));
  private static final List<OffsetDateTime> UTC_TIMES =
      List.of(
          OffsetDateTime.of(2000, 12, 1, 0, 0, 1, 0, ZoneOffset.UTC),
          OffsetDateTime.of(1980, 1, 2, 0, 11, 35, 0, ZoneOffset.UTC),
          OffsetDateTime.of(1492, 10, 12, 10, 15, 1, 0, ZoneOffset.UTC));

  @Test
  void nullEmptyAndInvalidArrays() {
    assertNull(ARRAY.getNull());
    assertEquals(List.of(), ARRAY.getEmpty());
    assertEquals(200, ARRAY.putEmptyWithResponse(List.of()).statusCode());
    assertThrows(ResponseBodyException.class, ARRAY::getInvalid);
  }

  @Test
  void booleans() {
    assertEquals(List.of(true, false, false, true), ARRAY.getBooleanTfft());
    assertEquals(
        200, ARRAY.putBooleanTfftWithResponse(List.of(true, false, false, true)).statusCode());
    assertEquals(listOf(true, null, false), ARRAY.getBooleanInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getBooleanInvalidString);
  }

  @Test
  void integersAndLongs() {
    assertEquals(List.of(1, -1, 3, 300), ARRAY.getIntegerValid());
    assertEquals(200, ARRAY.putIntegerValidWithResponse(List.of(1, -1, 3, 300)).statusCode());
    assertEquals(listOf(1, null, 0), ARRAY.getIntInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getIntInvalidString);
    assertEquals(List.of(1L, -1L, 3L, 300L), ARRAY.getLongValid());
    assertEquals(200, ARRAY.putLongValidWithResponse(List.of(1L, -1L, 3L, 300L)).statusCode());
    assertEquals(listOf(1L, null, 0L), ARRAY.getLongInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getLongInvalidString);
  }

  @Test
  void floatsAndDoubles() {
    assertEquals(List.of(0f, -0.01f, -1.2e20f), ARRAY.getFloatValid());
    assertEquals(200, ARRAY.putFloatValidWithResponse(List.of(0f, -0.01f, -1.2e20f)).statusCode());
    assertEquals(listOf(0f, null, -1.2e20f), ARRAY.getFloatInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getFloatInvalidString);
    assertEquals(List.of(0d, -0.01, -1.2e20), ARRAY.getDoubleValid());
    assertEquals(200, ARRAY.putDoubleValidWithResponse(List.of(0d, -0.01, -1.2e20)).statusCode());
    assertEquals(listOf(0d, null, -1.2e20), ARRAY.getDoubleInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getDoubleInvalidString);
  }

  @Test
  void stringsAndEnums() {
    assertEquals(List.of("foo1", "foo2", "foo3"), ARRAY.getStringValid());
    assertEquals(
        200, ARRAY.putStringValidWithResponse(List.of("foo1", "foo2", "foo3")).statusCode());
    assertEquals(listOf("foo", null, "foo2"), ARRAY.getStringWithNull());
    // A number where a string is expected is read as its text.
    assertEquals(List.of("foo", "123", "foo2"), ARRAY.getStringWithInvalid());
    assertEquals(List.of(FooEnum.FOO1, FooEnum.FOO2, FooEnum.FOO3), ARRAY.getEnumValid());
    assertEquals(
        200,
        ARRAY
            .putEnumValidWithResponse(List.of(FooEnum.FOO1, FooEnum.FOO2, FooEnum.FOO3))
            .statusCode());
    assertEquals(
        List.of(
            ArrayGetStringEnumValidResponseItem.FOO1,
            ArrayGetStringEnumValidResponseItem.FOO2,
            ArrayGetStringEnumValidResponseItem.FOO3),
        ARRAY.getStringEnumValid());
    assertEquals(
        200,
        ARRAY
            .putStringEnumValidWithResponse(
                List.of(
                    ArrayPutStringEnumValidArrayBodyItem.FOO1,
                    ArrayPutStringEnumValidArrayBodyItem.FOO2,
                    ArrayPutStringEnumValidArrayBodyItem.FOO3))
            .statusCode());
  }

  @Test
  void uuids() {
    assertEquals(UUIDS, ARRAY.getUuidValid());
    assertEquals(200, ARRAY.putUuidValidWithResponse(UUIDS).statusCode());
    assertThrows(ResponseBodyException.class, ARRAY::getUuidInvalidChars);
  }

  @Test
  void dates() {
    assertEquals(DATES, ARRAY.getDateValid());
    assertEquals(200, ARRAY.putDateValidWithResponse(DATES).statusCode());
    assertEquals(
        listOf(LocalDate.of(2012, 1, 1), null, LocalDate.of(1776, 7, 4)),
        ARRAY.getDateInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getDateInvalidChars);
  }

  @Test
  void dateTimes() {
    assertEquals(
        List.of(
            OffsetDateTime.of(2000, 12, 1, 0, 0, 1, 0, ZoneOffset.UTC),
            OffsetDateTime.of(1980, 1, 2, 0, 11, 35, 0, ZoneOffset.ofHours(1)),
            OffsetDateTime.of(1492, 10, 12, 10, 15, 1, 0, ZoneOffset.ofHours(-8))),
        ARRAY.getDateTimeValid());
    assertEquals(200, ARRAY.putDateTimeValidWithResponse(UTC_TIMES).statusCode());
    assertEquals(
        listOf(OffsetDateTime.of(2000, 12, 1, 0, 0, 1, 0, ZoneOffset.UTC), null),
        ARRAY.getDateTimeInvalidNull());
    assertThrows(ResponseBodyException.class, ARRAY::getDateTimeInvalidChars);
  }

  @Test
  void httpDates() {
    assertEquals(UTC_TIMES, ARRAY.getDateTimeRfc1123Valid());
    assertEquals(200, ARRAY.putDateTimeRfc1123ValidWithResponse(UTC_TIMES).statusCode());
  }

  @Test
  void durations() {
    List<Duration> durations =
        List.of(
            Duration.ofDays(123).plusHours(22).plusMinutes(14).plusSeconds(12).plusMillis(11),
            Duration.ofDays(5).plusHours(1));
    assertEquals(durations, ARRAY.getDurationValid());
    assertEquals(200, ARRAY.putDurationValidWithResponse(durations).statusCode());
  }

  @Test
  void bytesAndBase64Url() {
    List<byte[]> valid = List.of(bytes(255, 255, 255, 250), bytes(1, 2, 3), bytes(37, 41, 67));
    List<byte[]> got = ARRAY.getByteValid();
    assertEquals(3, got.size());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(valid.get(i), got.get(i));
    }
    assertEquals(200, ARRAY.putByteValidWithResponse(valid).statusCode());
    List<byte[]> withNull = ARRAY.getByteInvalidNull();
    assertArrayEquals(bytes(171, 172, 173), withNull.get(0));
    assertNull(withNull.get(1));
    List<byte[]> url = ARRAY.getBase64Url();
    assertEquals(
        List.of("a string that gets encoded with base64url", "test string", "Lorem ipsum"),
        url.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
  }

  private static Product product(int integer, String string) {
    return new Product().setInteger(integer).setString(string);
  }

  private static List<String> describe(List<Product> products) {
    return products.stream()
        .map(p -> p == null ? "null" : p.getInteger() + "/" + p.getString())
        .toList();
  }

  @Test
  void models() {
    assertNull(ARRAY.getComplexNull());
    assertEquals(List.of(), ARRAY.getComplexEmpty());
    assertEquals(List.of("1/2", "null", "5/6"), describe(ARRAY.getComplexItemNull()));
    assertEquals(List.of("1/2", "null/null", "5/6"), describe(ARRAY.getComplexItemEmpty()));
    assertEquals(List.of("1/2", "3/4", "5/6"), describe(ARRAY.getComplexValid()));
    assertEquals(
        200,
        ARRAY
            .putComplexValidWithResponse(List.of(product(1, "2"), product(3, "4"), product(5, "6")))
            .statusCode());
  }

  @Test
  void arraysOfArrays() {
    List<List<String>> valid =
        List.of(List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "8", "9"));
    assertNull(ARRAY.getArrayNull());
    assertEquals(List.of(), ARRAY.getArrayEmpty());
    assertEquals(
        listOf(List.of("1", "2", "3"), null, List.of("7", "8", "9")), ARRAY.getArrayItemNull());
    assertEquals(
        List.of(List.of("1", "2", "3"), List.of(), List.of("7", "8", "9")),
        ARRAY.getArrayItemEmpty());
    assertEquals(valid, ARRAY.getArrayValid());
    assertEquals(200, ARRAY.putArrayValidWithResponse(valid).statusCode());
  }

  @Test
  void arraysOfDictionaries() {
    Map<String, String> first = Map.of("1", "one", "2", "two", "3", "three");
    Map<String, String> last = Map.of("7", "seven", "8", "eight", "9", "nine");
    List<Map<String, String>> valid =
        List.of(first, Map.of("4", "four", "5", "five", "6", "six"), last);
    assertNull(ARRAY.getDictionaryNull());
    assertEquals(List.of(), ARRAY.getDictionaryEmpty());
    assertEquals(listOf(first, null, last), ARRAY.getDictionaryItemNull());
    assertEquals(List.of(first, Map.of(), last), ARRAY.getDictionaryItemEmpty());
    assertEquals(valid, ARRAY.getDictionaryValid());
    assertEquals(200, ARRAY.putDictionaryValidWithResponse(valid).statusCode());
  }
}
