package dev.xmsgen.conformance;

import static dev.xmsgen.conformance.Values.mapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.additionalproperties.AdditionalPropertiesClient;
import conformance.additionalproperties.PetsClient;
import conformance.additionalproperties.models.CatAPTrue;
import conformance.additionalproperties.models.PetAPInProperties;
import conformance.additionalproperties.models.PetAPInPropertiesWithAPString;
import conformance.additionalproperties.models.PetAPObject;
import conformance.additionalproperties.models.PetAPString;
import conformance.additionalproperties.models.PetAPTrue;
import conformance.any_type.AnythingClient;
import conformance.extensible_enums_swagger.PetStoreIncClient;
import conformance.extensible_enums_swagger.models.DaysOfWeekExtensibleEnum;
import conformance.extensible_enums_swagger.models.IntEnum;
import conformance.extensible_enums_swagger.models.Pet;
import conformance.multiple_inheritance.MultipleInheritanceServiceClient;
import conformance.multiple_inheritance.models.Cat;
import conformance.multiple_inheritance.models.Feline;
import conformance.multiple_inheritance.models.Horse;
import conformance.multiple_inheritance.models.Kitten;
import conformance.non_string_enum.NonStringEnumsClient;
import conformance.non_string_enum.models.FloatEnum;
import conformance.object_type.ObjectTypeClient;
import dev.xmsgen.runtime.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * multiple-inheritance.json, non-string-enum.json, extensible-enums-swagger.json,
 * additionalProperties.json, object-type.json and any-type.json: model shapes beyond plain
 * properties.
 */
class ModelsTest {

  @Test
  void aModelMadeOfSeveralAllOfs() {
    var client =
        MultipleInheritanceServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .multipleInheritanceServiceOperations();
    assertEquals("Peanut", client.getPet().getName());
    assertEquals(
        "Pet was correct!",
        client.putPet(new conformance.multiple_inheritance.models.Pet().setName("Butter")));
    Horse horse = client.getHorse();
    assertEquals("Fred", horse.getName());
    assertEquals(true, horse.getIsAShowHorse());
    assertEquals(
        "Horse was correct!",
        client.putHorse(new Horse().setIsAShowHorse(false).setName("General")));
    Feline feline = client.getFeline();
    assertEquals(true, feline.getMeows());
    assertEquals(
        "Feline was correct!", client.putFeline(new Feline().setMeows(false).setHisses(true)));
    Cat cat = client.getCat();
    assertEquals(
        List.of("Whiskers", true, true, true),
        List.of(cat.getName(), cat.getLikesMilk(), cat.getMeows(), cat.getHisses()));
    assertEquals(
        "Cat was correct!",
        client.putCat(
            new Cat().setLikesMilk(false).setMeows(true).setHisses(false).setName("Boots")));
    Kitten kitten = client.getKitten();
    assertEquals("Gatito", kitten.getName());
    assertEquals(false, kitten.getEatsMiceYet());
    assertEquals(
        "Kitten was correct!",
        client.putKitten(
            new Kitten()
                .setEatsMiceYet(true)
                .setLikesMilk(false)
                .setMeows(true)
                .setHisses(false)
                .setName("Kitty")));
  }

  @Test
  void numericEnumsKeepTheirJsonType() {
    var client = NonStringEnumsClient.builder().endpoint(TestServer.endpoint()).build();
    assertEquals(429, client.intValue().get().getValue());
    assertEquals(
        "Nice job posting an int enum",
        client.intValue().put(conformance.non_string_enum.models.IntEnum._200));
    assertEquals(FloatEnum._429_1, client.floatValue().get());
    assertEquals("Nice job posting a float enum", client.floatValue().put(FloatEnum._200_4));
  }

  @Test
  void extensibleEnumsKeepValuesTheyDoNotKnow() {
    var pets = PetStoreIncClient.builder().endpoint(TestServer.endpoint()).build().pet();
    Pet tommy = pets.getByPetId("tommy");
    assertSame(DaysOfWeekExtensibleEnum.MONDAY, tommy.getDaysOfWeek());
    assertSame(IntEnum._1, tommy.getIntEnum());
    Pet casper = pets.getByPetId("casper");
    assertEquals("Weekend", casper.getDaysOfWeek().toString());
    assertTrue(
        DaysOfWeekExtensibleEnum.values().stream().noneMatch(casper.getDaysOfWeek()::equals));
    Pet scooby = pets.getByPetId("scooby");
    assertSame(DaysOfWeekExtensibleEnum.THURSDAY, scooby.getDaysOfWeek());
    assertEquals("2.1", scooby.getIntEnum().toString());
    Pet sent =
        new Pet()
            .setName("Retriever")
            .setIntEnum(IntEnum._2)
            .setDaysOfWeek(DaysOfWeekExtensibleEnum.FRIDAY);
    Pet back = pets.addPet(sent);
    assertNotSame(sent, back);
    assertSame(DaysOfWeekExtensibleEnum.FRIDAY, back.getDaysOfWeek());
    assertSame(IntEnum._2, back.getIntEnum());
  }

