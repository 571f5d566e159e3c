package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import conformance.custom_baseurl.AutoRestParameterizedHostTestClient;
import conformance.custom_baseurl_more_options.AutoRestParameterizedCustomHostTestClient;
import conformance.lro_parameterized_endpoints.LROWithParamaterizedEndpointsClient;
import conformance.parameterized_endpoint.ParmaterizedEndpointClient;
import org.junit.jupiter.api.Test;

/**
 * custom-baseUrl.json, custom-baseUrl-more-options.json, parameterized-endpoint.json and
 * lro-parameterized-endpoints.json: hosts made of client parameters ({@code
 * x-ms-parameterized-host}), here assembled into the test server's {@code localhost:port}.
 */
class CustomHostTest {

  @Test
  void aHostTemplateFilledFromTheBuilder() {
    var paths =
        AutoRestParameterizedHostTestClient.builder()
            .accountName("local")
            .host("host:" + TestServer.port())
            .build()
            .paths();
    assertEquals(200, paths.getEmptyWithResponse().statusCode());
  }

  @Test
  void aHostTemplateWithTheSchemeInAParameterAndOperationParameters() {
    var paths =
        AutoRestParameterizedCustomHostTestClient.builder()
            .vault("http://lo")
            .secret("cal")
            .dnsSuffix("host:" + TestServer.port())
            .subscriptionId("test12")
            .build()
            .paths();
    assertEquals(200, paths.getEmptyWithResponse("key1", "v1").statusCode());
  }

  @Test
  void theWholeEndpointAsAParameter() {
    var operations =
        ParmaterizedEndpointClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .parmaterizedEndpointOperations();
    assertEquals(200, operations.getWithResponse().statusCode());
  }

  @Test
  void longRunningOperationsPollOnTheTemplatedHost() {
    var lro =
        LROWithParamaterizedEndpointsClient.builder()
            .accountName("local")
            .host("host:" + TestServer.port())
            .configure(TestServer::fast)
            .build()
            .lroWithParamaterizedEndpointsOperations();
    assertEquals("success", lro.pollWithParameterizedEndpoints());
    assertEquals("success", lro.pollWithConstantParameterizedEndpoints());
  }
}
