package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.NoResponseException;
import dev.xmsgen.runtime.RequestOptions;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.HttpPipelineTest.Vault;
import dev.xmsgen.runtime.implementation.PagedIterableTest.Named;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No wait a server asks for outlasts the retry options' maximum delay, and a next link that loops
 * ends the iteration, and a body that drips fails within the response timeout: against real local
 * servers and the real sleeper.
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

  /**
   * A raw socket server that answers every connection with headers at once and then one byte of a
   * 100-byte body every 2 s, or (silent) reads the request and never answers; counts connections.
   */
  private static final class DrippingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;
    private final boolean silent;

    DrippingServer() throws IOException {
      this(false);
    }

    DrippingServer(boolean silent) throws IOException {
      this.silent = silent;
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = new Thread(this::accept, "dripping-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String base() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          connections.incrementAndGet();
          Thread drip = new Thread(() -> drip(s, silent));
          drip.setDaemon(true);
          drip.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private static void drip(Socket s, boolean silent) {
      try (s) {
        if (silent) {
          s.getInputStream().transferTo(OutputStream.nullOutputStream());
          return;
        }
        OutputStream out = s.getOutputStream();
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 100; i++) {
          out.write(' ');
          out.flush();
          Thread.sleep(2_000);
        }
      } catch (IOException | InterruptedException e) {
        // the client went away, as it should
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** A GET through {@code p} that fails with a timeout well within the bound. */
  private static NoResponseException timesOut(HttpPipeline p) {
    long start = System.nanoTime();
    NoResponseException e =
        assertThrows(
            NoResponseException.class,
            () -> p.send(p.request("GET", VAULT).expect(200).build(), BodyType.of(Vault.class)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(e.isTimeout(), String.valueOf(e.getCause()));
    assertTrue(millis < BOUND_MILLIS, "took " + millis + " ms");
    return e;
  }

  @Test
  void aDrippingBodyFailsWithinTheResponseTimeout() throws IOException {
    try (DrippingServer dripping = new DrippingServer()) {
      timesOut(
          HttpPipeline.of(
              new ClientOptions()
                  .endpoint(dripping.base())
                  .responseTimeout(Duration.ofSeconds(1))
                  .retryOptions(RetryOptions.none())));

      assertEquals(1, dripping.connections.get());
    }
  }

  @Test
  void aSilentServerFailsTheCallWhenTheCallTimeoutIsUpWithoutAnotherAttempt() throws IOException {
    try (DrippingServer silent = new DrippingServer(true)) {
      // the default response timeout (20 s) and retries: only the call's limit can end this
      NoResponseException e =
          timesOut(
              HttpPipeline.of(
                  new ClientOptions().endpoint(silent.base()).callTimeout(Duration.ofSeconds(1))));

      assertTrue(e.getMessage().contains("did not complete within PT1S"), e.getMessage());
      assertEquals(1, silent.connections.get());
    }
  }

  @Test
  void aRetryWhoseWaitWouldOutlastTheCallIsNotStartedAndTheCallerGetsTheAnswerAtOnce() {
    server.on("GET", VAULT, Reply.status(429).header("Retry-After", "20"), Reply.json(200, "{}"));
    HttpPipeline p =
        HttpPipeline.of(
            new ClientOptions()
                .endpoint(server.base())
                .callTimeout(Duration.ofSeconds(5))
                .retryOptions(RetryOptions.defaults()));
    long start = System.nanoTime();

    ApiException e =
        assertThrows(ApiException.class, () -> p.send(p.request("GET", VAULT).expect(200).build()));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(429, e.statusCode());
    assertEquals("20", e.headers().firstValue("retry-after").orElse(null));
    assertTrue(millis < 4_000, "took " + millis + " ms");
    assertEquals(1, server.requests().size());
  }

  @Test
  void byDefaultACallIsBoundedAndAPerCallLimitReplacesTheClientsOne() throws IOException {
    assertEquals(Duration.ofSeconds(30), new ClientOptions().callTimeout());
    server.on(
        "GET",
        VAULT,
        r -> {
          try {
            Thread.sleep(1_500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Reply.json(200, "{\"name\":\"v1\"}");
        });
    HttpPipeline p =
        HttpPipeline.of(
            new ClientOptions()
                .endpoint(server.base())
                .callTimeout(Duration.ofMillis(500))
                .retryOptions(RetryOptions.none()));

    Vault v =
        p.send(
            p.request("GET", VAULT)
                .expect(200)
                .options(new RequestOptions().timeout(Duration.ofSeconds(20)))
                .build(),
            BodyType.of(Vault.class)).value();

    assertEquals("v1", v.name);
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
