package dev.xmsgen.conformance;

import static dev.xmsgen.conformance.Values.bytes;
import static dev.xmsgen.conformance.Values.mapOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.body_dictionary.AutoRestSwaggerBATDictionaryServiceClient;
import conformance.body_dictionary.DictionaryClient;
import conformance.body_dictionary.models.Widget;
import dev.xmsgen.runtime.ResponseBodyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** body-dictionary.json: dictionaries of every primitive, of models, arrays and dictionaries. */
class BodyDictionaryTest {
  private static final DictionaryClient DICTIONARY =
      AutoRestSwaggerBATDictionaryServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build()
          .dictionary();

  @Test
  void nullEmptyAndOddKeys() {
    assertNull(DICTIONARY.getNull());
    assertEquals(Map.of(), DICTIONARY.getEmpty());
    assertEquals(200, DICTIONARY.putEmptyWithResponse(Map.of()).statusCode());
    assertEquals(mapOf("key1", null), DICTIONARY.getNullValue());
    assertEquals(Map.of("", "val1"), DICTIONARY.getEmptyStringKey());
    assertThrows(ResponseBodyException.class, DICTIONARY::getNullKey);
    assertThrows(ResponseBodyException.class, DICTIONARY::getInvalid);
  }

  @Test
  void booleans() {
    Map<String, Boolean> tfft = mapOf("0", true, "1", false, "2", false, "3", true);
    assertEquals(tfft, DICTIONARY.getBooleanTfft());
    assertEquals(200, DICTIONARY.putBooleanTfftWithResponse(tfft).statusCode());
    assertEquals(mapOf("0", true, "1", null, "2", false), DICTIONARY.getBooleanInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getBooleanInvalidString);
  }

  @Test
  void integersAndLongs() {
    Map<String, Integer> ints = mapOf("0", 1, "1", -1, "2", 3, "3", 300);
    assertEquals(ints, DICTIONARY.getIntegerValid());
    assertEquals(200, DICTIONARY.putIntegerValidWithResponse(ints).statusCode());
    assertEquals(mapOf("0", 1, "1", null, "2", 0), DICTIONARY.getIntInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getIntInvalidString);
    Map<String, Long> longs = mapOf("0", 1L, "1", -1L, "2", 3L, "3", 300L);
    assertEquals(longs, DICTIONARY.getLongValid());
    assertEquals(200, DICTIONARY.putLongValidWithResponse(longs).statusCode());
    assertEquals(mapOf("0", 1L, "1", null, "2", 0L), DICTIONARY.getLongInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getLongInvalidString);
  }

  @Test
  void floatsAndDoubles() {
    Map<String, Float> floats = mapOf("0", 0f, "1", -0.01f, "2", -1.2e20f);
    assertEquals(floats, DICTIONARY.getFloatValid());
    assertEquals(200, DICTIONARY.putFloatValidWithResponse(floats).statusCode());
    assertEquals(mapOf("0", 0f, "1", null, "2", -1.2e20f), DICTIONARY.getFloatInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getFloatInvalidString);
    Map<String, Double> doubles = mapOf("0", 0d, "1", -0.01, "2", -1.2e20);
    assertEquals(doubles, DICTIONARY.getDoubleValid());
    assertEquals(200, DICTIONARY.putDoubleValidWithResponse(doubles).statusCode());
    assertEquals(mapOf("0", 0d, "1", null, "2", -1.2e20), DICTIONARY.getDoubleInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getDoubleInvalidString);
  }

  @Test
  void strings() {
    Map<String, String> valid = mapOf("0", "foo1", "1", "foo2", "2", "foo3");
    assertEquals(valid, DICTIONARY.getStringValid());
    assertEquals(200, DICTIONARY.putStringValidWithResponse(valid).statusCode());
    assertEquals(mapOf("0", "foo", "1", null, "2", "foo2"), DICTIONARY.getStringWithNull());
    // A number where a string is expected is read as its text.
    assertEquals(mapOf("0", "foo", "1", "123", "2", "foo2"), DICTIONARY.getStringWithInvalid());
  }

  @Test
  void dates() {
    Map<String, LocalDate> valid =
        mapOf(
            "0", LocalDate.of(2000, 12, 1),
            "1", LocalDate.of(1980, 1, 2),
            "2", LocalDate.of(1492, 10, 12));
    assertEquals(valid, DICTIONARY.getDateValid());
    assertEquals(200, DICTIONARY.putDateValidWithResponse(valid).statusCode());
    assertEquals(
        mapOf("0", LocalDate.of(2012, 1, 1), "1", null, "2", LocalDate.of(1776, 7, 4)),
        DICTIONARY.getDateInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getDateInvalidChars);
  }

  @Test
  void dateTimes() {
    Map<String, OffsetDateTime> valid = DICTIONARY.getDateTimeValid();
    assertEquals(
        mapOf(
            "0", OffsetDateTime.of(2000, 12, 1, 0, 0, 1, 0, ZoneOffset.UTC),
            "1", OffsetDateTime.of(1980, 1, 2, 0, 11, 35, 0, ZoneOffset.ofHours(1)),
            "2", OffsetDateTime.of(1492, 10, 12, 10, 15, 1, 0, ZoneOffset.ofHours(-8))),
        valid);
    Map<String, OffsetDateTime> inUtc = new TreeMap<>();
    valid.forEach((k, v) -> inUtc.put(k, v.withOffsetSameInstant(ZoneOffset.UTC)));
    assertEquals(200, DICTIONARY.putDateTimeValidWithResponse(inUtc).statusCode());
    assertEquals(
        mapOf("0", OffsetDateTime.of(2000, 12, 1, 0, 0, 1, 0, ZoneOffset.UTC), "1", null),
        DICTIONARY.getDateTimeInvalidNull());
    assertThrows(ResponseBodyException.class, DICTIONARY::getDateTimeInvalidChars);
  }

