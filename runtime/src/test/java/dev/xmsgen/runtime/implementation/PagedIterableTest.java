package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.Page;
import dev.xmsgen.runtime.PagedIterable;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.UntrustedUrlException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagedIterableTest {
  private static final String LIST = "/subscriptions/sub-1/vaults";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpPipeline pipeline() {
    return HttpPipeline.of(
        new ClientOptions()
        .endpoint(server.base())
        .credential(TokenCredential.of("token-123"))
        .scopes(List.of("scope"))
        .sleeper(new RecordingSleeper()));
  }

  private static Request list(HttpPipeline p) {
    return p.request("GET", LIST).query("api-version", "2021-06-01").query("$top", 2).build();
  }

  /** Three pages: absolute next link, relative next link, then none. */
  private void threePages() {
    server.on(
        "GET",
        LIST,
        r -> {
          if (!r.uri.contains("skip")) {
            return Reply.json(
                200,
                "{\"value\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"nextLink\":\""
                    + server.base()
                    + LIST
                    + "?api-version=2021-06-01&skip=2\"}");
          }
          if (r.uri.contains("skip=2")) {
            return Reply.json(
                200,
                "{\"value\":[{\"name\":\"c\"}],"
                    + "\"nextLink\":\""
                    + LIST
                    + "?api-version=2021-06-01&skip=3\"}");
          }
          return Reply.json(200, "{\"value\":[{\"name\":\"d\"}],\"nextLink\":null}");
        });
  }

  static final class Named {
    public String name;
  }

  @Test
  void nextLinksKeepTheFirstRequestsApiVersion() {
    server.on(
        "GET",
        LIST,
        r -> {
          if (r.uri.contains("page=2")) {
            return Reply.json(
                200, "{\"value\":[{\"name\":\"b\"}],\"nextLink\":\"" + LIST + "?page=3\"}");
          }
          if (r.uri.contains("page=3")) {
            return Reply.json(200, "{\"value\":[{\"name\":\"c\"}]}");
          }
          return Reply.json(
              200,
              "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\""
                  + LIST
                  + "?Api-Version=old&page=2&t=1%2F1\"}");
        });
    HttpPipeline p = pipeline();

    List<String> names = new ArrayList<>();
    p.paged(list(p), "value", "nextLink", BodyType.of(Named.class)).forEach(v -> names.add(v.name));

    assertEquals(List.of("a", "b", "c"), names);
    List<String> uris = server.requests().stream().map(r -> r.uri).collect(Collectors.toList());
    assertEquals(LIST + "?api-version=2021-06-01&page=2&t=1%2F1", uris.get(1), "replaced");
    assertEquals(LIST + "?page=3&api-version=2021-06-01", uris.get(2), "added");
  }

  /** Page 1 holds "a" and links to {@code LIST?page=2}, which holds "b"; read by a 3.0.0 client. */
  private HttpPipeline twoPagesForAClientOfVersion3() {
    server.on(
        "GET",
        LIST,
        r ->
            r.uri.contains("page=2")
                ? Reply.json(200, "{\"value\":[{\"name\":\"b\"}]}")
                : Reply.json(
                    200, "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"" + LIST + "?page=2\"}"));
    return HttpPipeline.of(new ClientOptions().endpoint(server.base()), "3.0.0");
  }

  private List<String> names(HttpPipeline p, Request first) {
    List<String> names = new ArrayList<>();
    p.paged(first, "value", "nextLink", BodyType.of(Named.class)).forEach(v -> names.add(v.name));
    return names;
  }

  @Test
  void withoutApiVersionOnTheFirstRequestNextLinksGetTheClients() {
    HttpPipeline p = twoPagesForAClientOfVersion3();

    assertEquals(List.of("a", "b"), names(p, p.request("GET", LIST).build()));
    List<String> uris = server.requests().stream().map(r -> r.uri).collect(Collectors.toList());
    assertEquals(List.of(LIST, LIST + "?page=2&api-version=3.0.0"), uris);
  }

  @Test
  void theFirstRequestsApiVersionWinsOverTheClients() {
    HttpPipeline p = twoPagesForAClientOfVersion3();

    assertEquals(List.of("a", "b"), names(p, list(p)));
    assertEquals(LIST + "?page=2&api-version=2021-06-01", server.requests().get(1).uri);
  }

  @Test
  void followsNextLinksAcrossThreePages() {
    threePages();
    HttpPipeline p = pipeline();

    PagedIterable<Named> items = p.paged(list(p), "value", "nextLink", BodyType.of(Named.class));

    assertEquals(
        List.of("a", "b", "c", "d"), items.stream().map(n -> n.name).collect(Collectors.toList()));
    List<Recorded> sent = server.requests();
    assertEquals(3, sent.size());
    assertEquals(LIST + "?api-version=2021-06-01&%24top=2", sent.get(0).uri);
    assertEquals(LIST + "?api-version=2021-06-01&skip=2", sent.get(1).uri);
    assertEquals(LIST + "?api-version=2021-06-01&skip=3", sent.get(2).uri);
    for (Recorded r : sent) {
      assertEquals("Bearer token-123", r.header("Authorization"));
    }
  }

  @Test
  void fetchesPagesOnlyAsIterationReachesThem() {
    threePages();
    HttpPipeline p = pipeline();
    PagedIterable<Named> items = p.paged(list(p), "value", "nextLink", BodyType.of(Named.class));
    assertEquals(0, server.requests().size());

    Iterator<Named> it = items.iterator();
    it.next();
    it.next();
    assertEquals(1, server.requests().size());
    it.next();
    assertEquals(2, server.requests().size());
  }

  @Test
  void byPageGivesEachPageWithItsNextLinkAndResumes() {
    threePages();
    HttpPipeline p = pipeline();
    PagedIterable<Named> items = p.paged(list(p), "value", "nextLink", BodyType.of(Named.class));

    List<Page<Named>> pages = new ArrayList<>();
    items.byPage().forEach(pages::add);
    List<Page<Named>> resumed = new ArrayList<>();
    items.byPage(pages.get(0).nextLink()).forEach(resumed::add);

    assertEquals(3, pages.size());
    assertEquals(2, pages.get(0).items().size());
    assertEquals(200, pages.get(0).statusCode());
    assertNull(pages.get(2).nextLink());
    assertEquals(2, resumed.size());
    assertEquals("c", resumed.get(0).items().get(0).name);
  }

  @Test
  void withoutNextLinkNameThereIsOnePage() {
    server.on(
        "GET", LIST, Reply.json(200, "{\"items\":[{\"name\":\"a\"}],\"nextLink\":\"/ignored\"}"));
    HttpPipeline p = pipeline();

    List<String> names =
        p.paged(list(p), "items", null, BodyType.of(Named.class)).stream()
            .map(n -> n.name)
            .collect(Collectors.toList());

    assertEquals(List.of("a"), names);
    assertEquals(1, server.requests().size());
  }

  @Test
  void nextPagesThroughTheNextOperation() {
    server.on("GET", LIST, Reply.json(200, "{\"value\":[\"a\"],\"next\":\"page-2-token\"}"));
    server.on("POST", "/next", Reply.json(200, "{\"value\":[\"b\"]}"));
    HttpPipeline p = pipeline();

    List<String> all =
        p
            .paged(
                list(p),
                "value",
                "next",
                BodyType.of(String.class),
                link -> p.request("POST", "/next").query("token", link).build())
            .stream()
            .collect(Collectors.toList());

    assertEquals(List.of("a", "b"), all);
    assertEquals("/next?token=page-2-token", server.requests().get(1).uri);
  }

  @Test
  void aNextLinkToAnotherHostIsRefusedAndNothingReachesIt() {
    try (TestServer other = TestServer.startAsLocalhost()) {
      other.on("GET", LIST, Reply.json(200, "{\"value\":[{\"name\":\"stolen\"}]}"));
      server.on(
          "GET",
          LIST,
          Reply.json(
              200,
              "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"" + other.base() + LIST + "?p=2\"}"));
      HttpPipeline p = pipeline();
      Iterator<Named> it =
          p.paged(list(p), "value", "nextLink", BodyType.of(Named.class)).iterator();

      assertEquals("a", it.next().name);
      UntrustedUrlException e = assertThrows(UntrustedUrlException.class, it::hasNext);

      assertTrue(e.getMessage().contains(other.base()), e.getMessage());
      assertEquals(List.of(), other.requests());
    }
  }

  @Test
  void pagesCanBeFetchedWithoutBlocking() {
    threePages();
    HttpPipeline p = pipeline();
    PagedIterable<Named> items = p.paged(list(p), "value", "nextLink", BodyType.of(Named.class));

    Page<Named> first = items.firstPageAsync().join();
    Page<Named> second = items.pageAsync(first.nextLink()).join();

    assertEquals("a", first.items().get(0).name);
    assertEquals("c", second.items().get(0).name);
  }

  @Test
  void anErrorOnALaterPageSurfacesAsApiException() {
    server.on(
        "GET", LIST, Reply.json(200, "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"/broken\"}"));
    HttpPipeline p = pipeline();

    ApiException e =
        assertThrows(
            ApiException.class,
            () -> p.paged(list(p), "value", "nextLink", BodyType.of(Named.class)).stream().count());

    assertEquals(404, e.statusCode());
    assertEquals("NoRoute", e.errorCode());
  }
}
