package dev.xmsgen.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.xmsgen.core.clients.ExampleServer.Reply;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.runtime.ClientPipeline;
import dev.xmsgen.runtime.HttpPolicy;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.OutgoingRequest;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.UntrustedUrlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated KeyVault client takes policies of the user's own on its builder, lets its pipeline
 * be used for requests it has no method for, and resumes a poller from its token in another
 * client, against a real local server.
 */
class GeneratedClientPipelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VAULT =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/v1";

  private static GeneratedService service;

  @BeforeAll
  static void generate() throws Exception {
    service = GeneratedService.of(SharedSpecs.KEYVAULT_2025_05_01);
  }

  /** A per-attempt policy that stamps each attempt with a correlation id and its number. */
  private static final class Correlation implements HttpPolicy {
    @Override
    public CompletableFuture<Response<byte[]>> process(OutgoingRequest request, Next next) {
      request.setHeader("x-ms-correlation-request-id", "corr-7");
      request.setHeader("x-attempt", String.valueOf(request.attempt()));
      return next.send(request);
    }

    @Override
    public Position position() {
      return Position.PER_ATTEMPT;
    }
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object client(ExampleServer server, HttpPolicy policy) {
    return service.newClient(
        server.base(),
        TokenCredential.of(ExampleRunner.TOKEN),
        Map.of("subscriptionId", TextNode.valueOf("sub-1")),
        options -> {
          ExampleRunner.SETTINGS.accept(options);
          options.retryOptions(RetryOptions.defaults().withMaxRetries(2)).addPolicy(policy);
        });
  }

  @Test
  void aHeaderAddedByAUserPolicyReachesTheServerOnEveryAttempt() throws Exception {
    List<String> received = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            received.add(
                request.header("x-attempt")
                    + " "
                    + request.header("x-ms-correlation-request-id")
                    + " "
                    + request.header("authorization"));
            return calls.getAndIncrement() < 2
                ? Reply.json(503, json("{}"))
                : Reply.json(
                    200,
                    json(
                        "{\"name\":\"v1\",\"location\":\"westus\",\"properties\":{\"tenantId\":"
                            + "\"00000000-0000-0000-0000-000000000000\","
                            + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}"));
          });
      Object vaults = CompiledClasses.call(client(server, new Correlation()), "vaults");

      Object vault = CompiledClasses.call(vaults, "get", "rg-1", "v1");

      assertEquals("v1", CompiledClasses.call(vault, "getName"));
      String bearer = "Bearer " + ExampleRunner.TOKEN;
      assertEquals(
          List.of("0 corr-7 " + bearer, "1 corr-7 " + bearer, "2 corr-7 " + bearer), received);
    }
  }

  @Test
  void thePipelineSendsARequestOfTheUsersOwnWithTokenAndPoliciesButOnlyToTheEndpoint()
      throws Exception {
    List<String> received = new ArrayList<>();
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            received.add(
                request
                    + " "
                    + request.header("x-ms-correlation-request-id")
                    + " "
                    + request.header("authorization"));
            return Reply.json(404, json("{\"error\":{\"code\":\"NotFound\"}}"));
          });
      ClientPipeline pipeline =
          (ClientPipeline) CompiledClasses.call(client(server, new Correlation()), "httpPipeline");
      URI preview = URI.create(server.base() + VAULT + "/preview?api-version=2099-01-01");

      Response<byte[]> response = pipeline.send(new OutgoingRequest("GET", preview, null));

      assertEquals(404, response.statusCode());
      assertEquals(
          "{\"error\":{\"code\":\"NotFound\"}}",
          new String(response.value(), StandardCharsets.UTF_8));
      assertEquals(
          List.of(
              "GET "
                  + VAULT
                  + "/preview?api-version=2099-01-01 corr-7 Bearer "
                  + ExampleRunner.TOKEN),
          received);
      assertThrows(
          UntrustedUrlException.class,
          () ->
              pipeline.send(
                  new OutgoingRequest("GET", URI.create("https://elsewhere.example/x"), null)));
      assertEquals(1, received.size());
    }
  }

  @Test
  void aPollerResumedByAnotherClientFollowsTheOperationToItsResult() throws Exception {
    List<String> received = new ArrayList<>();
    String created =
        "{\"name\":\"v1\",\"location\":\"westus\",\"properties\":{\"tenantId\":"
            + "\"00000000-0000-0000-0000-000000000000\",\"provisioningState\":\"Succeeded\","
            + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}";
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            received.add(request.toString());
            if (request.method().equals("PUT")) {
              return new Reply(201, Map.of("Azure-AsyncOperation", server.base() + "/op"), null);
            }
            return request.toString().startsWith("GET /op")
                ? Reply.json(200, json("{\"status\":\"Succeeded\"}"))
                : Reply.json(200, json(created));
          });
      Object parameters =
          Json.mapper()
              .treeToValue(
                  json(
                      "{\"location\":\"westus\",\"properties\":{\"tenantId\":"
                          + "\"00000000-0000-0000-0000-000000000000\","
                          + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}"),
                  service.javaType(
                          Json.mapper().getTypeFactory(),
                          new TypeRef.Named("VaultCreateOrUpdateParameters"))
                      .getRawClass());
      Object first = CompiledClasses.call(client(server, new Correlation()), "vaults");
      Poller<?> started =
          (Poller<?>)
              CompiledClasses.call(first, "beginCreateOrUpdate", "rg-1", "v1", parameters);
      String token = started.resumeToken();

      Object later = CompiledClasses.call(client(server, new Correlation()), "vaults");
      Poller<?> resumed =
          (Poller<?>)
              CompiledClasses.call(later, "resumeCreateOrUpdate", token);
      Object vault = resumed.getFinalResult();

      assertEquals("v1", CompiledClasses.call(vault, "getName"));
      assertEquals(
          List.of("PUT " + VAULT + "?api-version=2025-05-01", "GET /op", "GET " + VAULT
              + "?api-version=2025-05-01"),
          received);
    }
  }
}
