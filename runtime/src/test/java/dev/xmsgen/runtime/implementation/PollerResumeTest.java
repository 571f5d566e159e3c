package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.UntrustedUrlException;
import dev.xmsgen.runtime.implementation.PollerTest.CloudError;
import dev.xmsgen.runtime.implementation.PollerTest.Vault;
import dev.xmsgen.runtime.implementation.TestServer.Recorded;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A poller's resume token rebuilds it in a fresh pipeline (as another process would) that follows
 * the operation on from where it was, against a real local server; a text that is not a token is
 * refused without being quoted.
 */
class PollerResumeTest {
  private static final String VAULT = "/vaults/v1";
  private static final String OPERATION = "/operations/op-1";

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
            .sleeper(d -> java.util.concurrent.CompletableFuture.completedFuture(null)));
  }

  private static Request errorsLike(HttpPipeline p) {
    return p.request("PUT", "").defaultError(CloudError.class).build();
  }

  private List<String> calls() {
    return server.requests().stream().map(Recorded::toString).collect(Collectors.toList());
  }

  @Test
  void aResumedPollerFollowsTheStatusMonitorAndGetsTheResultFromTheOriginalUrl() {
    server.on(
        "PUT",
        VAULT,
        Reply.json(201, "{\"name\":\"v1\",\"properties\":{\"provisioningState\":\"Creating\"}}")
            .header("Azure-AsyncOperation", server.base() + OPERATION + "?api-version=x"));
    server.on(
        "GET",
        OPERATION,
        Reply.json(200, "{\"status\":\"InProgress\"}"),
        Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on(
        "GET",
        VAULT,
        Reply.json(200, "{\"name\":\"v1\",\"properties\":{\"provisioningState\":\"Succeeded\"}}"));
    HttpPipeline first = pipeline();
    Poller<Vault> started =
        first.beginLongRunning(
            first.request("PUT", VAULT).query("api-version", "2021-06-01").expect(200, 201).build(),
            BodyType.of(Vault.class),
            null);
    started.poll();
    String token = started.resumeToken();

    HttpPipeline later = pipeline();
    Poller<Vault> resumed =
        later.resumeLongRunning(token, errorsLike(later), BodyType.of(Vault.class));
    Vault vault = resumed.getFinalResult();

    assertEquals("Succeeded", vault.properties.provisioningState);
    assertEquals(OperationStatus.SUCCEEDED, resumed.status());
    assertEquals(
        List.of(
            "PUT " + VAULT + "?api-version=2021-06-01",
            "GET " + OPERATION + "?api-version=x",
            "GET " + OPERATION + "?api-version=x",
            "GET " + VAULT + "?api-version=2021-06-01"),
        calls());
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    assertFalse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
        .contains("token-123"), "the bearer token is not in the resume token");
  }

  @Test
  void aResumedDeleteFollowsItsLocationToTheEnd() {
    server.on("DELETE", VAULT, Reply.status(202).header("Location", server.base() + OPERATION));
    server.on(
        "GET",
        OPERATION,
        Reply.status(202).header("Location", server.base() + OPERATION),
        Reply.status(204));
    HttpPipeline first = pipeline();
    Poller<Void> started =
        first.beginLongRunning(
            first.request("DELETE", VAULT).expect(202).build(), BodyType.none(), null);
    String token = started.resumeToken();

    HttpPipeline later = pipeline();
    Poller<Void> resumed = later.resumeLongRunning(token, errorsLike(later), BodyType.none());

    assertEquals(OperationStatus.IN_PROGRESS, resumed.status());
    assertEquals(OperationStatus.SUCCEEDED, resumed.waitForCompletion(Duration.ofSeconds(10)));
    assertEquals(List.of("DELETE " + VAULT, "GET " + OPERATION, "GET " + OPERATION), calls());
  }

  @Test
  void aTextThatIsNotATokenIsRefusedWithoutBeingQuoted() {
    HttpPipeline p = pipeline();
    String secretish = "c2VjcmV0LXZhbHVlLTQy";
    for (String text :
        List.of(
            "not a token at all",
            secretish,
            Base64.getUrlEncoder().encodeToString("{\"v\":1}".getBytes(StandardCharsets.UTF_8)),
            Base64.getUrlEncoder()
                .encodeToString(
                    ("{\"v\":1,\"method\":\"TRACE\",\"uri\":\"" + server.base() + "/x\"}")
                        .getBytes(StandardCharsets.UTF_8)))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> p.resumeLongRunning(text, errorsLike(p), BodyType.none()),
              text);
      assertTrue(e.getMessage().startsWith("not a poller resume token: "), e.getMessage());
      assertFalse(e.getMessage().contains(text), e.getMessage());
    }
    assertEquals(0, server.requests().size());
  }

  @Test
  void aTokenWhoseUrlsAreOnAnotherHostIsRefusedBeforeAnyRequest() {
    String foreign =
        "{\"v\":1,\"method\":\"PUT\",\"uri\":\"https://elsewhere.example/vaults/v1\","
            + "\"mode\":\"RESOURCE\",\"poll\":\"https://elsewhere.example/vaults/v1\","
            + "\"via\":\"ORIGINAL_URI\",\"status\":\"IN_PROGRESS\"}";
    HttpPipeline p = pipeline();

    assertThrows(
        UntrustedUrlException.class,
        () ->
            p.resumeLongRunning(
                Base64.getUrlEncoder().encodeToString(foreign.getBytes(StandardCharsets.UTF_8)),
                errorsLike(p),
                BodyType.none()));
    assertEquals(0, server.requests().size());
  }

  @Test
  void mangledTokensAreRefusedCleanlyAndSendNothing() {
    HttpPipeline p = pipeline();
    String valid =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"v\":1,\"method\":\"PUT\",\"uri\":\"" + server.base() + VAULT + "\","
                        + "\"secretQuery\":[],\"mode\":\"STATUS_MONITOR\",\"poll\":\""
                        + server.base() + OPERATION + "\",\"via\":\"ORIGINAL_URI\","
                        + "\"status\":\"IN_PROGRESS\"}")
                    .getBytes(StandardCharsets.UTF_8));
    p.resumeLongRunning(valid, errorsLike(p), BodyType.none()); // the unmangled one resumes
    java.util.Random random = new java.util.Random(7);
    byte[] json = Base64.getUrlDecoder().decode(valid);
    for (int i = 0; i < 2_000; i++) {
      byte[] mangled = json.clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        mangled[random.nextInt(mangled.length)] = (byte) random.nextInt(128);
      }
      String token =
          i % 2 == 0
              ? Base64.getUrlEncoder().encodeToString(mangled)
              : valid.substring(0, random.nextInt(valid.length()));
      try {
        p.resumeLongRunning(token, errorsLike(p), BodyType.none());
      } catch (IllegalArgumentException | UntrustedUrlException expected) {
        // a short prefix may be any word; a token of some length is never quoted
        assertFalse(
            token.length() >= 12 && expected.getMessage().contains(token), expected.getMessage());
      }
    }
    assertEquals(0, server.requests().size());
  }
}
