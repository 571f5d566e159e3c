package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.custom_baseurl_paging.AutoRestParameterizedHostTestPagingClient;
import conformance.paging.AutoRestPagingTestServiceClient;
import conformance.paging.PagingClient;
import conformance.paging.models.BodyParam;
import conformance.paging.models.CustomParameterGroup;
import conformance.paging.models.PagingGetMultiplePagesWithOffsetOptions;
import conformance.paging.models.Product;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.PagedIterable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * paging.json and custom-baseUrl-paging.json: single and multiple pages, item and next-link names,
 * next pages through another operation or a partial link, retries and failures on any page.
 */
class PagingTest {
  private static final PagingClient PAGING =
      AutoRestPagingTestServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build()
          .paging();

  private static List<Integer> ids(PagedIterable<Product> items) {
    return items.stream().map(p -> p.getProperties().getId()).collect(Collectors.toList());
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
  }

  @Test
  void singlePages() {
    assertEquals(List.of(1), ids(PAGING.getNoItemNamePages()));
    assertEquals(List.of(1), ids(PAGING.getNullNextLinkNamePages()));
    assertEquals(List.of(1), ids(PAGING.getEmptyNextLinkNamePages()));
    assertEquals(List.of(1), ids(PAGING.getSinglePages()));
    assertEquals(
        List.of(1), ids(PAGING.getSinglePagesWithBodyParams(new BodyParam().setName("body"))));
    assertEquals(List.of(1), ids(PAGING.getPagingModelWithItemNameWithXMSClientName()));
  }

  @Test
  void anEmptyFirstPageIsNotTheEnd() {
    assertEquals(List.of(1), ids(PAGING.firstResponseEmpty()));
  }

  @Test
  void anOmittedMaxPageSizeIsNotSent() {
    assertEquals(List.of(), ids(PAGING.pageWithMaxPageSize()));
  }

  @Test
  void multiplePages() {
    assertEquals(range(1, 10), ids(PAGING.getMultiplePages()));
    assertEquals(range(1, 10), ids(PAGING.getOdataMultiplePages()));
    List<Integer> withOffset = new java.util.ArrayList<>(List.of(1));
    withOffset.addAll(range(102, 110));
    assertEquals(
        withOffset, ids(PAGING.getMultiplePagesWithOffset(
                new PagingGetMultiplePagesWithOffsetOptions().setOffset(100))), "pages 2 on add the offset");
    assertEquals(List.of(1), ids(PAGING.duplicateParams("foo")), "page 2 is empty");
  }

  @Test
  void nextPagesThroughAnotherOperation() {
    assertEquals(List.of(1, 2), ids(PAGING.getWithQueryParams(100)));
    assertEquals(range(1, 10), ids(PAGING.getMultiplePagesFragmentNextLink("1.6", "test_user")));
    assertEquals(
        range(1, 10), ids(PAGING.getMultiplePagesFragmentWithGroupingNextLink(
                    new CustomParameterGroup().setApiVersion("1.6").setTenant("test_user"))));
  }

  @Test
  void nextLinksKeepTheApiVersion() {
    assertEquals(List.of(1), ids(PAGING.appendApiVersion()));
    assertEquals(List.of(1), ids(PAGING.replaceApiVersion()));
  }

  @Test
  void failedPagesAreRetried() {
    assertEquals(range(1, 10), ids(PAGING.getMultiplePagesRetryFirst()));
    List<Integer> second = new java.util.ArrayList<>(List.of(1, 1));
    second.addAll(range(3, 10));
    assertEquals(second, ids(PAGING.getMultiplePagesRetrySecond()), "page 2 repeats item 1");
  }

  @Test
  void failures() {
    assertEquals(
        400,
        assertThrows(ApiException.class, () -> ids(PAGING.getSinglePagesFailure())).statusCode());
    assertEquals(
        400,
        assertThrows(ApiException.class, () -> ids(PAGING.getMultiplePagesFailure())).statusCode());
    // the next link "*&*#&$" is a path on the endpoint that does not exist
    assertEquals(
        404,
        assertThrows(ApiException.class, () -> ids(PAGING.getMultiplePagesFailureUri()))
            .statusCode());
  }

  @Test
  void partialNextLinksOnACustomHost() {
    var paging =
        AutoRestParameterizedHostTestPagingClient.builder()
            .accountName("local")
            .host("host:" + TestServer.port())
            .configure(TestServer::fast)
            .build()
            .paging();
    assertEquals(
        List.of(1, 2),
        paging.getPagesPartialUrl().stream().map(p -> p.getProperties().getId()).toList());
    assertEquals(
        List.of(1, 2),
        paging.getPagesPartialUrlOperation().stream().map(p -> p.getProperties().getId()).toList());
  }
}
