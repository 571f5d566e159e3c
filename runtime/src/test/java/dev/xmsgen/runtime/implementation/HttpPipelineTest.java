package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.NoResponseException;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.UntrustedUrlException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpPipelineTest {
  private static final String VAULT = "/subscriptions/sub-1/resourceGroups/rg/vaults/v1";

  private final TestServer server = TestServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions pipeline() {
    return new ClientOptions()
        .endpoint(server.base())
        .credential(TokenCredential.of("token-123"))
        .scopes(List.of("https://management.azure.com/.default"))
        .userAgent("TestClient/2021-06-01")
        .sleeper(sleeper);
  }

  private static Request getVault(HttpPipeline p) {
    return p.request("GET", "/subscriptions/{sub}/resourceGroups/{rg}/vaults/{name}")
        .path("sub", "sub-1")
        .path("rg", "rg")
        .path("name", "v1")
        .query("api-version", "2021-06-01")
        .expect(200)
        .build();
  }

  /** The minimal body type the tests read. */
  static final class Vault {
    public String name;
    public String location;
  }

  /** A declared error model, as a generated client would pass it. */
  static final class CloudError {
    public Body error;

    static final class Body {
      public String code;
      public String message;
    }
  }

  @Test
  void sendsUserAgentRequestIdAcceptAndBearerToken() {
    server.on("GET", VAULT, Reply.json(200, "{\"name\":\"v1\",\"location\":\"westeurope\"}"));
    HttpPipeline p = HttpPipeline.of(pipeline().applicationId("my-app/1.0"));

    Response<Vault> response = p.send(getVault(p), BodyType.of(Vault.class));

    assertEquals(200, response.statusCode());
    assertEquals("westeurope", response.value().location);
    Recorded sent = server.requests().get(0);
    assertEquals(VAULT + "?api-version=2021-06-01", sent.uri);
    assertEquals("Bearer token-123", sent.header("Authorization"));
    assertEquals("application/json", sent.header("Accept"));
    String ua = sent.header("User-Agent");
    assertTrue(ua.startsWith("my-app/1.0 TestClient/2021-06-01 xmsgen-runtime/"), ua);
    assertTrue(ua.contains("(Java "), ua);
    UUID.fromString(sent.header("x-ms-client-request-id"));
  }

  @Test
  void withTelemetryOffTheUserAgentNamesOnlyTheApplication() {
    server.on("GET", VAULT, Reply.json(200, "{}"), Reply.json(200, "{}"));

    HttpPipeline withApp = HttpPipeline.of(pipeline().applicationId("my-app/1.0").telemetry(false));
    withApp.send(getVault(withApp), BodyType.of(Vault.class));
    HttpPipeline without = HttpPipeline.of(pipeline().telemetry(false));
    without.send(getVault(without), BodyType.of(Vault.class));

    assertEquals("my-app/1.0", server.requests().get(0).header("User-Agent"));
    String jdkOwn = server.requests().get(1).header("User-Agent");
    assertTrue(jdkOwn == null || !jdkOwn.contains("TestClient"), jdkOwn);
    assertTrue(jdkOwn == null || !jdkOwn.contains("xmsgen-runtime"), jdkOwn);
  }

  @Test
  void anOperationsOwnUserAgentIsSentInsteadOfTheClients() {
    server.on("GET", VAULT, Reply.json(200, "{}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    p.send(
        p.request("GET", VAULT).header("User-Agent", "overwrite").build(),
        BodyType.of(Vault.class));

    assertEquals(List.of("overwrite"), server.requests().get(0).headers.get("user-agent"));
  }

  @Test
  void eachCallGetsItsOwnRequestIdAndRetriesKeepIt() {
    server.on("GET", VAULT, Reply.status(503), Reply.json(200, "{}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    p.send(getVault(p), BodyType.of(Vault.class));
    p.send(getVault(p), BodyType.of(Vault.class));

    List<Recorded> sent = server.requests();
    assertEquals(3, sent.size());
    assertEquals(
        sent.get(0).header("x-ms-client-request-id"), sent.get(1).header("x-ms-client-request-id"));
    assertNotEquals(
        sent.get(1).header("x-ms-client-request-id"), sent.get(2).header("x-ms-client-request-id"));
  }

  @Test
  void withoutCredentialNoAuthorizationIsSent() {
    server.on("GET", VAULT, Reply.json(200, "{}"));
    HttpPipeline p = HttpPipeline.of(new ClientOptions().endpoint(server.base()));

    p.send(getVault(p), BodyType.of(Vault.class));

    assertNull(server.requests().get(0).header("Authorization"));
  }

  @Test
  void cloudErrorBecomesApiExceptionWithCodeMessageDetailsAndTypedModel() {
    String body =
        "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"Vault v1 was not found.\","
            + "\"target\":\"vaultName\",\"details\":[{\"code\":\"Inner\",\"message\":\"m\"}]}}";
    server.on("GET", VAULT, Reply.json(404, body).header("x-ms-request-id", "abc"));
    HttpPipeline p = HttpPipeline.of(pipeline());
    Request request = p.request("GET", VAULT).expect(200).defaultError(CloudError.class).build();

    ApiException e =
        assertThrows(ApiException.class, () -> p.send(request, BodyType.of(Vault.class)));

    assertEquals(404, e.statusCode());
    assertEquals("ResourceNotFound", e.errorCode());
    assertEquals("Vault v1 was not found.", e.errorMessage());
    assertEquals("vaultName", e.target());
    assertEquals(1, e.details().size());
    assertEquals("Inner", e.details().get(0).code());
    assertEquals(body, e.body());
    assertEquals("abc", e.headers().firstValue("x-ms-request-id").orElseThrow());
    assertEquals("ResourceNotFound", e.error(CloudError.class).orElseThrow().error.code);
    assertTrue(e.getMessage().contains("404"), e.getMessage());
    assertTrue(e.getMessage().contains("ResourceNotFound"), e.getMessage());
    assertTrue(e.getMessage().contains("Vault v1 was not found."), e.getMessage());
  }

  @Test
  void plainCodeMessageBodyAndPerStatusErrorModel() {
    server.on("GET", VAULT, Reply.json(409, "{\"code\":\"Conflict\",\"message\":\"busy\"}"));
    HttpPipeline p = HttpPipeline.of(pipeline());
    Request request =
        p.request("GET", VAULT)
            .error(409, CloudError.Body.class)
            .defaultError(CloudError.class)
            .build();

    ApiException e = assertThrows(ApiException.class, () -> p.send(request));

    assertEquals("Conflict", e.errorCode());
    assertEquals("busy", e.errorMessage());
    assertEquals("busy", e.error(CloudError.Body.class).orElseThrow().message);
  }

  @Test
  void anUndeclaredSuccessStatusIsAnError() {
    server.on("GET", VAULT, Reply.status(204));
    HttpPipeline p = HttpPipeline.of(pipeline());

    ApiException e = assertThrows(ApiException.class, () -> p.send(getVault(p)));

    assertEquals(204, e.statusCode());
    assertNull(e.errorCode());
  }

  @Test
  void retries429AfterTheRetryAfterSecondsThenSucceeds() {
    server.on(
        "GET",
        VAULT,
        Reply.json(429, "{\"error\":{\"code\":\"TooMany\"}}").header("Retry-After", "7"),
        Reply.json(200, "{\"name\":\"v1\"}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    Response<Vault> response = p.send(getVault(p), BodyType.of(Vault.class));

    assertEquals("v1", response.value().name);
    assertEquals(2, server.requests().size());
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
  }

  @Test
  void retryAfterMillisecondsHeaderWins() {
    server.on(
        "GET",
        VAULT,
        Reply.status(503).header("x-ms-retry-after-ms", "250").header("Retry-After", "9"),
        Reply.json(200, "{}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    p.send(getVault(p), BodyType.of(Vault.class));

    assertEquals(List.of(Duration.ofMillis(250)), sleeper.waits());
  }

  @Test
  void retriesRunOutIntoApiExceptionWithBackoffThatGrows() {
    server.on("GET", VAULT, Reply.json(503, "{\"error\":{\"code\":\"ServerBusy\"}}"));
    HttpPipeline p =
        HttpPipeline.of(pipeline()
            .retryOptions(
                RetryOptions.defaults()
                    .withMaxRetries(4)
                    .withBaseDelay(Duration.ofSeconds(1))
                    .withMaxDelay(Duration.ofSeconds(5))));

    ApiException e = assertThrows(ApiException.class, () -> p.send(getVault(p)));

    assertEquals(503, e.statusCode());
    assertEquals("ServerBusy", e.errorCode());
    assertEquals(5, server.requests().size());
    List<Duration> waits = sleeper.waits();
    assertEquals(4, waits.size());
    // 1 s, 2 s, 4 s, then capped at 5 s, each within ±20% jitter and never above the cap
    assertBetween(waits.get(0), 800, 1200);
    assertBetween(waits.get(1), 1600, 2400);
    assertBetween(waits.get(2), 3200, 4800);
    assertBetween(waits.get(3), 4000, 5000);
  }

  private static void assertBetween(Duration d, long minMillis, long maxMillis) {
    assertTrue(
        d.toMillis() >= minMillis && d.toMillis() <= maxMillis, d + " not in range " + minMillis);
  }

  @Test
  void nonRetryableStatusIsNotRetried() {
    server.on("GET", VAULT, Reply.json(400, "{\"error\":{\"code\":\"BadRequest\"}}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    assertThrows(ApiException.class, () -> p.send(getVault(p)));

    assertEquals(1, server.requests().size());
  }

  // POST: the JDK client itself repeats a GET once on a dropped connection, never a POST
  @Test
  void connectionFailureIsRetried() {
    server.on("POST", VAULT, Reply.drop(), Reply.json(200, "{\"name\":\"v1\"}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    Response<Vault> response = p.send(p.request("POST", VAULT).build(), BodyType.of(Vault.class));

    assertEquals("v1", response.value().name);
    assertEquals(2, server.requests().size());
    assertEquals(1, sleeper.waits().size());
  }

  @Test
  void connectionFailuresRunOutIntoANoResponseApiExceptionNamingTheRequestId() {
    server.on("POST", VAULT, Reply.drop());
    HttpPipeline p = HttpPipeline.of(pipeline().retryOptions(RetryOptions.defaults().withMaxRetries(1)));

    NoResponseException e =
        assertThrows(NoResponseException.class, () -> p.send(p.request("POST", VAULT).build()));

    assertEquals(2, server.requests().size());
    assertTrue(e.getMessage().contains("failed after 2 attempts: java.io."), e.getMessage());
    String id = server.requests().get(0).header("x-ms-client-request-id");
    assertTrue(e.getMessage().endsWith("[x-ms-client-request-id=" + id + "]"), e.getMessage());
    assertEquals(0, e.statusCode());
    assertEquals("POST", e.method());
    assertTrue(e instanceof ApiException);
    assertTrue(e.getCause() instanceof java.io.IOException, String.valueOf(e.getCause()));
    assertFalse(e.isTimeout());
  }

  @Test
  void responseTimeoutEndsAnAttempt() {
    server.on("GET", VAULT, Reply.json(200, "{}").after(2_000));
    HttpPipeline p =
        HttpPipeline.of(pipeline()
            .retryOptions(RetryOptions.none())
            .responseTimeout(Duration.ofMillis(200)));

    NoResponseException e = assertThrows(NoResponseException.class, () -> p.send(getVault(p)));

    assertTrue(e.getCause() instanceof HttpTimeoutException, e.getCause().toString());
    assertTrue(e.isTimeout());
  }

  @Test
  void asyncSendCompletesWithValueOrFailsWithApiException() {
    server.on("GET", VAULT, Reply.json(200, "{\"name\":\"v1\"}"));
    server.on("GET", "/missing", Reply.json(404, "{\"error\":{\"code\":\"NotFound\"}}"));
    HttpPipeline p = HttpPipeline.of(pipeline());

    Response<Vault> ok = p.sendAsync(getVault(p), BodyType.of(Vault.class)).join();
    CompletionException failed =
        assertThrows(
            CompletionException.class,
            () -> p.sendAsync(p.request("GET", "/missing").build()).join());

    assertEquals("v1", ok.value().name);
    assertEquals("NotFound", ((ApiException) failed.getCause()).errorCode());
  }

  @Test
  void sendsJsonBodyAndReadsGenericBody() {
    server.on("PUT", VAULT, r -> Reply.json(200, "[" + r.body + "]"));
    HttpPipeline p = HttpPipeline.of(pipeline());
    Vault vault = new Vault();
    vault.name = "v1";
    Request request = p.request("PUT", VAULT).body(vault).build();

    List<Map<String, String>> echoed =
        p.send(request, BodyType.of(new TypeReference<List<Map<String, String>>>() {})).value();

    assertEquals(List.of(Map.of("name", "v1")), echoed);
    assertEquals("application/json", server.requests().get(0).header("Content-Type"));
  }

  @Test
  void tokenIsCachedUntilShortlyBeforeExpiry() {
    server.on("GET", VAULT, Reply.json(200, "{}"));
    MutableClock clock = new MutableClock();
    int[] calls = {0};
    TokenCredential credential =
        scopes -> {
          calls[0]++;
          assertEquals(List.of("scope/.default"), scopes);
          return new AccessToken("t" + calls[0], clock.instant().plus(Duration.ofHours(1)));
        };
    HttpPipeline p =
        HttpPipeline.of(pipeline().credential(credential).scopes(List.of("scope/.default")).clock(clock));

    p.send(getVault(p), BodyType.of(Vault.class));
    clock.advance(Duration.ofMinutes(50));
    p.send(getVault(p), BodyType.of(Vault.class));
    clock.advance(Duration.ofMinutes(6));
    p.send(getVault(p), BodyType.of(Vault.class));

    assertEquals(2, calls[0]);
    List<Recorded> sent = server.requests();
    assertEquals("Bearer t1", sent.get(1).header("Authorization"));
    assertEquals("Bearer t2", sent.get(2).header("Authorization"));
  }

  @Test
  void refusesATokenOverPlainHttpToAnotherMachine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpPipeline.of(pipeline().endpoint("http://management.example.com")));

    assertTrue(e.getMessage().contains("plain http"), e.getMessage());
    // without a credential plain http is allowed: nothing secret is sent
    HttpPipeline.of(new ClientOptions().endpoint("http://management.example.com"));
    // and with one, https and this machine are
    HttpPipeline.of(pipeline().endpoint("https://management.example.com"));
    HttpPipeline.of(pipeline().endpoint("http://localhost:8080"));
    HttpPipeline.of(pipeline().endpoint("http://[::1]:8080"));
  }

  @Test
  void refusesAClientThatFollowsRedirects() {
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    assertThrows(IllegalArgumentException.class, () -> HttpPipeline.of(pipeline().httpClient(following)));
  }

  @Test
  void refusesAnAbsoluteUrlOnAnotherHostWithoutSendingIt() {
    try (TestServer other = TestServer.startAsLocalhost()) {
      other.on("GET", "/steal", Reply.json(200, "{}"));
      HttpPipeline p = HttpPipeline.of(pipeline());
      Request request =
          p.request("GET", "{nextLink}").rawPath("nextLink", other.base() + "/steal").build();

      UntrustedUrlException e = assertThrows(UntrustedUrlException.class, () -> p.send(request));

      assertTrue(e.getMessage().contains(other.base() + "/steal"), e.getMessage());
      assertEquals(List.of(), other.requests());
    }
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends java.time.Clock {
    private java.time.Instant now = java.time.Instant.parse("2025-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
