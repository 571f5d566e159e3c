package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.RequestOptions;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
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

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                p.send(
                    p.request("GET", VAULT)
                        .options(new RequestOptions().timeout(Duration.ofMillis(800)))
                        .expect(200)
                        .build()));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(e.getCause() instanceof HttpTimeoutException, String.valueOf(e.getCause()));
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
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
}
