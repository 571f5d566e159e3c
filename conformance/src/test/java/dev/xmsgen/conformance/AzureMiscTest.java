package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.azure_parameter_grouping.AutoRestParameterGroupingTestServiceClient;
import conformance.azure_parameter_grouping.ParameterGroupingClient;
import conformance.azure_parameter_grouping.models.EncryptionAlgorithmType;
import conformance.head.AutoRestHeadTestServiceClient;
import conformance.head_exceptions.AutoRestHeadExceptionTestServiceClient;
import conformance.subscriptionid_apiversion.MicrosoftAzureTestUrlClient;
import conformance.subscriptionid_apiversion.models.SampleResourceGroup;
import dev.xmsgen.runtime.ApiException;
import org.junit.jupiter.api.Test;

/**
 * azure-parameter-grouping.json ({@code x-ms-parameter-grouping}: the grouped parameters are passed
 * one by one), subscriptionId-apiVersion.json, head.json and head-exceptions.json.
 */
class AzureMiscTest {

  @Test
  void groupedParameters() {
    ParameterGroupingClient grouping =
        AutoRestParameterGroupingTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .parameterGrouping();
    assertEquals(200, grouping.postRequiredWithResponse(1234, "path", "header", 21).statusCode());
    assertEquals(200, grouping.postOptionalWithResponse("header", 21).statusCode());
    assertEquals(200, grouping.postReservedWordsWithResponse("bob", "yes").statusCode());
    assertEquals(
        200, grouping.postMultiParamGroupsWithResponse("header", 21, "header2", 42).statusCode());
    assertEquals(
        200, grouping.postSharedParameterGroupObjectWithResponse("header", 21).statusCode());
    assertEquals(
        200,
        grouping.groupWithConstantWithResponse(EncryptionAlgorithmType.FOO, "bar").statusCode());
  }

  @Test
  void subscriptionIdAndApiVersionOnTheClient() {
    SampleResourceGroup group =
        MicrosoftAzureTestUrlClient.builder()
            .endpoint(TestServer.endpoint())
            .subscriptionId("1234-5678-9012-3456")
            .build()
            .group()
            .getSampleResourceGroup("testgroup101");
    assertEquals("testgroup101", group.getName());
    assertEquals("West US", group.getLocation());
  }

  @Test
  void headAnswersWithItsStatus() {
    var head =
        AutoRestHeadTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .httpSuccess();
    assertEquals(200, head.head200WithResponse().statusCode());
    assertEquals(204, head.head204WithResponse().statusCode());
    assertEquals(404, head.head404WithResponse().statusCode(), "a HEAD's 404: it does not exist");
  }

  @Test
  void aHeadThatDoesNotDeclareA404FailsWithIt() {
    var head =
        AutoRestHeadExceptionTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .headException();
    assertEquals(200, head.head200WithResponse().statusCode());
    assertEquals(204, head.head204WithResponse().statusCode());
    assertEquals(404, assertThrows(ApiException.class, head::head404).statusCode());
  }
}
