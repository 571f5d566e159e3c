package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.UntrustedUrlException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollerTest {
  private static final String VAULT = "/subscriptions/sub-1/resourceGroups/rg/vaults/v1";
  private static final String OPERATION = "/subscriptions/sub-1/operationResults/op-1";
  private static final String CREATING =
      "{\"name\":\"v1\",\"properties\":{\"provisioningState\":\"Creating\"}}";
  private static final String SUCCEEDED =
      "{\"name\":\"v1\",\"properties\":{\"provisioningState\":\"Succeeded\"}}";

  private final TestServer server = TestServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

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
        .sleeper(sleeper)
        .pollInterval(Duration.ofSeconds(5)));
  }

  static final class Vault {
    public String name;
    public Properties properties;

    static final class Properties {
      public String provisioningState;
    }
  }

  static final class CloudError {
    public Body error;

    static final class Body {
      public String code;
    }
  }

  private static Request put(HttpPipeline p) {
    return p.request("PUT", VAULT)
        .query("api-version", "2021-06-01")
        .body(java.util.Map.of("location", "westeurope"))
        .expect(200, 201, 202)
        .defaultError(CloudError.class)
        .build();
  }

  private static List<String> calls(TestServer s) {
    return s.requests().stream().map(Recorded::toString).collect(Collectors.toList());
  }

  @Test
  void putThroughAzureAsyncOperationThenGetsTheOriginalUri() {
    server.on(
        "PUT",
        VAULT,
        Reply.json(201, CREATING)
            .header("Azure-AsyncOperation", server.base() + OPERATION + "?api-version=x")
            .header("Retry-After", "3"));
    server.on(
        "GET",
        OPERATION,
        Reply.json(200, "{\"status\":\"InProgress\"}"),
        Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", VAULT, Reply.json(200, SUCCEEDED));
    HttpPipeline p = pipeline();

    Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);
    Vault vault = poller.getFinalResult();

    assertEquals("Succeeded", vault.properties.provisioningState);
    assertEquals(OperationStatus.SUCCEEDED, poller.status());
    assertEquals(
        List.of(
            "PUT " + VAULT + "?api-version=2021-06-01",
            "GET " + OPERATION + "?api-version=x",
            "GET " + OPERATION + "?api-version=x",
            "GET " + VAULT + "?api-version=2021-06-01"),
        calls(server));
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(5)), sleeper.waits());
    for (Recorded r : server.requests()) {
      assertEquals("Bearer token-123", r.header("Authorization"));
    }
  }

  @Test
  void putThroughLocationThenGetsTheOriginalUriWhenTheLastPollHasNoBody() {
    server.on("PUT", VAULT, Reply.status(202).header("Location", "/locations/l1"));
    server.on("GET", "/locations/l1", Reply.status(202), Reply.status(200));
    server.on("GET", VAULT, Reply.json(200, SUCCEEDED));
    HttpPipeline p = pipeline();

    Vault vault = p.beginLongRunning(put(p), BodyType.of(Vault.class), null).getFinalResult();

    assertEquals("v1", vault.name);
    assertEquals(
        List.of(
            "PUT " + VAULT + "?api-version=2021-06-01",
            "GET /locations/l1",
            "GET /locations/l1",
            "GET " + VAULT + "?api-version=2021-06-01"),
        calls(server));
  }

  @Test
  void putThroughLocationReturnsTheLastPollsBodyWhenItHasOne() {
    server.on("PUT", VAULT, Reply.status(202).header("Location", "/locations/l1"));
    server.on("GET", "/locations/l1", Reply.status(202), Reply.json(200, "{\"name\":\"polled\"}"));
    HttpPipeline p = pipeline();

    Vault vault = p.beginLongRunning(put(p), BodyType.of(Vault.class), null).getFinalResult();

    assertEquals("polled", vault.name);
    assertEquals(3, server.requests().size());
  }

  @Test
  void aLocationPollEndingWithAFailedProvisioningStateIsAFailure() {
    server.on("DELETE", VAULT, Reply.status(202).header("Location", "/locations/d2"));
    server.on(
        "GET",
        "/locations/d2",
        Reply.json(200, "{\"properties\":{\"provisioningState\":\"Failed\"}}"));
    HttpPipeline p = pipeline();
    Request delete = p.request("DELETE", VAULT).expect(200, 202, 204).build();

    Poller<Void> poller = p.beginLongRunning(delete, BodyType.none(), null);

    assertThrows(ApiException.class, poller::getFinalResult);
    assertEquals(OperationStatus.FAILED, poller.status());
  }

  @Test
  void aFirst200WithATerminalProvisioningStateIgnoresPollingHeaders() {
    server.on(
        "PUT", VAULT, Reply.json(200, SUCCEEDED).header("Azure-AsyncOperation", "/never-called"));
    HttpPipeline p = pipeline();

    Vault vault = p.beginLongRunning(put(p), BodyType.of(Vault.class), null).getFinalResult();

    assertEquals("Succeeded", vault.properties.provisioningState);
    assertEquals(1, server.requests().size());
  }

  @Test
  void postThroughLocationReturnsTheLastPollsBody() {
    server.on("POST", VAULT + "/purge", Reply.status(202).header("Location", "/locations/l2"));
    server.on(
        "GET",
        "/locations/l2",
        Reply.status(202).header("Location", "/locations/l3"),
        Reply.json(200, "{\"name\":\"never\"}"));
    server.on("GET", "/locations/l3", Reply.json(200, "{\"name\":\"purged\"}"));
    HttpPipeline p = pipeline();
    Request post = p.request("POST", VAULT + "/purge").expect(200, 202).build();

    Vault result = p.beginLongRunning(post, BodyType.of(Vault.class), null).getFinalResult();

    assertEquals("purged", result.name);
    assertEquals(
        List.of("POST " + VAULT + "/purge", "GET /locations/l2", "GET /locations/l3"),
        calls(server));
  }

  @Test
  void deleteAnswering202Then200EndsWithoutAResult() {
    server.on("DELETE", VAULT, Reply.status(202).header("Location", "/locations/d1"));
    server.on("GET", "/locations/d1", Reply.status(200));
    HttpPipeline p = pipeline();
    Request delete = p.request("DELETE", VAULT).expect(200, 202, 204).build();

    Poller<Void> poller = p.beginLongRunning(delete, BodyType.none(), null);

    assertEquals(OperationStatus.IN_PROGRESS, poller.status());
    assertEquals(202, poller.lastStatusCode());
    assertNull(poller.getFinalResult());
    assertEquals(OperationStatus.SUCCEEDED, poller.status());
    assertEquals(List.of("DELETE " + VAULT, "GET /locations/d1"), calls(server));
  }

  @Test
  void putPollsTheResourceWhileProvisioningIsNotTerminal() {
    server.on("PUT", VAULT, Reply.json(201, CREATING));
    server.on("GET", VAULT, Reply.json(200, CREATING), Reply.json(200, SUCCEEDED));
    HttpPipeline p = pipeline();

    Vault vault = p.beginLongRunning(put(p), BodyType.of(Vault.class), null).getFinalResult();

    assertEquals("Succeeded", vault.properties.provisioningState);
    assertEquals(3, server.requests().size());
  }

  @Test
  void aFinishedFirstResponseNeedsNoPolling() {
    server.on("PUT", VAULT, Reply.json(200, SUCCEEDED));
    HttpPipeline p = pipeline();

    Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);

    assertTrue(poller.isDone());
    assertEquals("v1", poller.getFinalResult().name);
    assertEquals(1, server.requests().size());
  }

  @Test
  void aDeleteAnswered200WithANonTerminalStateInItsBodyIsDone() {
    String deleting = "{\"name\":\"pec\",\"properties\":{\"provisioningState\":\"Deleting\"}}";
    server.on("DELETE", VAULT, Reply.json(200, deleting));
    HttpPipeline p = pipeline();
    Request delete = p.request("DELETE", VAULT).expect(200, 202, 204).build();

    Poller<Vault> poller = p.beginLongRunning(delete, BodyType.of(Vault.class), null);

    assertEquals(OperationStatus.SUCCEEDED, poller.status());
    Vault result = poller.getFinalResult();
    assertEquals("Deleting", result.properties.provisioningState);
    assertEquals(List.of("DELETE " + VAULT), calls(server));
  }

  @Test
  void aFirstResponseReportingFailureWithNothingToPollFails() {
    String failed = "{\"properties\":{\"provisioningState\":\"Failed\"}}";
    server.on("POST", VAULT + "/purge", Reply.json(200, failed));
    HttpPipeline p = pipeline();
    Request purge = p.request("POST", VAULT + "/purge").expect(200, 202).build();

    Poller<Void> poller = p.beginLongRunning(purge, BodyType.none(), null);

    assertEquals(OperationStatus.FAILED, poller.status());
    assertThrows(ApiException.class, poller::getFinalResult);
  }

  @Test
  void stepByStepPollingReportsStatusAndRetryAfter() {
    server.on("PUT", VAULT, Reply.json(201, CREATING).header("Azure-AsyncOperation", OPERATION));
    server.on(
        "GET",
        OPERATION,
        Reply.json(200, "{\"status\":\"Running\"}").header("Retry-After", "11"),
        Reply.json(200, "{\"status\":\"Succeeded\"}"));
    HttpPipeline p = pipeline();
    Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);

    assertEquals(Duration.ofSeconds(5), poller.nextPollDelay());
    assertEquals(OperationStatus.IN_PROGRESS, poller.poll());
    assertEquals(Duration.ofSeconds(11), poller.nextPollDelay());
    assertEquals(OperationStatus.SUCCEEDED, poller.poll());
    assertEquals(OperationStatus.SUCCEEDED, poller.poll());
    assertEquals(3, server.requests().size());
    assertEquals(List.of(), sleeper.waits());
  }

  @Test
  void aFailedOperationThrowsApiExceptionWithTheStatusBodysError() {
    server.on("PUT", VAULT, Reply.json(201, CREATING).header("Azure-AsyncOperation", OPERATION));
    server.on(
        "GET",
        OPERATION,
        Reply.json(
            200,
            "{\"status\":\"Failed\",\"error\":{\"code\":\"QuotaExceeded\","
                + "\"message\":\"No more vaults.\"}}"));
    HttpPipeline p = pipeline();
    Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);

    ApiException e = assertThrows(ApiException.class, poller::getFinalResult);

    assertEquals(OperationStatus.FAILED, poller.status());
    assertEquals("QuotaExceeded", e.errorCode());
    assertEquals("No more vaults.", e.errorMessage());
    assertEquals("QuotaExceeded", e.error(CloudError.class).orElseThrow().error.code);
    assertTrue(e.getMessage().contains("ended Failed"), e.getMessage());
    assertThrows(ApiException.class, poller::waitForCompletion);
    assertEquals(2, server.requests().size());
  }

  @Test
  void aStatusMonitorAnsweringWithoutAStatusFailsTheOperationInsteadOfPollingForever() {
    server.on("PUT", VAULT, Reply.json(201, CREATING).header("Azure-AsyncOperation", OPERATION));
    server.on("GET", OPERATION, Reply.json(200, "{ not json"));
    HttpPipeline p = pipeline();
    Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);

    ApiException e = assertThrows(ApiException.class, poller::getFinalResult);

    assertEquals(OperationStatus.FAILED, poller.status());
    assertTrue(e.getMessage().contains("without a status"), e.getMessage());
    assertEquals(2, server.requests().size());
  }

  @Test
  void aCanceledProvisioningStateIsAFailureToo() {
    server.on("PUT", VAULT, Reply.json(201, CREATING));
    server.on(
        "GET", VAULT, Reply.json(200, "{\"properties\":{\"provisioningState\":\"Canceled\"}}"));
    HttpPipeline p = pipeline();
    Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);

    assertThrows(ApiException.class, poller::waitForCompletion);
    assertEquals(OperationStatus.CANCELED, poller.status());
  }

  @Test
  void anErrorStatusOnTheFirstResponseThrowsBeforeAnyPoller() {
    server.on(
        "PUT", VAULT, Reply.json(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"no\"}}"));
    HttpPipeline p = pipeline();

    ApiException e =
        assertThrows(
            ApiException.class, () -> p.beginLongRunning(put(p), BodyType.of(Vault.class), null));

    assertEquals("BadRequest", e.errorCode());
  }

  @Test
  void finalStateViaAzureAsyncOperationReadsTheStatusBody() {
    server.on(
        "POST",
        VAULT + "/check",
        Reply.status(202)
            .header("Azure-AsyncOperation", OPERATION)
            .header("Location", "/locations/unused"));
    server.on(
        "GET", OPERATION, Reply.json(200, "{\"status\":\"Succeeded\",\"name\":\"from-status\"}"));
    HttpPipeline p = pipeline();
    Request post = p.request("POST", VAULT + "/check").build();

    Vault result =
        p.beginLongRunning(post, BodyType.of(Vault.class), FinalStateVia.AZURE_ASYNC_OPERATION)
            .getFinalResult();

    assertEquals("from-status", result.name);
    assertEquals(2, server.requests().size());
  }

  @Test
  void postWithAsyncOperationDefaultsToTheLocation() {
    server.on(
        "POST",
        VAULT + "/check",
        Reply.status(202)
            .header("Azure-AsyncOperation", OPERATION)
            .header("Location", "/locations/result"));
    server.on("GET", OPERATION, Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", "/locations/result", Reply.json(200, "{\"name\":\"from-location\"}"));
    HttpPipeline p = pipeline();
    Request post = p.request("POST", VAULT + "/check").build();

    Vault result = p.beginLongRunning(post, BodyType.of(Vault.class), null).getFinalResult();

    assertEquals("from-location", result.name);
  }

  @Test
  void aPollUrlOnAnotherHostIsRefusedAndNothingReachesIt() {
    try (TestServer other = TestServer.startAsLocalhost()) {
      other.on("GET", OPERATION, Reply.json(200, "{\"status\":\"Succeeded\"}"));
      server.on(
          "PUT",
          VAULT,
          Reply.json(201, CREATING).header("Azure-AsyncOperation", other.base() + OPERATION));
      HttpPipeline p = pipeline();
      Poller<Vault> poller = p.beginLongRunning(put(p), BodyType.of(Vault.class), null);

      UntrustedUrlException e = assertThrows(UntrustedUrlException.class, poller::getFinalResult);

      assertTrue(e.getMessage().contains(other.base() + OPERATION), e.getMessage());
      assertEquals(List.of(), other.requests());
    }
  }

  @Test
  void aLocationOnAnotherHostIsRefusedToo() {
    try (TestServer other = TestServer.startAsLocalhost()) {
      server.on("DELETE", VAULT, Reply.status(202).header("Location", other.base() + "/l"));
      HttpPipeline p = pipeline();
      Poller<Void> poller =
          p.beginLongRunning(p.request("DELETE", VAULT).build(), BodyType.none(), null);

      assertThrows(UntrustedUrlException.class, poller::poll);
      assertEquals(List.of(), other.requests());
    }
  }

  @Test
  void runsToTheEndWithoutBlocking() {
    server.on("PUT", VAULT, Reply.status(202).header("Location", "/locations/l1"));
    server.on("GET", "/locations/l1", Reply.status(202), Reply.status(204));
    server.on("GET", VAULT, Reply.json(200, SUCCEEDED));
    HttpPipeline p = pipeline();

    Vault vault =
        p.beginLongRunningAsync(put(p), BodyType.of(Vault.class), null)
            .thenCompose(Poller::getFinalResultAsync)
            .join();

    assertEquals("v1", vault.name);
  }
}
