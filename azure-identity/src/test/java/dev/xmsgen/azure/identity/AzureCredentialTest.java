package dev.xmsgen.azure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.TokenCredential;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** azure-identity's own ClientSecretCredential, against a token endpoint on this machine. */
class AzureCredentialTest {
  private static final List<String> ARM = List.of("https://management.azure.com/.default");
  private static final String TENANT = "00000000-0000-0000-0000-00000000000a";
  private static final String CLIENT = "00000000-0000-0000-0000-00000000000b";

  @TempDir Path dir;
  private LocalTokenEndpoint endpoint;

  @BeforeEach
  void start() throws Exception {
    endpoint = new LocalTokenEndpoint(dir);
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  /** A real ClientSecretCredential, sending its requests to the local endpoint only. */
  private ClientSecretCredential clientSecret(String secret) throws Exception {
    SslContext trustLocal =
        SslContextBuilder.forClient().trustManager(endpoint.certificate()).build();
    HttpClient http =
        new NettyAsyncHttpClientBuilder(
                reactor.netty.http.client.HttpClient.create()
                    .secure(tls -> tls.sslContext(trustLocal)))
            .build();
    return new ClientSecretCredentialBuilder()
        .authorityHost(endpoint.authorityHost())
        .disableInstanceDiscovery()
        .tenantId(TENANT)
        .clientId(CLIENT)
        .clientSecret(secret)
        .httpClient(http)
        .maxRetry(0)
        .build();
  }

  @Test
  void aClientSecretCredentialYieldsTheEndpointsTokenForTheClientsScopes() throws Exception {
    TokenCredential credential = AzureCredential.of(clientSecret(LocalTokenEndpoint.SECRET));
    Instant before = Instant.now();

    AccessToken token = credential.getToken(ARM);

    assertEquals("token-1", token.token());
    Duration left = Duration.between(before, token.expiresAt());
    assertTrue(
        left.compareTo(Duration.ofMinutes(55)) > 0 && left.compareTo(Duration.ofMinutes(61)) < 0,
        "expires in the hour the endpoint said: " + left);
    assertEquals(1, endpoint.forms.size());
    Map<String, String> form = endpoint.forms.get(0);
    assertEquals("/" + TENANT + "/oauth2/v2.0/token", form.get("path"));
    assertEquals("client_credentials", form.get("grant_type"));
    assertEquals(CLIENT, form.get("client_id"));
    assertTrue(form.get("scope").contains("https://management.azure.com/.default"), form.toString());
    assertTrue(!token.toString().contains("token-1"), "toString never shows the token");
  }

  @Test
  void theAsyncFormGetsTheEndpointsTokenThroughAzureIdentitysAsyncPath() throws Exception {
    TokenCredential credential = AzureCredential.of(clientSecret(LocalTokenEndpoint.SECRET));

    AccessToken token = credential.getTokenAsync(ARM, null).get(60, TimeUnit.SECONDS);

    assertEquals("token-1", token.token());
    assertEquals(1, endpoint.forms.size());
  }

  @Test
  void theAsyncFormFailsItsFutureWithTheEndpointsReason() throws Exception {
    TokenCredential credential = AzureCredential.of(clientSecret("a-wrong-secret"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> credential.getTokenAsync(ARM, null).get(60, TimeUnit.SECONDS));

    assertEquals("AADSTS7000215: Invalid client secret provided.", e.getCause().getMessage());
  }

  @Test
  void claimsOfAChallengeReachTheAzureCredential() throws Exception {
    List<String> claims = new java.util.ArrayList<>();
    TokenCredential credential =
        AzureCredential.of(
            request -> {
              claims.add(request.getClaims());
              return reactor.core.publisher.Mono.just(
                  new com.azure.core.credential.AccessToken(
                      "t", java.time.OffsetDateTime.parse("2030-01-01T00:00:00Z")));
            });

    credential.getTokenAsync(ARM, "{\"access_token\":{}}").get(60, TimeUnit.SECONDS);

    assertEquals(List.of("{\"access_token\":{}}"), claims);
  }

  @Test
  void aRefusedSecretFailsWithTheEndpointsReasonNotAWrapper() throws Exception {
    TokenCredential credential = AzureCredential.of(clientSecret("a-wrong-secret"));

    RuntimeException e = assertThrows(RuntimeException.class, () -> credential.getToken(ARM));

    assertEquals("AADSTS7000215: Invalid client secret provided.", e.getMessage());
    assertTrue(e.getClass() != RuntimeException.class, e.getClass().getName());
  }

  @Test
  void azureIdentitysOwnExceptionsPassUnchanged() {
    ClientAuthenticationException refused = new ClientAuthenticationException("refused", null);
    TokenCredential credential =
        AzureCredential.of(
            new com.azure.core.credential.TokenCredential() {
              @Override
              public reactor.core.publisher.Mono<com.azure.core.credential.AccessToken> getToken(
                  com.azure.core.credential.TokenRequestContext request) {
                return reactor.core.publisher.Mono.error(refused);
              }

              @Override
              public com.azure.core.credential.AccessToken getTokenSync(
                  com.azure.core.credential.TokenRequestContext request) {
                throw refused;
              }
            });

    assertEquals(refused, assertThrows(RuntimeException.class, () -> credential.getToken(ARM)));
  }

  @Test
  void anAzureCredentialThatCompletesEmptyIsSaidClearly() {
    TokenCredential credential = AzureCredential.of(request -> reactor.core.publisher.Mono.empty());

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> credential.getToken(ARM));

    assertTrue(e.getMessage().contains("gave no token for [https://management.azure.com/.default]"),
        e.getMessage());
  }

  @Test
  void theScopesAskedForAreTheOnesSent() {
    List<List<String>> asked = new java.util.ArrayList<>();
    TokenCredential credential =
        AzureCredential.of(
            request -> {
              asked.add(request.getScopes());
              return reactor.core.publisher.Mono.just(
                  new com.azure.core.credential.AccessToken(
                      "t", java.time.OffsetDateTime.parse("2030-01-01T00:00:00Z")));
            });

    AccessToken token = credential.getToken(List.of("https://vault.azure.net/.default"));

    assertEquals(List.of(List.of("https://vault.azure.net/.default")), asked);
    assertEquals(Instant.parse("2030-01-01T00:00:00Z"), token.expiresAt());
  }
}
