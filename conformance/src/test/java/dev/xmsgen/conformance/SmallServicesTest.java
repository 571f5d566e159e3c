package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.body_formdata_urlencoded.BodyFormsDataURLEncodedClient;
import conformance.body_formdata_urlencoded.models.PetFood;
import conformance.body_formdata_urlencoded.models.PetType;
import conformance.client_enum.ClientWithEnumClient;
import conformance.constants.AutoRestSwaggerConstantServiceClient;
import conformance.error_with_secrets.ErrorWithSecretsClient;
import conformance.incorrect_error_response.IncorrectReturnedErrorModelClient;
import conformance.security_aad.AutorestSecurityAadClient;
import conformance.security_key.AutorestSecurityKeyClient;
import conformance.xml_service.AutoRestSwaggerBATXMLServiceClient;
import conformance.xml_service.models.JSONInput;
import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.KeyCredential;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Small specs with one or two scenarios each: security-aad.json, security-key.json,
 * body-formdata-urlencoded.json, client-enum.json, constants.json,
 * error-with-secrets.json, incorrect-error-response.json, and the JSON operations of
 * xml-service.json.
 */
class SmallServicesTest {

  @Test
  void bearerTokensForTheDeclaredScope() {
    var client =
        AutorestSecurityAadClient.builder()
            .endpoint(TestServer.endpoint())
            // the test server expects the scope itself as the token
            .credential(scopes -> new AccessToken(scopes.get(0), Instant.MAX))
            .build();
    assertEquals(
        java.util.List.of("https://security.microsoft.com/.default"),
        AutorestSecurityAadClient.DEFAULT_SCOPES);
    assertEquals(200, client.autorestSecurityAadOperations().headWithResponse().statusCode());
  }

  @Test
  void anApiKeyGoesInTheHeaderTheSecurityDefinitionNames() {
    var client =
        AutorestSecurityKeyClient.builder()
            .endpoint(TestServer.endpoint())
            .keyCredential(new KeyCredential("123456789"))
            .build();
    assertEquals(200, client.autorestSecurityKeyOperations().headWithResponse().statusCode());
  }

  @Test
  void formFieldsGoUrlEncodedUnderTheirWireNamesAndAnUnsetOneIsLeftOut() {
    var forms =
        BodyFormsDataURLEncodedClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .formdataurlencoded();
    // the server wants exactly pet_type, pet_food, pet_age and name: status, unset, is left out
    assertEquals(
        200,
        forms
            .updatePetWithFormWithResponse(1, PetType.DOG, PetFood.MEAT, 42, "Fido", null)
            .statusCode());
    // grant_type is the spec's constant; service and access_token are the arguments
    assertEquals(200, forms.partialConstantBodyWithResponse("bar", "foo").statusCode());
  }

  @Test
  void constantClientParametersAreSentWithEveryCall() {
    assertEquals(
        200,
        ClientWithEnumClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .clientWithEnumOperations()
            .headWithResponse()
            .statusCode());
    assertEquals(
        200,
        AutoRestSwaggerConstantServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .contants()
            .putClientConstantsWithResponse()
            .statusCode());
  }

  @Test
  void errorsKeepWhatTheServiceSaid() {
    var secrets =
        ErrorWithSecretsClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .errorWithSecretsOperations();
    ApiException e = assertThrows(ApiException.class, secrets::getErrorWithSecrets);
    assertEquals(403, e.statusCode());
    assertEquals("Unauthorized", e.errorCode());
    assertEquals("UnauthorizedSharedKey", e.details().get(0).code());
    var incorrect =
        IncorrectReturnedErrorModelClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .incorrectReturnedErrorModelOperations();
    ApiException unreadable =
        assertThrows(ApiException.class, incorrect::getIncorrectErrorFromServer);
    assertEquals(444, unreadable.statusCode());
    assertTrue(unreadable.getMessage().contains("444"), unreadable.getMessage());
  }

  @Test
  void jsonOperationsInAnXmlService() {
    var xml =
        AutoRestSwaggerBATXMLServiceClient.builder().endpoint(TestServer.endpoint()).build().xml();
    assertEquals(200, xml.jsonInputWithResponse(new JSONInput().setId(42)).statusCode());
    assertEquals(42, xml.jsonOutput().getId());
  }
}
