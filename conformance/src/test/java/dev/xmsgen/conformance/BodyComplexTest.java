package dev.xmsgen.conformance;

import static dev.xmsgen.conformance.Values.bytes;
import static dev.xmsgen.conformance.Values.listOf;
import static dev.xmsgen.conformance.Values.mapOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.body_complex.AutoRestComplexTestServiceClient;
import conformance.body_complex.models.ArrayWrapper;
import conformance.body_complex.models.Basic;
import conformance.body_complex.models.BooleanWrapper;
import conformance.body_complex.models.ByteWrapper;
import conformance.body_complex.models.CMYKColors;
import conformance.body_complex.models.DateWrapper;
import conformance.body_complex.models.DatetimeWrapper;
import conformance.body_complex.models.Datetimerfc1123Wrapper;
import conformance.body_complex.models.DictionaryWrapper;
import conformance.body_complex.models.Dog;
import conformance.body_complex.models.DotFish;
import conformance.body_complex.models.DotFishMarket;
import conformance.body_complex.models.DotSalmon;
import conformance.body_complex.models.DoubleWrapper;
import conformance.body_complex.models.DurationWrapper;
import conformance.body_complex.models.Fish;
import conformance.body_complex.models.FloatWrapper;
import conformance.body_complex.models.GoblinSharkColor;
import conformance.body_complex.models.Goblinshark;
import conformance.body_complex.models.IntWrapper;
import conformance.body_complex.models.LongWrapper;
import conformance.body_complex.models.ReadonlyObj;
import conformance.body_complex.models.Salmon;
import conformance.body_complex.models.Sawshark;
import conformance.body_complex.models.Shark;
import conformance.body_complex.models.Siamese;
import conformance.body_complex.models.SmartSalmon;
import conformance.body_complex.models.StringWrapper;
import dev.xmsgen.runtime.ResponseBodyException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** body-complex.json: models with primitives, arrays, dictionaries, inheritance, polymorphism. */
class BodyComplexTest {
  private static final AutoRestComplexTestServiceClient CLIENT =
      AutoRestComplexTestServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build();

  @Nested
  class Basics {
    @Test
    void valid() {
      Basic basic = CLIENT.basic().getValid();
      assertEquals(2, basic.getId());
      assertEquals("abc", basic.getName());
      assertEquals(CMYKColors.YELLOW, basic.getColor());
      assertEquals(
          200,
          CLIENT
              .basic()
              .putValidWithResponse(
                  new Basic().setId(2).setName("abc").setColor(CMYKColors.MAGENTA))
              .statusCode());
    }

    @Test
    void emptyNullNotProvidedAndInvalid() {
      Basic empty = CLIENT.basic().getEmpty();
      assertNull(empty.getId());
      assertNull(empty.getName());
      Basic nulls = CLIENT.basic().getNull();
      assertNull(nulls.getId());
      assertNull(nulls.getName());
      assertNull(CLIENT.basic().getNotProvided());
      assertThrows(ResponseBodyException.class, () -> CLIENT.basic().getInvalid());
    }
  }

