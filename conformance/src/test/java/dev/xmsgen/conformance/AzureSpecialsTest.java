package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.azure_special_properties.AutoRestAzureSpecialParametersTestClient;
import conformance.azure_special_properties.models.HeaderCustomNamedRequestIdParamGroupingParameters;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * azure-special-properties.json: the subscription id and api-version set on the client or on the
 * operation, values sent without URL encoding, OData query options, and request-id headers.
 */
class AzureSpecialsTest {
  private static final String SUBSCRIPTION = "1234-5678-9012-3456";
  private static final String REQUEST_ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";
  private static final AutoRestAzureSpecialParametersTestClient CLIENT =
      AutoRestAzureSpecialParametersTestClient.builder()
          .endpoint(TestServer.endpoint())
          .subscriptionId(SUBSCRIPTION)
          .configure(TestServer::fast)
          .build();

  @Test
  void theSubscriptionIdComesFromTheClient() {
    var credentials = CLIENT.subscriptionInCredentials();
    assertEquals(200, credentials.postMethodGlobalValidWithResponse().statusCode());
    assertEquals(200, credentials.postMethodGlobalNotProvidedValidWithResponse().statusCode());
    assertEquals(200, credentials.postPathGlobalValidWithResponse().statusCode());
    assertEquals(200, credentials.postSwaggerGlobalValidWithResponse().statusCode());
    var method = CLIENT.subscriptionInMethod();
    assertEquals(200, method.postMethodLocalValidWithResponse().statusCode());
    assertEquals(200, method.postPathLocalValidWithResponse().statusCode());
    assertEquals(200, method.postSwaggerLocalValidWithResponse().statusCode());
  }

  @Test
  void aMissingSubscriptionIdIsRefusedBeforeAnythingIsSent() {
    var builder =
        AutoRestAzureSpecialParametersTestClient.builder().endpoint(TestServer.endpoint());
    assertThrows(NullPointerException.class, builder::build);
  }

  @Test
  void theApiVersionIsTheClientsTheOperationsConstantOrAnArgument() {
    assertEquals("2015-07-01-preview", AutoRestAzureSpecialParametersTestClient.API_VERSION);
    var global = CLIENT.apiVersionDefault();
    assertEquals(200, global.getMethodGlobalValidWithResponse().statusCode());
    assertEquals(200, global.getMethodGlobalNotProvidedValidWithResponse().statusCode());
    assertEquals(200, global.getPathGlobalValidWithResponse().statusCode());
    assertEquals(200, global.getSwaggerGlobalValidWithResponse().statusCode());
    var local = CLIENT.apiVersionLocal();
    assertEquals(200, local.getMethodLocalValidWithResponse().statusCode());
    assertEquals(
        200,
        local.getMethodLocalNullWithResponse(null).statusCode(),
        "x-ms-api-version: false: an optional argument, not sent when null");
    assertEquals(200, local.getPathLocalValidWithResponse().statusCode());
    assertEquals(200, local.getSwaggerLocalValidWithResponse().statusCode());
  }

  @Test
  void valuesSentWithoutUrlEncoding() {
    var skip = CLIENT.skipUrlEncoding();
    assertEquals(200, skip.getMethodPathValidWithResponse("path1/path2/path3").statusCode());
    assertEquals(200, skip.getPathPathValidWithResponse("path1/path2/path3").statusCode());
    assertEquals(200, skip.getSwaggerPathValidWithResponse().statusCode());
    assertEquals(
        200, skip.getMethodQueryValidWithResponse("value1&q2=value2&q3=value3").statusCode());
    assertEquals(200, skip.getMethodQueryNullWithResponse(null).statusCode());
    assertEquals(
        200, skip.getPathQueryValidWithResponse("value1&q2=value2&q3=value3").statusCode());
    assertEquals(200, skip.getSwaggerQueryValidWithResponse().statusCode());
  }

  @Test
  void odataQueryOptions() {
    assertEquals(
        200,
        CLIENT
            .odata()
            .getWithFilterWithResponse("id gt 5 and name eq 'foo'", 10, "id")
            .statusCode());
  }

  @Test
  void requestIds() {
    // Every call carries a fresh x-ms-client-request-id; this operation expects a fixed one.
    ApiException e = assertThrows(ApiException.class, () -> CLIENT.xmsClientRequestId().get());
    assertEquals(400, e.statusCode());
    assertEquals("123", e.headers().firstValue("x-ms-request-id").orElseThrow());
    // chosen per call, or left out
    assertEquals(
        200,
        CLIENT
            .xmsClientRequestId()
            .getWithResponse(new RequestOptions().clientRequestId(REQUEST_ID))
            .statusCode());
    assertEquals(
        200,
        CLIENT
            .xmsClientRequestId()
            .getWithResponse(new RequestOptions().omitHeader("x-ms-client-request-id"))
            .statusCode());
    assertEquals(
        "123",
        CLIENT
            .xmsClientRequestId()
            .paramGetWithResponse(REQUEST_ID)
            .header("x-ms-request-id")
            .orElseThrow());
    var header = CLIENT.header();
    assertEquals(
        "123",
        header.customNamedRequestIdWithResponse(REQUEST_ID).header("foo-request-id").orElseThrow());
    assertEquals(
        200, header
            .customNamedRequestIdParamGroupingWithResponse(
                new HeaderCustomNamedRequestIdParamGroupingParameters()
                    .setFooClientRequestId(REQUEST_ID))
           .statusCode());
    assertEquals(200, header.customNamedRequestIdHeadWithResponse(REQUEST_ID).statusCode());
  }
}
