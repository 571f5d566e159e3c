package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.HttpPipelineTest.Vault;
import dev.xmsgen.runtime.implementation.PagedIterableTest.Named;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No wait a server asks for outlasts the retry options' maximum delay, and a next link that loops
 * ends the iteration: against a real local server and the real sleeper.
 */
class BoundedWaitsTest {
  private static final String VAULT = "/vaults/v1";
  private static final String LIST = "/vaults";
  /** Generous: the waits are capped at 300 ms, the machine may be loaded. */
  private static final long BOUND_MILLIS = 10_000;

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpPipeline pipeline() {
    return HttpPipeline.of(
        new ClientOptions()
            .endpoint(server.base())
            .retryOptions(RetryOptions.defaults().withMaxDelay(Duration.ofMillis(300))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3600", "1e300", "Fri, 31 Dec 9999 23:59:59 GMT"})
  void aRetryAfterOfAnySizeWaitsAtMostTheMaximumDelay(String retryAfter) {
    server.on(
        "GET", VAULT, Reply.status(503).header("Retry-After", retryAfter), Reply.json(200, "{}"));
    HttpPipeline p = pipeline();
    long start = System.nanoTime();

    p.send(p.request("GET", VAULT).expect(200).build(), BodyType.of(Vault.class));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(2, server.requests().size());
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
  }

  @Test
  void aHugeMillisecondRetryAfterWaitsAtMostTheMaximumDelay() {
    server.on(
        "GET",
        VAULT,
        Reply.status(429).header("x-ms-retry-after-ms", "99999999999999999999"),
        Reply.json(200, "{}"));
    HttpPipeline p = pipeline();
    long start = System.nanoTime();

    p.send(p.request("GET", VAULT).expect(200).build(), BodyType.of(Vault.class));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
  }

  @Test
  void aSelfPointingNextLinkEndsTheIterationWithAClearError() {
    server.on(
        "GET",
        LIST,
        r ->
            Reply.json(
                200, "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"" + LIST + "?page=2\"}"));
    HttpPipeline p = pipeline();
    List<String> names = new ArrayList<>();
    long start = System.nanoTime();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                p.paged(
                        p.request("GET", LIST).expect(200).build(),
                        "value",
                        "nextLink",
                        BodyType.of(Named.class))
                    .forEach(v -> names.add(v.name)));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(e.getMessage().contains("already followed"), e.getMessage());
    assertEquals(List.of("a"), names);
    assertEquals(2, server.requests().size());
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
  }

  @Test
  void aNextLinkBackToAnEarlierPageEndsTheIteration() {
    server.on(
        "GET",
        LIST,
        r -> {
          String next = r.uri.contains("page=2") ? "?page=3" : "?page=2";
          return Reply.json(
              200, "{\"value\":[{\"name\":\"x\"}],\"nextLink\":\"" + LIST + next + "\"}");
        });
    HttpPipeline p = pipeline();

    assertThrows(
        IllegalStateException.class,
        () ->
            p.paged(
                    p.request("GET", LIST).expect(200).build(),
                    "value",
                    "nextLink",
                    BodyType.of(Named.class))
                .forEach(v -> {}));

    assertEquals(3, server.requests().size());
  }
}
