package dev.xmsgen.runtime.implementation.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.xmsgen.runtime.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link Json#mapper()} promises generated models, shown on hand-written ones. */
class JsonMapperTest {

  /**
   * Shaped like a generated model: annotated private fields, chainable setters, a derived getter.
   */
  static final class Widget {
    @JsonProperty("name")
    private String name;

    @JsonProperty("created")
    private OffsetDateTime created;

    @JsonProperty("day")
    private LocalDate day;

    @JsonProperty("ttl")
    private Duration ttl;

    @JsonProperty("tags")
    private Map<String, String> tags;

    Widget setName(String name) {
      this.name = name;
      return this;
    }

    public String getName() {
      return name;
    }

    /** Not a property: would be written as "displayName" if getters were detected. */
    public String getDisplayName() {
      return "widget " + name;
    }

    /** Not a property: would swallow "enabled" if setters were detected. */
    public Widget setEnabled(boolean enabled) {
      throw new AssertionError("setters are not used: " + enabled);
    }
  }

  static final class Stamps {
    @JsonProperty("modified")
    @JsonSerialize(using = Rfc1123DateTimeSerializer.class)
    @JsonDeserialize(using = Rfc1123DateTimeDeserializer.class)
    private OffsetDateTime modified;

    @JsonProperty("expires")
    @JsonSerialize(using = UnixTimeSerializer.class)
    @JsonDeserialize(using = UnixTimeDeserializer.class)
    private OffsetDateTime expires;

    @JsonProperty("history")
    @JsonSerialize(contentUsing = UnixTimeSerializer.class)
    @JsonDeserialize(contentUsing = UnixTimeDeserializer.class)
    private List<OffsetDateTime> history;

    @JsonProperty("key")
    @JsonSerialize(using = Base64UrlSerializer.class)
    @JsonDeserialize(using = Base64UrlDeserializer.class)
    private byte[] key;
  }

  private final ObjectMapper mapper = Json.mapper();

  /** Shaped like a generated model with an {@code x-nullable} date-time, as a plain mapper sees it. */
  static final class Expiry {
    @JsonProperty("expires")
    @JsonSerialize(using = ExplicitSerializer.class)
    @JsonDeserialize(using = ExplicitDeserializer.class)
    private Explicit<OffsetDateTime> expires;
  }

  @Test
  void anExplicitTimeValueKeepsItsFormThroughAPlainMapper() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    Expiry read = plain.readValue("{\"expires\":\"2024-01-02T03:04:05Z\"}", Expiry.class);
    assertEquals(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), read.expires.value());
    assertEquals("{\"expires\":\"2024-01-02T03:04:05Z\"}", plain.writeValueAsString(read));
    assertEquals(plain.writeValueAsString(read), mapper.writeValueAsString(read));

    Expiry cleared = plain.readValue("{\"expires\":null}", Expiry.class);
    assertNull(cleared.expires.value());
    assertEquals("{\"expires\":null}", plain.writeValueAsString(cleared));
  }

  @Test
  void writesFieldsOnlyAndSkipsNulls() throws Exception {
    assertEquals("{\"name\":\"w\"}", mapper.writeValueAsString(new Widget().setName("w")));
  }

  @Test
  void nullsInsideMapsAreWritten() throws Exception {
    Widget w = new Widget();
    w.tags = new java.util.LinkedHashMap<>();
    w.tags.put("remove", null);
    assertEquals("{\"tags\":{\"remove\":null}}", mapper.writeValueAsString(w));
  }

  @Test
  void readsFieldsOnlyAndIgnoresUnknownProperties() throws Exception {
    Widget w = mapper.readValue("{\"name\":\"w\",\"enabled\":true,\"extra\":1}", Widget.class);
    assertEquals("w", w.getName());
  }

  @Test
  void unknownPropertiesFailOnAStrictCopy() {
    ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThrows(
        UnrecognizedPropertyException.class, () -> strict.readValue("{\"extra\":1}", Widget.class));
  }

  @Test
  void javaTimeUsesRfc3339AndIso8601() throws Exception {
    Widget w =
        mapper.readValue(
            "{\"created\":\"2020-01-01T12:00:00.0000000Z\",\"day\":\"2020-01-31\",\"ttl\":\"P1DT1H\"}",
            Widget.class);
    assertEquals(OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC), w.created);
    assertEquals(LocalDate.of(2020, 1, 31), w.day);
    assertEquals(Duration.ofHours(25), w.ttl);
    assertEquals(
        "{\"created\":\"2020-01-01T12:00:00Z\",\"day\":\"2020-01-31\",\"ttl\":\"P1DT1H\"}",
        mapper.writeValueAsString(w));
  }

  @Test
  void aDateTimeThatDoesNotParseNamesTheText() {
    InvalidFormatException e =
        assertThrows(
            InvalidFormatException.class,
            () -> mapper.readValue("{\"created\":\"soon\"}", Widget.class));
    assertEquals("soon", e.getValue());
  }

  @Test
  void blankDateTimesReadAsNull() throws Exception {
    assertNull(mapper.readValue("{\"created\":\"\"}", Widget.class).created);
  }

  @Test
  void namedFormatsRoundTrip() throws Exception {
    String json =
        "{\"modified\":\"Wed, 01 Jan 2020 12:00:00 GMT\",\"expires\":1577880000,"
            + "\"history\":[0,1577880000],\"key\":\"-_8\"}";
    Stamps s = mapper.readValue(json, Stamps.class);
    assertEquals(OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC), s.modified);
    assertEquals(s.modified, s.expires);
    assertEquals(
        List.of(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), s.expires), s.history);
    assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, s.key);
    assertEquals(json, mapper.writeValueAsString(s));
  }

  @Test
  void unixTimeAlsoReadsDigitStrings() throws Exception {
    assertEquals(
        1577880000L,
        mapper.readValue("{\"expires\":\"1577880000\"}", Stamps.class).expires.toEpochSecond());
  }

  /** Shaped like a generated hierarchy root: the discriminator is an existing property. */
  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.EXISTING_PROPERTY,
      property = "kind",
      visible = true,
      defaultImpl = Animal.class)
  @JsonTypeName("Animal")
  @JsonSubTypes(@JsonSubTypes.Type(name = "cat", value = Cat.class))
  static class Animal {
    @JsonProperty("kind")
    String kind;
  }

  @JsonTypeName("cat")
  static final class Cat extends Animal {
    @JsonProperty("lives")
    Integer lives;
  }

  @Test
  void aSubtypeWithoutItsDiscriminatorIsReadAsTheTypeAskedFor() throws Exception {
    Cat cat = mapper.readValue("{\"lives\":9}", Cat.class);
    assertEquals(9, cat.lives);
    assertEquals(Animal.class, mapper.readValue("{\"lives\":9}", Animal.class).getClass());
    assertEquals(Cat.class, mapper.readValue("{\"kind\":\"cat\"}", Animal.class).getClass());
  }
}
