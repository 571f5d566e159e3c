package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.xms_error_responses.PetClient;
import conformance.xms_error_responses.XMSErrorResponseExtensionsClient;
import conformance.xms_error_responses.models.AnimalNotFound;
import conformance.xms_error_responses.models.LinkNotFound;
import conformance.xms_error_responses.models.PetHungryOrThirstyError;
import conformance.xms_error_responses.models.PetSadError;
import dev.xmsgen.runtime.ApiException;
import org.junit.jupiter.api.Test;

/**
 * xms-error-responses.json: errors declared per status ({@code x-ms-error-response}), read as their
 * models (polymorphic ones as the subtype their discriminator names) or as strings and numbers.
 */
class ErrorModelsTest {
  private static final PetClient PET =
      XMSErrorResponseExtensionsClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build()
          .pet();

  @Test
  void successes() {
    assertEquals("Tommy Tomson", PET.getPetById("tommy").getName());
    assertEquals(202, PET.getPetByIdWithResponse("django").statusCode());
    assertNull(PET.getPetByIdWithResponse("django").value());
    assertEquals("Dog", PET.getPetById("tommy").getAniType());
  }

  @Test
  void notFoundErrorsAreReadAsTheSubtypeTheirDiscriminatorNames() {
    ApiException animal = assertThrows(ApiException.class, () -> PET.getPetById("coyoteUgly"));
    assertEquals(404, animal.statusCode());
    AnimalNotFound coyote = assertInstanceOf(AnimalNotFound.class, animal.error());
    assertEquals("coyote", coyote.getName());
    assertEquals("the type of animal requested is not available", coyote.getReason());
    ApiException link = assertThrows(ApiException.class, () -> PET.getPetById("weirdAlYankovic"));
    LinkNotFound notFound = assertInstanceOf(LinkNotFound.class, link.error());
    assertEquals("pet/yourpet was not found", notFound.getWhatSubAddress());
  }

  @Test
  void errorsThatAreAStringOrANumber() {
    ApiException string = assertThrows(ApiException.class, () -> PET.getPetById("ringo"));
    assertEquals(400, string.statusCode());
    assertEquals("ringo is missing", string.error(String.class).orElseThrow());
    ApiException number = assertThrows(ApiException.class, () -> PET.getPetById("alien123"));
    assertEquals(501, number.statusCode());
    assertEquals(123, number.error(Integer.class).orElseThrow());
  }

  @Test
  void actionErrors() {
    ApiException sad = assertThrows(ApiException.class, () -> PET.doSomething("jump"));
    assertEquals(500, sad.statusCode());
    PetSadError sadError = assertInstanceOf(PetSadError.class, sad.error());
    assertEquals("need more treats", sadError.getReason());
    assertEquals("casper aint happy", sadError.getErrorMessage());
    ApiException hungry = assertThrows(ApiException.class, () -> PET.doSomething("fetch"));
    assertEquals(404, hungry.statusCode());
    PetHungryOrThirstyError hungryError =
        assertInstanceOf(PetHungryOrThirstyError.class, hungry.error());
    assertEquals("hungry and thirsty", hungryError.getHungryOrThirsty());
    assertEquals(200, PET.doSomethingWithResponse("stay").statusCode());
  }

  @Test
  void aParameterNamedModels() {
    ApiException sad = assertThrows(ApiException.class, () -> PET.hasModelsParam("value1"));
    assertEquals(500, sad.statusCode());
    assertInstanceOf(PetSadError.class, sad.error());
  }
}
