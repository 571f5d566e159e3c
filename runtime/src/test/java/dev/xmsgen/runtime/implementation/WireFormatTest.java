package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.xmsgen.runtime.ClientOptions;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whole bodies in a wire form other than their Java type's default, both ways. */
class WireFormatTest {
  private static final OffsetDateTime NEW_YEAR =
      OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
  private final HttpPipeline pipeline =
      HttpPipeline.of(new ClientOptions().endpoint("https://example.com"));

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String sent(Object value, WireFormat format) {
    return new String(
        pipeline.request("PUT", "/x").body(value, format).build().body(), StandardCharsets.UTF_8);
  }

  @Test
  void aBase64UrlBodyIsReadAndWrittenUnpadded() {
    byte[] bytes = utf8("a string that gets encoded with base64url");
    BodyType<byte[]> type = BodyType.of(byte[].class).in(WireFormat.BASE64_URL);
    assertArrayEquals(
        bytes,
        type.decode(utf8("\"YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw\""), null));
    assertEquals(
        "\"YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw\"",
        sent(bytes, WireFormat.BASE64_URL));
  }

  @Test
  void listsAndMapsOfHttpDatesAtAnyDepth() {
    BodyType<List<List<OffsetDateTime>>> lists =
        BodyType.of(new TypeReference<List<List<OffsetDateTime>>>() {}).in(WireFormat.RFC1123);
    assertEquals(
        List.of(List.of(NEW_YEAR)),
        lists.decode(utf8("[[\"Wed, 01 Jan 2020 12:00:00 GMT\"]]"), "application/json"));
    Map<String, OffsetDateTime> map = new LinkedHashMap<>();
    map.put("a", NEW_YEAR);
    map.put("b", null);
    assertEquals(
        "{\"a\":\"Wed, 01 Jan 2020 12:00:00 GMT\",\"b\":null}", sent(map, WireFormat.RFC1123));
  }

  @Test
  void unixTimeIsANumber() {
    assertEquals("1577880000", sent(NEW_YEAR, WireFormat.UNIX_TIME));
    assertEquals(
        NEW_YEAR,
        BodyType.of(OffsetDateTime.class)
            .in(WireFormat.UNIX_TIME)
            .decode(utf8("1577880000"), null));
  }

  @Test
  void theDefaultFormsAreUnchanged() {
    assertEquals(
        "\"2020-01-01T12:00:00Z\"",
        new String(
            pipeline.request("PUT", "/x").body(NEW_YEAR).build().body(), StandardCharsets.UTF_8));
    assertEquals(
        NEW_YEAR, BodyType.of(OffsetDateTime.class).decode(utf8("\"2020-01-01T12:00:00Z\""), null));
  }
}
