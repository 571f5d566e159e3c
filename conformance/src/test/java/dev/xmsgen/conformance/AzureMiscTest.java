package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.azure_parameter_grouping.AutoRestParameterGroupingTestServiceClient;
import conformance.azure_parameter_grouping.ParameterGroupingClient;
import conformance.azure_parameter_grouping.models.EncryptionAlgorithmType;
import conformance.azure_parameter_grouping.models.FirstParameterGroup;
import conformance.azure_parameter_grouping.models.Grouper;
import conformance.azure_parameter_grouping.models.ParameterGroupingPostMultiParamGroupsSecondParamGroup;
import conformance.azure_parameter_grouping.models.ParameterGroupingPostOptionalParameters;
import conformance.azure_parameter_grouping.models.ParameterGroupingPostRequiredParameters;
import conformance.azure_parameter_grouping.models.ParameterGroupingPostReservedWordsParameters;
import conformance.head.AutoRestHeadTestServiceClient;
import conformance.head_exceptions.AutoRestHeadExceptionTestServiceClient;
import conformance.subscriptionid_apiversion.MicrosoftAzureTestUrlClient;
import conformance.subscriptionid_apiversion.models.SampleResourceGroup;
import dev.xmsgen.runtime.ApiException;
import org.junit.jupiter.api.Test;

/**
 * azure-parameter-grouping.json ({@code x-ms-parameter-grouping}: each group is one generated
 * class, passed as one argument), subscriptionId-apiVersion.json, head.json and head-exceptions.json.
 */
class AzureMiscTest {

  @Test
  void groupedParameters() {
    ParameterGroupingClient grouping =
        AutoRestParameterGroupingTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .parameterGrouping();
    assertEquals(
        200,
        grouping
            .postRequiredWithResponse(
                new ParameterGroupingPostRequiredParameters()
                    .setBody(1234)
                    .setPath("path")
                    .setCustomHeader("header")
                    .setQuery(21))
            .statusCode());
    assertEquals(
        200,
        grouping
            .postOptionalWithResponse(
                new ParameterGroupingPostOptionalParameters().setCustomHeader("header").setQuery(21))
            .statusCode());
    assertEquals(
        200,
        grouping
            .postReservedWordsWithResponse(
                new ParameterGroupingPostReservedWordsParameters().setFrom("bob").setAccept("yes"))
            .statusCode());
    assertEquals(
        200,
        grouping
            .postMultiParamGroupsWithResponse(
                new FirstParameterGroup().setHeaderOne("header").setQueryOne(21),
                new ParameterGroupingPostMultiParamGroupsSecondParamGroup()
                    .setHeaderTwo("header2")
                    .setQueryTwo(42))
            .statusCode());
    assertEquals(
        200,
        grouping
            .postSharedParameterGroupObjectWithResponse(
                new FirstParameterGroup().setHeaderOne("header").setQueryOne(21))
            .statusCode());
    assertEquals(
        200,
        grouping
            .groupWithConstantWithResponse(
                new Grouper()
                    .setGroupedConstant(EncryptionAlgorithmType.FOO)
                    .setGroupedParameter("bar"))
            .statusCode());
    assertThrows(
        NullPointerException.class,
        () -> grouping.postRequired(new ParameterGroupingPostRequiredParameters().setBody(1)),
        "a required field of a group is checked before anything is sent");
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