  @Nested
  class Primitives {
    @Test
    void integersAndLongs() {
      IntWrapper ints = CLIENT.primitive().getInt();
      assertEquals(List.of(-1, 2), List.of(ints.getField1(), ints.getField2()));
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putIntWithResponse(new IntWrapper().setField1(-1).setField2(2))
              .statusCode());
      LongWrapper longs = CLIENT.primitive().getLong();
      assertEquals(
          List.of(1099511627775L, -999511627788L), List.of(longs.getField1(), longs.getField2()));
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putLongWithResponse(
                  new LongWrapper().setField1(1099511627775L).setField2(-999511627788L))
              .statusCode());
    }

    @Test
    void floatsAndDoubles() {
      FloatWrapper floats = CLIENT.primitive().getFloat();
      assertEquals(List.of(1.05f, -0.003f), List.of(floats.getField1(), floats.getField2()));
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putFloatWithResponse(new FloatWrapper().setField1(1.05f).setField2(-0.003f))
              .statusCode());
      DoubleWrapper doubles = CLIENT.primitive().getDouble();
      assertEquals(3e-100, doubles.getField1());
      assertEquals(
          -5e-57,
          doubles
              .getField56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose());
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putDoubleWithResponse(
                  new DoubleWrapper()
                      .setField1(3e-100)
                      .setField56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose(
                          -5e-57))
              .statusCode());
    }

    @Test
    void booleansAndStrings() {
      BooleanWrapper booleans = CLIENT.primitive().getBool();
      assertEquals(true, booleans.getFieldTrue());
      assertEquals(false, booleans.getFieldFalse());
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putBoolWithResponse(new BooleanWrapper().setFieldTrue(true).setFieldFalse(false))
              .statusCode());
      StringWrapper strings = CLIENT.primitive().getString();
      assertEquals("goodrequest", strings.getField());
      assertEquals("", strings.getEmpty());
      assertNull(strings.getNullValue());
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putStringWithResponse(new StringWrapper().setField("goodrequest").setEmpty(""))
              .statusCode());
    }

    @Test
    void datesAndTimes() {
      DateWrapper dates = CLIENT.primitive().getDate();
      assertEquals(LocalDate.of(1, 1, 1), dates.getField());
      assertEquals(LocalDate.of(2016, 2, 29), dates.getLeap());
      assertEquals(200, CLIENT.primitive().putDateWithResponse(dates).statusCode());
      OffsetDateTime min = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
      DatetimeWrapper times = CLIENT.primitive().getDateTime();
      assertEquals(min, times.getField());
      assertEquals(OffsetDateTime.of(2015, 5, 18, 18, 38, 0, 0, ZoneOffset.UTC), times.getNow());
      assertEquals(200, CLIENT.primitive().putDateTimeWithResponse(times).statusCode());
      Datetimerfc1123Wrapper httpDates = CLIENT.primitive().getDateTimeRfc1123();
      assertEquals(min, httpDates.getField());
      assertEquals(
          OffsetDateTime.of(2015, 5, 18, 11, 38, 0, 0, ZoneOffset.UTC), httpDates.getNow());
      assertEquals(200, CLIENT.primitive().putDateTimeRfc1123WithResponse(httpDates).statusCode());
    }

    @Test
    void durationsAndBytes() {
      Duration duration =
          Duration.ofDays(123).plusHours(22).plusMinutes(14).plusSeconds(12).plusMillis(11);
      assertEquals(duration, CLIENT.primitive().getDuration().getField());
      assertEquals(
          200,
          CLIENT
              .primitive()
              .putDurationWithResponse(new DurationWrapper().setField(duration))
              .statusCode());
      byte[] bytes = bytes(255, 254, 253, 252, 0, 250, 249, 248, 247, 246);
      assertArrayEquals(bytes, CLIENT.primitive().getByte().getField());
      assertEquals(
          200,
          CLIENT.primitive().putByteWithResponse(new ByteWrapper().setField(bytes)).statusCode());
    }
  }

  @Nested
  class ArraysAndDictionaries {
    @Test
    void arrayProperties() {
      List<String> valid =
          listOf("1, 2, 3, 4", "", null, "&S#$(*Y", "The quick brown fox jumps over the lazy dog");
      assertEquals(valid, CLIENT.array().getValid().getArray());
      assertEquals(
          200,
          CLIENT.array().putValidWithResponse(new ArrayWrapper().setArray(valid)).statusCode());
      assertEquals(List.of(), CLIENT.array().getEmpty().getArray());
      assertEquals(
          200,
          CLIENT.array().putEmptyWithResponse(new ArrayWrapper().setArray(List.of())).statusCode());
      assertNull(CLIENT.array().getNotProvided().getArray());
    }

    @Test
    void dictionaryProperties() {
      Map<String, String> valid =
          mapOf("txt", "notepad", "bmp", "mspaint", "xls", "excel", "exe", "", "", null);
      assertEquals(valid, CLIENT.dictionary().getValid().getDefaultProgram());
      assertEquals(
          200,
          CLIENT
              .dictionary()
              .putValidWithResponse(new DictionaryWrapper().setDefaultProgram(valid))
              .statusCode());
      assertEquals(Map.of(), CLIENT.dictionary().getEmpty().getDefaultProgram());
      assertEquals(
          200,
          CLIENT
              .dictionary()
              .putEmptyWithResponse(new DictionaryWrapper().setDefaultProgram(Map.of()))
              .statusCode());
      assertNull(CLIENT.dictionary().getNull().getDefaultProgram());
      assertNull(CLIENT.dictionary().getNotProvided().getDefaultProgram());
    }
  }

  @Test
  void inheritance() {
    Siamese siamese = CLIENT.inheritance().getValid();
    assertEquals(2, siamese.getId());
    assertEquals("Siameeee", siamese.getName());
    assertEquals("green", siamese.getColor());
    assertEquals("persian", siamese.getBreed());
    List<Dog> hates = siamese.getHates();
    assertEquals(List.of("tomato", "french fries"), hates.stream().map(Dog::getFood).toList());
    assertEquals(List.of(1, -1), hates.stream().map(Dog::getId).toList());
    Siamese sent =
        new Siamese()
            .setBreed("persian")
            .setColor("green")
            .setHates(
                List.of(
                    new Dog().setFood("tomato").setId(1).setName("Potato"),
                    new Dog().setFood("french fries").setId(-1).setName("Tomato")))
            .setId(2)
            .setName("Siameeee");
    assertEquals(200, CLIENT.inheritance().putValidWithResponse(sent).statusCode());
  }

  @Test
  void readOnlyPropertiesAreReadButNeverSent() {
    ReadonlyObj got = CLIENT.readonlyproperty().getValid();
    assertEquals("1234", got.getId());
    assertEquals(2, got.getSize());
    assertEquals(200, CLIENT.readonlyproperty().putValidWithResponse(got).statusCode());
  }

  @Nested
  class Polymorphism {
    private final OffsetDateTime sharkBirthday =
        OffsetDateTime.of(2012, 1, 5, 1, 0, 0, 0, ZoneOffset.UTC);
    private final OffsetDateTime sawBirthday =
        OffsetDateTime.of(1900, 1, 5, 1, 0, 0, 0, ZoneOffset.UTC);

    private List<Fish> siblings() {
      return List.of(
          new Shark().setAge(6).setBirthday(sharkBirthday).setLength(20f).setSpecies("predator"),
          new Sawshark()
              .setPicture(bytes(255, 255, 255, 255, 254))
              .setAge(105)
              .setBirthday(sawBirthday)
              .setLength(10f)
              .setSpecies("dangerous"),
          new Goblinshark()
              .setJawsize(5)
              .setColor(GoblinSharkColor.fromString("pinkish-gray"))
              .setAge(1)
              .setBirthday(OffsetDateTime.of(2015, 8, 8, 0, 0, 0, 0, ZoneOffset.UTC))
              .setLength(30f)
              .setSpecies("scary"));
    }

    @Test
    void subtypesAreReadByDiscriminatorAndWrittenWithIt() {
      Fish fish = CLIENT.polymorphism().getValid();
      Salmon salmon = assertInstanceOf(Salmon.class, fish);
      assertEquals("alaska", salmon.getLocation());
      assertEquals(true, salmon.getIswild());
      assertEquals(1f, salmon.getLength());
      List<Fish> siblings = salmon.getSiblings();
      assertEquals(sharkBirthday, assertInstanceOf(Shark.class, siblings.get(0)).getBirthday());
      assertArrayEquals(
          bytes(255, 255, 255, 255, 254),
          assertInstanceOf(Sawshark.class, siblings.get(1)).getPicture());
      Goblinshark goblin = assertInstanceOf(Goblinshark.class, siblings.get(2));
      assertEquals("pinkish-gray", goblin.getColor().toString());
      Salmon sent =
          new Salmon()
              .setLocation("alaska")
              .setIswild(true)
              .setSpecies("king")
              .setLength(1f)
              .setSiblings(siblings());
      assertEquals(200, CLIENT.polymorphism().putValidWithResponse(sent).statusCode());
    }

    @Test
    void aSubtypeWithAdditionalPropertiesRoundTrips() {
      SmartSalmon smart =
          assertInstanceOf(SmartSalmon.class, CLIENT.polymorphism().getComplicated());
      assertEquals("smart_salmon", smart.getFishtype());
      assertEquals(1, smart.getAdditionalProperties().get("additionalProperty1"));
      assertEquals(false, smart.getAdditionalProperties().get("additionalProperty2"));
      assertEquals("hello", smart.getAdditionalProperties().get("additionalProperty3"));
      assertEquals(
          Map.of("a", 1, "b", 2), smart.getAdditionalProperties().get("additionalProperty4"));
      assertEquals(List.of(1, 3), smart.getAdditionalProperties().get("additionalProperty5"));
      assertEquals(200, CLIENT.polymorphism().putComplicatedWithResponse(smart).statusCode());
    }

    @Test
    void aResponseWithoutDiscriminatorIsReadAsTheDeclaredType() {
      Salmon sent =
          new Salmon()
              .setLocation("alaska")
              .setIswild(true)
              .setSpecies("king")
              .setLength(1f)
              .setSiblings(siblings());
      Salmon back = CLIENT.polymorphism().putMissingDiscriminator(sent);
      assertEquals(Salmon.class, back.getClass());
      assertEquals("alaska", back.getLocation());
      assertEquals(3, back.getSiblings().size());
    }

    @Test
    void dotsInDiscriminatorNames() {
      DotSalmon salmon = assertInstanceOf(DotSalmon.class, CLIENT.polymorphism().getDotSyntax());
      assertEquals("DotSalmon", salmon.getFishType());
      assertEquals("sweden", salmon.getLocation());
      DotFishMarket market = CLIENT.polymorphism().getComposedWithDiscriminator();
      assertEquals("sweden", market.getSampleSalmon().getLocation());
      assertEquals(
          List.of("sweden", "atlantic"),
          market.getSalmons().stream().map(DotSalmon::getLocation).toList());
      DotFish sampleFish = market.getSampleFish();
      assertEquals("australia", assertInstanceOf(DotSalmon.class, sampleFish).getLocation());
      assertInstanceOf(DotSalmon.class, market.getFishes().get(1));
      DotFishMarket plain = CLIENT.polymorphism().getComposedWithoutDiscriminator();
      assertEquals("sweden", plain.getSampleSalmon().getLocation());
      assertEquals(DotFish.class, plain.getSampleFish().getClass());
      assertEquals("king", plain.getFishes().get(1).getSpecies());
    }

    @Test
    void recursiveSubtypes() {
      Fish fish = CLIENT.polymorphicrecursive().getValid();
      Salmon salmon = assertInstanceOf(Salmon.class, fish);
      Shark shark = assertInstanceOf(Shark.class, salmon.getSiblings().get(0));
      Salmon nested = assertInstanceOf(Salmon.class, shark.getSiblings().get(0));
      assertEquals("coho", nested.getSpecies());
      assertInstanceOf(Sawshark.class, nested.getSiblings().get(1));
      assertEquals(200, CLIENT.polymorphicrecursive().putValidWithResponse(fish).statusCode());
    }
  }
}
