package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.AuthenticationException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How clients get, refresh and wait for tokens, against a real local server. */
class TokenRefreshTest {
  private static final String PATH = "/vaults/v1";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpPipeline pipeline(TokenCredential credential, Duration credentialTimeout) {
    return HttpPipeline.of(
        new ClientOptions()
            .endpoint(server.base())
            .credential(credential)
            .scopes(List.of("scope/.default"))
            .credentialTimeout(credentialTimeout)
            .sleeper(new RecordingSleeper()));
  }

  private static Request get(HttpPipeline p) {
    return p.request("GET", PATH).expect(200).build();
  }

  /** A credential that yields t1, t2, ... valid for an hour, and records the claims it was given. */
  private static final class Counting implements TokenCredential {
    final AtomicInteger calls = new AtomicInteger();
    final List<String> claims = Collections.synchronizedList(new ArrayList<>());

    @Override
    public AccessToken getToken(List<String> scopes) {
      return getToken(scopes, null);
    }

    @Override
    public AccessToken getToken(List<String> scopes, String claims) {
      this.claims.add(claims);
      return new AccessToken(
          "t" + calls.incrementAndGet(), Instant.now().plus(Duration.ofHours(1)));
    }
  }

  @Test
  void a401RefreshesTheTokenOnceAndRetriesWithTheNewOne() {
    server.on("GET", PATH, Reply.status(401), Reply.json(200, "{}"));
    Counting credential = new Counting();
    HttpPipeline p = pipeline(credential, Duration.ofSeconds(30));

    Response<Void> response = p.send(get(p));

    assertEquals(200, response.statusCode());
    assertEquals(2, credential.calls.get());
    List<Recorded> sent = server.requests(PATH);
    assertEquals("Bearer t1", sent.get(0).header("Authorization"));
    assertEquals("Bearer t2", sent.get(1).header("Authorization"));
  }

  @Test
  void a401ThatPersistsIsRefreshedOnlyOnceThenFails() {
    server.on("GET", PATH, Reply.status(401));
    Counting credential = new Counting();
    HttpPipeline p = pipeline(credential, Duration.ofSeconds(30));

    ApiException e = assertThrows(ApiException.class, () -> p.send(get(p)));

    assertEquals(401, e.statusCode());
    assertEquals(2, credential.calls.get());
    assertEquals(2, server.requests(PATH).size());
  }

  @Test
  void theClaimsChallengeOfA401ReachesTheCredential() {
    String claims = "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1726077595\"}}}";
    String encoded = Base64.getEncoder().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    server.on(
        "GET",
        PATH,
        Reply.status(401)
            .header(
                "WWW-Authenticate",
                "Bearer realm=\"\", authorization_uri=\"https://login.example/common\","
                    + " error=\"insufficient_claims\", claims=\""
                    + encoded
                    + "\""),
        Reply.json(200, "{}"));
    Counting credential = new Counting();
    HttpPipeline p = pipeline(credential, Duration.ofSeconds(30));

    p.send(get(p));

    assertEquals(2, credential.claims.size());
    assertNull(credential.claims.get(0));
    assertEquals(claims, credential.claims.get(1));
  }

  @Test
  void anAsyncCallWithASlowCredentialReturnsItsFutureAtOnce() throws Exception {
    server.on("GET", PATH, Reply.json(200, "{}"));
    CountDownLatch release = new CountDownLatch(1);
    TokenCredential slow =
        scopes -> {
          try {
            // a credential taking 1.5 s; released early once the caller has its future
            release.await(1500, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new AccessToken("slow", Instant.MAX);
        };
    HttpPipeline p = pipeline(slow, Duration.ofSeconds(30));

    CompletableFuture<Response<Void>> future = p.sendAsync(get(p));

    // the caller got its future before the credential answered
    assertFalse(future.isDone());
    assertEquals(List.of(), server.requests(PATH));
    release.countDown();
    assertEquals(200, future.get(30, TimeUnit.SECONDS).statusCode());
    assertEquals("Bearer slow", server.requests(PATH).get(0).header("Authorization"));
  }

  @Test
  void aHangingCredentialFailsTheCallWithinItsTimeoutAndNothingIsSent() {
    server.on("GET", PATH, Reply.json(200, "{}"));
    CountDownLatch never = new CountDownLatch(1);
    TokenCredential hanging =
        scopes -> {
          try {
            never.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new IllegalStateException("unreachable");
        };
    HttpPipeline p = pipeline(hanging, Duration.ofMillis(300));

    CompletableFuture<Response<Void>> future = p.sendAsync(get(p));
    // generous bound on a loaded machine: the 300 ms credential timeout ends it long before
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));

    AuthenticationException auth = assertInstanceOf(AuthenticationException.class, e.getCause());
    assertEquals(0, auth.statusCode());
    assertEquals("GET", auth.method());
    assertTrue(auth.getMessage().contains("300 ms"), auth.getMessage());
    assertEquals(List.of(), server.requests(PATH));
    never.countDown();
  }

  @Test
  void aFailingCredentialIsAnAuthenticationExceptionWithItsCause() {
    TokenCredential failing =
        scopes -> {
          throw new IllegalStateException("no sign-in found");
        };
    HttpPipeline p = pipeline(failing, Duration.ofSeconds(30));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> p.send(get(p)));

    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getMessage().contains("no sign-in found"), e.getMessage());
  }

  @Test
  void concurrentCallsShareOneRequestToTheCredential() throws Exception {
    server.on("GET", PATH, Reply.json(200, "{}"));
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    TokenCredential gated =
        scopes -> {
          calls.incrementAndGet();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new AccessToken("shared", Instant.MAX);
        };
    HttpPipeline p = pipeline(gated, Duration.ofSeconds(30));

    List<CompletableFuture<Response<Void>>> futures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      futures.add(p.sendAsync(get(p)));
    }
    release.countDown();
    for (CompletableFuture<Response<Void>> f : futures) {
      assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
    }

    assertEquals(1, calls.get());
  }
}
