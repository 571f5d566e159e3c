package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.ClientOptions;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestBuilderTest {
  private final HttpPipeline pipeline =
      HttpPipeline.of(new ClientOptions().endpoint("https://management.example.com/"));

  @Test
  void encodesPathAndQueryValuesUnlessRaw() {
    Request r =
        pipeline
            .request("get", "/groups/{group}/items/{id}")
            .path("group", "a b/c")
            .rawPath("id", "x/y")
            .query("$filter", "name eq 'ü&1'")
            .rawQuery("token", "a%20b")
            .query("absent", null)
            .build();

    assertEquals("GET", r.method());
    assertEquals(
        "https://management.example.com/groups/a%20b%2Fc/items/x/y"
            + "?%24filter=name%20eq%20%27%C3%BC%261%27&token=a%20b",
        r.uri().toString());
  }

  @Test
  void writesArraysAsTheirCollectionFormatSays() {
    Request r =
        pipeline
            .request("GET", "/items")
            .query("csv", List.of("a", "b"), ",")
            .query("pipes", List.of(1, 2), "|")
            .queryEach("multi", List.of("x", "y"))
            .header("x-ms-tags", ParameterValues.join(List.of("t1", "t2"), " "))
            .header("x-ms-none", ParameterValues.join(null, " "))
            .build();

    assertEquals(
        "/items?csv=a%2Cb&pipes=1%7C2&multi=x&multi=y",
        r.uri().getRawPath() + "?" + r.uri().getRawQuery());
    assertEquals(List.of("t1 t2"), r.headers().get("x-ms-tags"));
    assertEquals(null, r.headers().get("x-ms-none"), "a null array sends no header");
  }

  @Test
  void bytesAreSentAsTheyAreEvenUnderAJsonMediaType() {
    byte[] file = "{\"more\":\"cowbell\"}".getBytes(StandardCharsets.UTF_8);
    Request r = pipeline.request("POST", "/files").bytes(file, "application/json").build();

    assertArrayEquals(file, r.body());
    assertEquals(List.of("application/json"), r.headers().get("Content-Type"));
    assertArrayEquals(
        "\"eyJtb3JlIjoiY293YmVsbCJ9\"".getBytes(StandardCharsets.UTF_8),
        pipeline.request("POST", "/files").body(file).build().body(),
        "body() writes bytes as JSON: a base64 string");
  }

  @Test
  void nullArrayElementsAreEmptyValues() {
    List<String> values = java.util.Arrays.asList("a", null, "");
    Request r =
        pipeline
            .request("GET", "/items/{path}")
            .path("path", ParameterValues.join(values, ","))
            .query("csv", values, ",")
            .queryEach("multi", values)
            .build();

    assertEquals(
        "/items/a%2C%2C?csv=a%2C%2C&multi=a&multi=&multi=",
        r.uri().getRawPath() + "?" + r.uri().getRawQuery());
  }

  @Test
  void writesDatesAsRfc3339AndJsonBodies() {
    OffsetDateTime when = OffsetDateTime.of(2025, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC);
    Request r =
        pipeline
            .request("PUT", "/items")
            .query("since", when)
            .body(java.util.Map.of("a", 1))
            .build();

    assertEquals("since=2025-01-02T03%3A04%3A00Z", r.uri().getRawQuery());
    assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), r.body());
    assertEquals(List.of("application/json"), r.headers().get("Content-Type"));
    assertEquals("Thu, 02 Jan 2025 03:04:00 GMT", ParameterValues.rfc1123(when));
    assertEquals(
        "Thu, 02 Jan 2025 03:04:00 GMT",
        ParameterValues.rfc1123(when.withOffsetSameInstant(ZoneOffset.ofHours(2))));
    assertEquals(1735787040L, ParameterValues.unixTime(when));
    assertEquals("-_8", ParameterValues.base64Url(new byte[] {(byte) 0xfb, (byte) 0xff}));
    assertEquals(null, ParameterValues.rfc1123(null));
  }

  @Test
  void durationsInUrlsAndHeadersHaveTheirJsonForm() {
    java.time.Duration duration = java.time.Duration.ofDays(123).plusHours(22).plusMillis(11);
    Request r =
        pipeline.request("GET", "/items").query("ttl", duration).header("x-ttl", duration).build();

    assertEquals("ttl=P123DT22H0.011S", r.uri().getRawQuery());
    assertEquals(List.of("P123DT22H0.011S"), r.headers().get("x-ttl"));
  }

  @Test
  void anAbsoluteRawPathReplacesTheEndpoint() {
    Request r =
        pipeline
            .request("GET", "{nextLink}")
            .rawPath("nextLink", "https://management.example.com/next?page=2")
            .build();

    assertEquals("https://management.example.com/next?page=2", r.uri().toString());
  }

  @Test
  void aMissingPathValueIsAnError() {
    RequestBuilder b = pipeline.request("GET", "/items/{id}");
    assertThrows(IllegalArgumentException.class, () -> b.path("id", null));
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void formFieldsBecomeAUrlEncodedBody() {
    Request r = pipeline.request("POST", "/token").form("grant", "a b").form("skip", null).build();

    assertArrayEquals("grant=a%20b".getBytes(StandardCharsets.UTF_8), r.body());
    assertEquals(List.of("application/x-www-form-urlencoded"), r.headers().get("Content-Type"));
  }
}
