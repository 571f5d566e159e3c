package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a call, or interrupting the thread that waits on it, stops the work: after the cancel
 * the real local server sees at most the one request that was in flight.
 */
class CancellationTest {
  private static final String VAULT = "/vaults/v1";
  private static final String OPERATION = "/operations/op1";
  /** Generous, for a loaded machine; the waits under test are far shorter. */
  private static final long BOUND_MILLIS = 20_000;
  /** How long the test watches the server after a cancel for requests that should not come. */
  private static final long QUIET_MILLIS = 1_500;

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpPipeline pipeline() {
    return quicklyRetrying(server);
  }

  /** A pipeline to {@code server} that retries up to 50 times, 100 to 200 ms apart. */
  static HttpPipeline quicklyRetrying(TestServer server) {
    return HttpPipeline.of(
        new ClientOptions()
            .endpoint(server.base())
            .pollInterval(Duration.ofMillis(100))
            .retryOptions(
                RetryOptions.defaults()
                    .withMaxRetries(50)
                    .withBaseDelay(Duration.ofMillis(100))
                    .withMaxDelay(Duration.ofMillis(200))));
  }

  private void awaitRequests(int n) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND_MILLIS * 1_000_000;
    while (server.requests().size() < n) {
      assertTrue(System.nanoTime() < deadline, "the server saw " + server.requests().size());
      Thread.sleep(10);
    }
  }

  /** The requests the server saw {@link #QUIET_MILLIS} after {@code atCancel} were counted. */
  private void assertAtMostOneMoreThan(int atCancel) throws InterruptedException {
    Thread.sleep(QUIET_MILLIS);
    int after = server.requests().size();
    assertTrue(after <= atCancel + 1, atCancel + " requests at the cancel, " + after + " later");
  }

  @Test
  void cancellingTheFutureStopsRetries() throws Exception {
    server.on("GET", VAULT, Reply.status(503));
    HttpPipeline p = pipeline();
    CompletableFuture<?> call = p.sendAsync(p.request("GET", VAULT).expect(200).build());
    awaitRequests(2);

    assertTrue(call.cancel(true));
    int atCancel = server.requests().size();

    assertThrows(CancellationException.class, call::join);
    assertAtMostOneMoreThan(atCancel);
  }

  @Test
  void interruptingASyncCallStopsRetriesAndKeepsTheInterruptFlag() throws Exception {
    server.on("GET", VAULT, Reply.status(503));
    HttpPipeline p = pipeline();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                p.send(p.request("GET", VAULT).expect(200).build());
              } catch (RuntimeException e) {
                thrown.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    awaitRequests(2);

    caller.interrupt();
    int atCancel = server.requests().size();
    caller.join(BOUND_MILLIS);

    assertFalse(caller.isAlive());
    assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
    assertTrue(flagKept.get());
    assertAtMostOneMoreThan(atCancel);
  }

  private Poller<Void> neverEndingOperation(HttpPipeline p) {
    server.on("PUT", VAULT, Reply.status(202).header("Azure-AsyncOperation", OPERATION));
    server.on("GET", OPERATION, Reply.json(200, "{\"status\":\"InProgress\"}"));
    return p.beginLongRunning(
        p.request("PUT", VAULT).expect(200, 201, 202).build(), BodyType.none(), null);
  }

  @Test
  void cancellingTheWaitStopsPolling() throws Exception {
    HttpPipeline p = pipeline();
    Poller<Void> poller = neverEndingOperation(p);
    CompletableFuture<OperationStatus> wait = poller.waitForCompletionAsync();
    awaitRequests(3);

    assertTrue(wait.cancel(true));
    int atCancel = server.requests().size();

    assertThrows(CancellationException.class, wait::join);
    assertAtMostOneMoreThan(atCancel);
  }

  @Test
  void aBoundedWaitReturnsTheLastStatusAndStopsPolling() throws Exception {
    HttpPipeline p = pipeline();
    Poller<Void> poller = neverEndingOperation(p);
    long start = System.nanoTime();

    OperationStatus status = poller.waitForCompletion(Duration.ofMillis(800));

    long millis = (System.nanoTime() - start) / 1_000_000;
    int atReturn = server.requests().size();
    assertEquals(OperationStatus.IN_PROGRESS, status);
    assertTrue(atReturn >= 2, "polled " + (atReturn - 1) + " times");
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
    assertAtMostOneMoreThan(atReturn);
  }

  @Test
  void aBoundedFinalResultFailsClearlyWhenTheOperationDoesNotEndInTime() throws Exception {
    HttpPipeline p = pipeline();
    Poller<Void> poller = neverEndingOperation(p);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> poller.getFinalResult(Duration.ofMillis(500)));

    assertTrue(e.getMessage().contains("did not finish within PT0.5S"), e.getMessage());
    assertAtMostOneMoreThan(server.requests().size());
  }

  @Test
  void cancellingAPageStopsItsRetries() throws Exception {
    server.on("GET", "/vaults", Reply.status(503));
    HttpPipeline p = pipeline();
    CompletableFuture<?> page =
        p.paged(p.request("GET", "/vaults").expect(200).build(), "value", "nextLink",
                BodyType.of(PagedIterableTest.Named.class))
            .firstPageAsync();
    awaitRequests(2);

    assertTrue(page.cancel(true));
    int atCancel = server.requests().size();

    assertThrows(CancellationException.class, page::join);
    assertAtMostOneMoreThan(atCancel);
  }
}
