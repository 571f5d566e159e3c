package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.NoResponseException;
import dev.xmsgen.runtime.RequestOptions;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One call's options reach every attempt it sends to a real local server, and bound it. */
class RequestOptionsTest {
  private static final String VAULT = "/vaults/v1";
  /** Generous, for a loaded machine. */
  private static final long BOUND_MILLIS = 10_000;

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpPipeline pipeline() {
    return CancellationTest.quicklyRetrying(server);
  }

  @Test
  void headersAndClientRequestIdGoOnEveryAttempt() {
    server.on("GET", VAULT, Reply.status(503));
    HttpPipeline p = HttpPipeline.of(
        new ClientOptions()
            .endpoint(server.base())
            .retryOptions(RetryOptions.defaults().withMaxRetries(1)
                .withBaseDelay(Duration.ofMillis(10))));
    RequestOptions options =
        new RequestOptions().header("x-trace", "t1").header("Accept", "text/plain")
            .clientRequestId("id-42");

    assertThrows(
        RuntimeException.class,
        () -> p.send(p.request("GET", VAULT).options(options).expect(200).build()));

    List<Recorded> seen = server.requests();
    assertEquals(2, seen.size());
    for (Recorded r : seen) {
      assertEquals("t1", r.header("x-trace"));
      assertEquals("text/plain", r.header("accept"));
      assertEquals("id-42", r.header("x-ms-client-request-id"));
    }
  }

  @Test
  void theCallTimeoutCoversRetriesAndStopsSending() throws InterruptedException {
    server.on("GET", VAULT, Reply.status(503));
    HttpPipeline p = pipeline();
    long start = System.nanoTime();

    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                p.send(
                    p.request("GET", VAULT)
                        .options(new RequestOptions().timeout(Duration.ofMillis(800)))
                        .expect(200)
                        .build()));

    long millis = (System.nanoTime() - start) / 1_000_000;
    // cut in flight, or ended with the last 503 when the next wait would pass the limit
    boolean timedOut =
        e instanceof NoResponseException && e.getCause() instanceof HttpTimeoutException;
    boolean lastAnswer = e instanceof ApiException && ((ApiException) e).statusCode() == 503;
    assertTrue(timedOut || lastAnswer, String.valueOf(e));
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
    assertTrue(server.requests().size() > 1, "retried within the limit");
    int atTimeout = server.requests().size();
    Thread.sleep(600);
    assertEquals(atTimeout, server.requests().size());
  }

  @Test
  void theCancelSignalEndsTheCall() throws InterruptedException {
    server.on("GET", VAULT, Reply.status(503));
    HttpPipeline p = pipeline();
    CompletableFuture<Void> signal = new CompletableFuture<>();
    CompletableFuture<?> call =
        p.sendAsync(
            p.request("GET", VAULT).options(new RequestOptions().cancelWhen(signal)).build(),
            BodyType.none());
    Thread.sleep(300);

    signal.complete(null);

    assertThrows(CancellationException.class, () -> Futures.await(call));
    int atCancel = server.requests().size();
    Thread.sleep(600);
    assertTrue(server.requests().size() <= atCancel + 1, "sent after cancel");
  }

  @Test
  void anOmittedHeaderIsNotSentEvenWhenTheClientWouldAddIt() {
    server.on("GET", VAULT, Reply.status(200));
    HttpPipeline p = pipeline();

    p.send(
        p.request("GET", VAULT)
            .header("x-operation", "set by the spec")
            .options(
                new RequestOptions()
                    .omitHeader("X-MS-Client-Request-Id")
                    .omitHeader("x-operation"))
            .expect(200)
            .build());

    Recorded sent = server.requests().get(0);
    assertNull(sent.header("x-ms-client-request-id"));
    assertNull(sent.header("x-operation"));
    assertNotNull(sent.header("user-agent"), "other headers stay");
  }

  @Test
  void theOptionsReachEveryPageAndEveryPoll() {
    server.on(
        "GET",
        "/vaults",
        Reply.json(200, "{\"value\":[1],\"nextLink\":\"" + server.base() + "/vaults2\"}"));
    server.on("GET", "/vaults2", Reply.json(200, "{\"value\":[2]}"));
    server.on(
        "PUT",
        VAULT,
        Reply.json(201, "{\"properties\":{\"provisioningState\":\"Creating\"}}")
            .header("Azure-AsyncOperation", server.base() + "/operations/1"));
    server.on("GET", "/operations/1", Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", VAULT, Reply.json(200, "{}"));
    HttpPipeline p = pipeline();
    RequestOptions options = new RequestOptions().header("x-trace", "t7").clientRequestId("id-7");

    List<Integer> items = new ArrayList<>();
    p.paged(
            p.request("GET", "/vaults").options(options).expect(200).build(),
            "value",
            "nextLink",
            BodyType.of(Integer.class))
        .forEach(items::add);
    p.beginLongRunning(
            p.request("PUT", VAULT).body("{}").options(options).expect(200, 201).build(),
            BodyType.none(),
            null)
        .getFinalResult();

    assertEquals(List.of(1, 2), items);
    List<Recorded> seen = server.requests();
    assertTrue(seen.size() >= 4, String.valueOf(seen));
    for (Recorded r : seen) {
      assertEquals("t7", r.header("x-trace"), r.toString());
      assertEquals("id-7", r.header("x-ms-client-request-id"), r.toString());
    }
  }
}