  @Test
  void httpDates() {
    Map<String, OffsetDateTime> valid =
        mapOf(
            "0", OffsetDateTime.of(2000, 12, 1, 0, 0, 1, 0, ZoneOffset.UTC),
            "1", OffsetDateTime.of(1980, 1, 2, 0, 11, 35, 0, ZoneOffset.UTC),
            "2", OffsetDateTime.of(1492, 10, 12, 10, 15, 1, 0, ZoneOffset.UTC));
    assertEquals(valid, DICTIONARY.getDateTimeRfc1123Valid());
    assertEquals(200, DICTIONARY.putDateTimeRfc1123ValidWithResponse(valid).statusCode());
  }

  @Test
  void durations() {
    Map<String, Duration> valid =
        mapOf(
            "0", Duration.ofDays(123).plusHours(22).plusMinutes(14).plusSeconds(12).plusMillis(11),
            "1", Duration.ofDays(5).plusHours(1));
    assertEquals(valid, DICTIONARY.getDurationValid());
    assertEquals(200, DICTIONARY.putDurationValidWithResponse(valid).statusCode());
  }

  @Test
  void bytesAndBase64Url() {
    Map<String, byte[]> valid =
        mapOf("0", bytes(255, 255, 255, 250), "1", bytes(1, 2, 3), "2", bytes(37, 41, 67));
    Map<String, byte[]> got = DICTIONARY.getByteValid();
    valid.forEach((k, v) -> assertArrayEquals(v, got.get(k), k));
    assertEquals(200, DICTIONARY.putByteValidWithResponse(valid).statusCode());
    Map<String, byte[]> withNull = DICTIONARY.getByteInvalidNull();
    assertArrayEquals(bytes(171, 172, 173), withNull.get("0"));
    assertNull(withNull.get("1"));
    Map<String, String> url = new TreeMap<>();
    DICTIONARY.getBase64Url().forEach((k, v) -> url.put(k, new String(v, StandardCharsets.UTF_8)));
    assertEquals(
        Map.of(
            "0", "a string that gets encoded with base64url",
            "1", "test string",
            "2", "Lorem ipsum"),
        url);
  }

  private static Widget widget(int integer, String string) {
    return new Widget().setInteger(integer).setString(string);
  }

  private static Map<String, String> describe(Map<String, Widget> widgets) {
    Map<String, String> out = new TreeMap<>();
    widgets.forEach(
        (k, w) -> out.put(k, w == null ? "null" : w.getInteger() + "/" + w.getString()));
    return out;
  }

  @Test
  void models() {
    assertNull(DICTIONARY.getComplexNull());
    assertEquals(Map.of(), DICTIONARY.getComplexEmpty());
    assertEquals(
        Map.of("0", "1/2", "1", "null", "2", "5/6"), describe(DICTIONARY.getComplexItemNull()));
    assertEquals(
        Map.of("0", "1/2", "1", "null/null", "2", "5/6"),
        describe(DICTIONARY.getComplexItemEmpty()));
    assertEquals(
        Map.of("0", "1/2", "1", "3/4", "2", "5/6"), describe(DICTIONARY.getComplexValid()));
    assertEquals(
        200,
        DICTIONARY
            .putComplexValidWithResponse(
                Map.of("0", widget(1, "2"), "1", widget(3, "4"), "2", widget(5, "6")))
            .statusCode());
  }

  @Test
  void dictionariesOfArrays() {
    Map<String, List<String>> valid =
        Map.of(
            "0", List.of("1", "2", "3"), "1", List.of("4", "5", "6"), "2", List.of("7", "8", "9"));
    assertNull(DICTIONARY.getArrayNull());
    assertEquals(Map.of(), DICTIONARY.getArrayEmpty());
    assertEquals(
        mapOf("0", List.of("1", "2", "3"), "1", null, "2", List.of("7", "8", "9")),
        DICTIONARY.getArrayItemNull());
    assertEquals(
        Map.of("0", List.of("1", "2", "3"), "1", List.of(), "2", List.of("7", "8", "9")),
        DICTIONARY.getArrayItemEmpty());
    assertEquals(valid, DICTIONARY.getArrayValid());
    assertEquals(200, DICTIONARY.putArrayValidWithResponse(valid).statusCode());
  }

  @Test
  void dictionariesOfDictionaries() {
    Map<String, String> first = Map.of("1", "one", "2", "two", "3", "three");
    Map<String, String> last = Map.of("7", "seven", "8", "eight", "9", "nine");
    Map<String, Map<String, String>> valid =
        Map.of("0", first, "1", Map.of("4", "four", "5", "five", "6", "six"), "2", last);
    assertNull(DICTIONARY.getDictionaryNull());
    assertEquals(Map.of(), DICTIONARY.getDictionaryEmpty());
    assertEquals(mapOf("0", first, "1", null, "2", last), DICTIONARY.getDictionaryItemNull());
    assertEquals(Map.of("0", first, "1", Map.of(), "2", last), DICTIONARY.getDictionaryItemEmpty());
    assertEquals(valid, DICTIONARY.getDictionaryValid());
    assertEquals(200, DICTIONARY.putDictionaryValidWithResponse(valid).statusCode());
  }
}
