package com.example.keyvault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.keyvault.models.PrivateEndpointConnection;
import com.example.keyvault.models.PrivateEndpointConnectionProvisioningState;
import com.example.keyvault.models.PrivateEndpointServiceConnectionStatus;
import com.example.keyvault.models.PrivateLinkServiceConnectionState;
import com.example.keyvault.models.Sku;
import com.example.keyvault.models.SkuFamily;
import com.example.keyvault.models.SkuName;
import com.example.keyvault.models.Vault;
import com.example.keyvault.models.VaultCreateOrUpdateParameters;
import com.example.keyvault.models.VaultProperties;
import com.example.keyvault.models.VaultProvisioningState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.TokenCredential;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a user of the generated KeyVault client writes, run against a small stand-in for the
 * service on localhost: create a vault, list its private endpoint connections, approve one.
 */
class KeyVaultSampleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VAULT_PATH =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/my-vault";

  private HttpServer server;
  private final Map<String, JsonNode> received = new ConcurrentHashMap<>();
  private final List<String> authorizations = new ArrayList<>();
  private KeyVaultSampleClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    client =
        KeyVaultSampleClient.builder()
            .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
            .credential(TokenCredential.of("test-token"))
            .subscriptionId("sub-1")
            .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    synchronized (authorizations) {
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    }
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getQuery();
    String method = exchange.getRequestMethod();
    byte[] in = exchange.getRequestBody().readAllBytes();
    if (in.length > 0) {
      received.put(method + " " + path, JSON.readTree(in));
    }
    if (!"api-version=2021-06-01-preview".equals(query)) {
      respond(exchange, 400, "{\"error\":{\"code\":\"BadApiVersion\",\"message\":\"" + query + "\"}}");
    } else if (method.equals("PUT") && path.equals(VAULT_PATH)) {
      JsonNode body = received.get("PUT " + path);
      respond(
          exchange,
          200,
          "{\"id\":\"" + VAULT_PATH + "\",\"name\":\"my-vault\",\"location\":\"westeurope\","
              + "\"properties\":{\"tenantId\":\"" + body.at("/properties/tenantId").asText() + "\","
              + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"},"
              + "\"vaultUri\":\"https://my-vault.vault.azure.net/\",\"provisioningState\":\"Succeeded\"}}");
    } else if (method.equals("GET") && path.equals(VAULT_PATH + "/privateEndpointConnections")) {
      respond(
          exchange,
          200,
          "{\"value\":[{\"id\":\"" + VAULT_PATH + "/privateEndpointConnections/pe-1\",\"name\":\"pe-1\","
              + "\"properties\":{\"provisioningState\":\"Succeeded\",\"privateLinkServiceConnectionState\":"
              + "{\"status\":\"Pending\",\"description\":\"waiting\"}}},"
              + "{\"id\":\"" + VAULT_PATH + "/privateEndpointConnections/pe-2\",\"name\":\"pe-2\","
              + "\"properties\":{\"privateLinkServiceConnectionState\":{\"status\":\"Escalated\"}}}]}");
    } else if (method.equals("PUT") && path.equals(VAULT_PATH + "/privateEndpointConnections/pe-1")) {
      respond(exchange, 200, new String(in, StandardCharsets.UTF_8));
    } else {
      respond(exchange, 404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"no " + path + "\"}}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void createsAVaultWithItsSettingsNested() throws Exception {
    UUID tenant = UUID.fromString("00000000-0000-0000-0000-000000000001");
    Vault vault =
        client
            .vaults()
            .createOrUpdate(
                "rg-1",
                "my-vault",
                new VaultCreateOrUpdateParameters()
                    .setLocation("westeurope")
                    .setProperties(
                        new VaultProperties()
                            .setTenantId(tenant)
                            .setSku(new Sku().setFamily(SkuFamily.A).setName(SkuName.STANDARD))));

    assertEquals("my-vault", vault.getName());
    assertEquals(SkuName.STANDARD, vault.getProperties().getSku().getName());
    assertEquals(VaultProvisioningState.SUCCEEDED, vault.getProperties().getProvisioningState());
    assertEquals(
        JSON.readTree(
            "{\"location\":\"westeurope\",\"properties\":{\"tenantId\":\"" + tenant + "\","
                + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}"),
        received.get("PUT " + VAULT_PATH));
    assertEquals(List.of("Bearer test-token"), authorizations);
  }

  @Test
  void listsConnectionsWithTheirFlattenedStateAndKeepsUnknownStatuses() {
    List<PrivateEndpointConnection> connections =
        StreamSupport.stream(
                client.privateEndpointConnections().listByResource("rg-1", "my-vault").spliterator(),
                false)
            .collect(Collectors.toList());

    assertEquals(2, connections.size());
    PrivateEndpointConnection first = connections.get(0);
    assertEquals("pe-1", first.getName());
    assertEquals(
        PrivateEndpointServiceConnectionStatus.PENDING,
        first.getPrivateLinkServiceConnectionState().getStatus());
    assertEquals(PrivateEndpointConnectionProvisioningState.SUCCEEDED, first.getProvisioningState());
    assertEquals(
        "Escalated",
        connections.get(1).getPrivateLinkServiceConnectionState().getStatus().toString());
  }

  @Test
  void approvesAConnectionSendingOnlyWhatMayBeSent() throws Exception {
    PrivateEndpointConnection approval =
        new PrivateEndpointConnection()
            .setPrivateLinkServiceConnectionState(
                new PrivateLinkServiceConnectionState()
                    .setStatus(PrivateEndpointServiceConnectionStatus.APPROVED)
                    .setDescription("approved by the sample"));

    PrivateEndpointConnection result =
        client.privateEndpointConnections().put("rg-1", "my-vault", "pe-1", approval);

    assertEquals(
        JSON.readTree(
            "{\"properties\":{\"privateLinkServiceConnectionState\":"
                + "{\"status\":\"Approved\",\"description\":\"approved by the sample\"}}}"),
        received.get("PUT " + VAULT_PATH + "/privateEndpointConnections/pe-1"));
    assertEquals(
        PrivateEndpointServiceConnectionStatus.APPROVED,
        result.getPrivateLinkServiceConnectionState().getStatus());
  }

  @Test
  void aMissingVaultIsATypedErrorWithTheServiceCodeAndMessage() {
    ApiException error =
        assertThrows(ApiException.class, () -> client.vaults().get("rg-1", "other-vault"));
    assertEquals(404, error.statusCode());
    assertEquals("ResourceNotFound", error.errorCode());
  }

  @Test
  void requiredSettingsAreCheckedBeforeSending() {
    VaultCreateOrUpdateParameters incomplete =
        new VaultCreateOrUpdateParameters().setLocation("westeurope");
    IllegalStateException error = assertThrows(IllegalStateException.class, incomplete::validate);
    assertEquals("VaultCreateOrUpdateParameters.properties is required", error.getMessage());
  }
}
