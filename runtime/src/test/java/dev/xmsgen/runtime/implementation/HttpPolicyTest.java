package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.NoResponseException;
import dev.xmsgen.runtime.HttpPolicy;
import dev.xmsgen.runtime.OutgoingRequest;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.implementation.HttpPipelineTest.Vault;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Policies added to the options run where their position says, against a real local server: per
 * attempt around each send, with the token; per call once, around the retries.
 */
class HttpPolicyTest {
  private static final String VAULT = "/vaults/v1";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions options() {
    return new ClientOptions()
        .endpoint(server.base())
        .credential(TokenCredential.of("token-123"))
        .scopes(List.of("scope/.default"))
        .retryOptions(
            RetryOptions.defaults().withMaxRetries(3).withBaseDelay(Duration.ofMillis(10)));
  }

  private static HttpPolicy perAttempt(HttpPolicy policy) {
    return new HttpPolicy() {
      @Override
      public CompletableFuture<Response<byte[]>> process(OutgoingRequest request, Next next) {
        return policy.process(request, next);
      }

      @Override
      public Position position() {
        return Position.PER_ATTEMPT;
      }
    };
  }

  @Test
  void aPerAttemptPolicySeesEveryAttemptWithItsTokenAndItsHeaderReachesTheServer() {
    server.on(
        "GET",
        VAULT,
        Reply.status(503),
        Reply.status(503),
        Reply.json(200, "{\"name\":\"v1\"}"));
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpPipeline p =
        HttpPipeline.of(
            options()
                .addPolicy(
                    perAttempt(
                        (request, next) -> {
                          seen.add(request.attempt() + " " + request.header("authorization").get());
                          request.setHeader("x-attempt", String.valueOf(request.attempt()));
                          return next.send(request)
                              .thenApply(
                                  r -> {
                                    seen.add("status " + r.statusCode());
                                    return r;
                                  });
                        })));

    Vault v = p.send(p.request("GET", VAULT).expect(200).build(), BodyType.of(Vault.class)).value();

    assertEquals("v1", v.name);
    assertEquals(
        List.of(
            "0 Bearer token-123",
            "status 503",
            "1 Bearer token-123",
            "status 503",
            "2 Bearer token-123",
            "status 200"),
        seen);
    assertEquals(
        List.of("0", "1", "2"),
        server.requests().stream().map(r -> r.header("x-attempt")).collect(Collectors.toList()));
  }

  @Test
  void aPerCallPolicyRunsOnceAroundTheRetriesWithoutTheTokenAndSeesTheFinalStatus() {
    server.on("GET", VAULT, Reply.status(503), Reply.status(404));
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpPipeline p =
        HttpPipeline.of(
            options()
                .addPolicy(
                    (request, next) -> {
                      seen.add(
                          request.method()
                              + " "
                              + request.header("authorization").orElse("no token")
                              + " "
                              + request.header("x-ms-client-request-id").isPresent());
                      request.setHeader("x-correlation", "c-1");
                      return next.send(request)
                          .thenApply(
                              r -> {
                                seen.add("final " + r.statusCode());
                                return r;
                              });
                    }));

    ApiException e =
        assertThrows(ApiException.class, () -> p.send(p.request("GET", VAULT).expect(200).build()));

    assertEquals(404, e.statusCode());
    assertEquals(List.of("GET no token true", "final 404"), seen);
    List<Recorded> requests = server.requests();
    assertEquals(2, requests.size());
    requests.forEach(r -> assertEquals("c-1", r.header("x-correlation")));
  }

  @Test
  void policiesRunInTheOrderAddedAndOneMayAnswerWithoutSending() {
    List<String> order = new CopyOnWriteArrayList<>();
    Response<byte[]> cached =
        new Response<>(
            200,
            HttpHeaders.of(Map.of("content-type", List.of("application/json")), (a, b) -> true),
            "{\"name\":\"cached\"}".getBytes(StandardCharsets.UTF_8));
    HttpPipeline p =
        HttpPipeline.of(
            options()
                .addPolicy(
                    (request, next) -> {
                      order.add("first");
                      return next.send(request);
                    })
                .addPolicy(
                    (request, next) -> {
                      order.add("second");
                      return CompletableFuture.completedFuture(cached);
                    }));

    Vault v = p.send(p.request("GET", VAULT).expect(200).build(), BodyType.of(Vault.class)).value();

    assertEquals("cached", v.name);
    assertEquals(List.of("first", "second"), order);
    assertEquals(0, server.requests().size());
  }

  @Test
  void aPolicyThatThrowsFailsTheCallWithItsExceptionAndNothingIsSent() {
    IllegalStateException thrown = new IllegalStateException("no tenant configured");
    HttpPipeline p =
        HttpPipeline.of(
            options()
                .addPolicy(
                    perAttempt(
                        (request, next) -> {
                          throw thrown;
                        })));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> p.send(p.request("GET", VAULT).expect(200).build()));

    assertSame(thrown, e);
    assertEquals(0, server.requests().size());
  }

  @Test
  void aConnectionFailureReachesAPerAttemptPolicyAsAFailedFutureAndIsStillRetried() {
    TestServer closed = TestServer.start();
    String base = closed.base();
    closed.close();
    List<String> failures = new CopyOnWriteArrayList<>();
    HttpPipeline p =
        HttpPipeline.of(
            options()
                .endpoint(base)
                .credential(null)
                .addPolicy(
                    perAttempt(
                        (request, next) ->
                            next.send(request)
                                .whenComplete(
                                    (r, failure) ->
                                        failures.add(
                                            Futures.unwrap(failure) instanceof java.io.IOException
                                                ? "IOException"
                                                : String.valueOf(failure))))));

    assertThrows(
        NoResponseException.class,
        () -> p.send(p.request("GET", VAULT).expect(200).build()));

    assertEquals(List.of("IOException", "IOException", "IOException", "IOException"), failures);
  }
}