  @Test
  void additionalProperties() {
    PetsClient pets =
        AdditionalPropertiesClient.builder().endpoint(TestServer.endpoint()).build().pets();
    PetAPTrue puppy =
        pets.createAPTrue(
            new PetAPTrue()
                .setId(1)
                .setName("Puppy")
                .setAdditionalProperties(
                    mapOf(
                        "birthdate",
                        "2017-12-13T02:29:51Z",
                        "complexProperty",
                        Map.of("color", "Red"))));
    assertEquals(true, puppy.getStatus());
    assertEquals(Map.of("color", "Red"), puppy.getAdditionalProperties().get("complexProperty"));
    CatAPTrue lisa =
        pets.createCatAPTrue(
            new CatAPTrue()
                .setFriendly(true)
                .setId(1)
                .setName("Lisa")
                .setAdditionalProperties(
                    mapOf(
                        "birthdate",
                        "2017-12-13T02:29:51Z",
                        "complexProperty",
                        Map.of("color", "Red"))));
    assertEquals(true, lisa.getFriendly());
    PetAPObject hira =
        pets.createAPObject(
            new PetAPObject()
                .setId(2)
                .setName("Hira")
                .setAdditionalProperties(
                    mapOf(
                        "siblings",
                        List.of(
                            mapOf(
                                "id",
                                1,
                                "name",
                                "Puppy",
                                "birthdate",
                                "2017-12-13T02:29:51Z",
                                "complexProperty",
                                Map.of("color", "Red"))),
                        "picture",
                        "//////4=")));
    assertEquals("//////4=", hira.getAdditionalProperties().get("picture"));
    PetAPString tommy =
        pets.createAPString(
            new PetAPString()
                .setId(3)
                .setName("Tommy")
                .setAdditionalProperties(
                    mapOf("color", "red", "weight", "10 kg", "city", "Bombay")));
    assertEquals("Bombay", tommy.getAdditionalProperties().get("city"));
    PetAPInProperties bunny =
        pets.createAPInProperties(
            new PetAPInProperties()
                .setId(4)
                .setName("Bunny")
                .setAdditionalProperties(mapOf("height", 5.61, "weight", 599.0, "footsize", 11.5)));
    assertEquals(599.0, bunny.getAdditionalProperties().get("weight"));
    PetAPInPropertiesWithAPString funny =
        pets.createAPInPropertiesWithAPString(
            new PetAPInPropertiesWithAPString()
                .setId(5)
                .setName("Funny")
                .setOdataLocation("westus")
                .setAdditionalProperties(mapOf("height", 5.61, "weight", 599.0, "footsize", 11.5))
                .setUndeclaredProperties(
                    mapOf("color", "red", "city", "Seattle", "food", "tikka masala")));
    assertEquals(11.5, funny.getAdditionalProperties().get("footsize"));
    assertEquals("tikka masala", funny.getUndeclaredProperties().get("food"));
  }

  @Test
  void anyJsonValue() {
    var client =
        ObjectTypeClient.builder().endpoint(TestServer.endpoint()).build().objectTypeOperations();
    assertEquals(Map.of("message", "An object was successfully returned"), client.get());
    assertEquals(200, client.putWithResponse(Map.of("foo", "bar")).statusCode());
    ApiException wrong = assertThrows(ApiException.class, () -> client.put(Map.of("foo", "baz")));
    assertEquals("The object you passed was incorrect", wrong.errorMessage());
    var anything =
        AnythingClient.builder().endpoint(TestServer.endpoint()).build().anythingOperations();
    assertEquals("anything", anything.getString());
    assertEquals(200, anything.putStringWithResponse("anything").statusCode());
    assertEquals(Map.of("message", "An object was successfully returned"), anything.getObject());
    assertEquals(200, anything.putObjectWithResponse(Map.of("foo", "bar")).statusCode());
    assertEquals(List.of("foo", "bar"), anything.getArray());
    assertEquals(200, anything.putArrayWithResponse(List.of("foo", "bar")).statusCode());
  }
}
