package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The multi-API package: multiapi-v1.json, multiapi-v2.json and multiapi-v3.json describe the same
 * service at API versions 1.0.0, 2.0.0 and 3.0.0, and each generated client sends its own version
 * with every call, next-page links included; multiapi-v1/v2-custom-base-url.json do the same behind
 * a parameterized host.
 */
class MultiApiTest {
  private static final conformance.multiapi_v1.MultiapiServiceClient V1 =
      conformance.multiapi_v1.MultiapiServiceClient.builder().endpoint(TestServer.endpoint()).build();
  private static final conformance.multiapi_v2.MultiapiServiceClient V2 =
      conformance.multiapi_v2.MultiapiServiceClient.builder().endpoint(TestServer.endpoint()).build();
  private static final conformance.multiapi_v3.MultiapiServiceClient V3 =
      conformance.multiapi_v3.MultiapiServiceClient.builder().endpoint(TestServer.endpoint()).build();

  @Test
  void eachVersionSendsItsOwnApiVersion() {
    assertEquals(200, V1.multiapiServiceOperations().testOneWithResponse(1, null).statusCode());
    assertEquals(
        "This was called with api-version 2.0.0",
        V2.multiapiServiceOperations().testOne(1).getMessage());
    assertEquals(200, V1.operationGroupOne().testTwoWithResponse().statusCode());
    assertEquals(1, V2.operationGroupOne().testTwo().getId());
    assertEquals(
        "This was called with api-version 3.0.0",
        V3.operationGroupOne().testTwo().getOptionalProperty());
    assertEquals(200, V2.operationGroupOne().testThreeWithResponse().statusCode());
    assertEquals(200, V2.operationGroupTwo().testFourWithResponse(true).statusCode());
    assertEquals(
        200,
        V3.operationGroupTwo()
            .testFourWithResponse(new conformance.multiapi_v3.models.SourcePath().setSource("a"))
            .statusCode());
    assertEquals(200, V3.operationGroupTwo().testFiveWithResponse().statusCode());
  }

  @Test
  void aSignatureGrowsWithTheVersion() {
    // the server answers 400 when a version gets a header it does not declare, or misses one
    assertEquals(
        200, V1.multiapiServiceOperations().testDifferentCallsWithResponse("hello").statusCode());
    assertEquals(
        200,
        V2.multiapiServiceOperations()
            .testDifferentCallsWithResponse("hello", "nihao")
            .statusCode());
    assertEquals(
        200,
        V3.multiapiServiceOperations()
            .testDifferentCallsWithResponse("hello", "nihao", "bonjour")
            .statusCode());
  }

  @Test
  void longRunningCallsOfVersionOne() {
    assertEquals(100, V1.multiapiServiceOperations().testLRO().getId());
    assertEquals(
        List.of(100),
        ids(V1.multiapiServiceOperations().testLROAndPaging().getValues()));
  }

  @Test
  void nextLinksKeepTheClientsApiVersion() {
    // the first page is asked for without api-version; the server wants 3.0.0 on page 2
    assertEquals(List.of("paged", "paged"), names(V3.multiapiServiceOperations().testPaging()));
    assertEquals(
        List.of("paged", "paged"), names(V3.operationGroupOne().testOperationGroupPaging()));
  }

  @Test
  void aParameterizedHostPerVersion() {
    assertEquals(
        200,
        conformance.multiapi_v1_custom_base_url.MultiapiCustomBaseUrlServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .multiapiCustomBaseUrlServiceOperations()
            .testWithResponse(1)
            .statusCode());
    assertEquals(
        200,
        conformance.multiapi_v2_custom_base_url.MultiapiCustomBaseUrlServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .build()
            .multiapiCustomBaseUrlServiceOperations()
            .testWithResponse(2)
            .statusCode());
  }

  private static List<Integer> ids(List<conformance.multiapi_v1.models.Product> products) {
    List<Integer> ids = new ArrayList<>();
    products.forEach(p -> ids.add(p.getId()));
    return ids;
  }

  private static List<String> names(Iterable<conformance.multiapi_v3.models.ModelThree> items) {
    List<String> names = new ArrayList<>();
    items.forEach(m -> names.add(m.getOptionalProperty()));
    return names;
  }
}
