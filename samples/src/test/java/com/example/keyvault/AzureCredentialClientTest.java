package com.example.keyvault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.example.keyvault.models.Vault;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.xmsgen.azure.identity.AzureCredential;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The generated client signs its synchronous and asynchronous calls with an Azure SDK credential
 * through {@link AzureCredential}: the credential is asked for the client's scope, its token is
 * what the service receives, and a credential that cannot sign in fails the call with its reason.
 */
class AzureCredentialClientTest {
  private static final String VAULT_PATH =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/my-vault";

  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<List<String>> scopesAsked = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    byte[] body =
        ("{\"id\":\"" + VAULT_PATH + "\",\"name\":\"my-vault\",\"location\":\"westeurope\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals(VAULT_PATH) ? 200 : 404, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private KeyVaultSampleClient client(com.azure.core.credential.TokenCredential azure) {
    return KeyVaultSampleClient.builder()
        .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
        .credential(AzureCredential.of(azure))
        .subscriptionId("sub-1")
        .build();
  }

  /** An Azure SDK credential answering as azure-identity's do, recording what it was asked. */
  private com.azure.core.credential.TokenCredential azure(String token) {
    return new com.azure.core.credential.TokenCredential() {
      @Override
      public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromSupplier(() -> getTokenSync(request));
      }

      @Override
      public AccessToken getTokenSync(TokenRequestContext request) {
        scopesAsked.add(request.getScopes());
        return new AccessToken(token, OffsetDateTime.now().plusHours(1));
      }
    };
  }

  @Test
  void synchronousAndAsynchronousCallsCarryTheAzureCredentialsToken() throws Exception {
    KeyVaultSampleClient client = client(azure("azure-token"));

    Vault sync = client.vaults().get("rg-1", "my-vault");
    Vault async = client.vaults().getAsync("rg-1", "my-vault").get();

    assertEquals("my-vault", sync.getName());
    assertEquals("my-vault", async.getName());
    assertEquals(List.of("Bearer azure-token", "Bearer azure-token"), authorizations);
    assertEquals(
        List.of(KeyVaultSampleClient.DEFAULT_SCOPES),
        scopesAsked,
        "asked once for the client's scope; the client keeps the token until it nears expiry");
  }

  @Test
  void aCredentialThatCannotSignInFailsTheCallWithItsReason() {
    KeyVaultSampleClient client =
        client(
            new com.azure.core.credential.TokenCredential() {
              @Override
              public Mono<AccessToken> getToken(TokenRequestContext request) {
                return Mono.error(new IllegalStateException("no sign-in available"));
              }
            });

    RuntimeException sync =
        assertThrows(RuntimeException.class, () -> client.vaults().get("rg-1", "my-vault"));
    ExecutionException async =
        assertThrows(
            ExecutionException.class, () -> client.vaults().getAsync("rg-1", "my-vault").get());

    assertTrue(String.valueOf(sync.getMessage()).contains("no sign-in available"), sync.toString());
    assertTrue(async.getCause().toString().contains("no sign-in available"), async.toString());
    assertEquals(List.of(), authorizations, "nothing is sent without a token");
  }
}
