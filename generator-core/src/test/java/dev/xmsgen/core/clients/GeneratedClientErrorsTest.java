package dev.xmsgen.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.xmsgen.core.clients.ExampleServer.Reply;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.ResponseBodyException;
import dev.xmsgen.runtime.TokenCredential;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated KeyVault client surfaces a failing operation as the runtime's {@link ApiException},
 * with the status, the service's error code and message, and the error body as the spec's typed
 * error model: for a plain call answered 404, and for a long-running operation that ends Failed.
 * A 200 whose body it cannot read (a value of the wrong JSON type) is the runtime's {@link
 * ResponseBodyException}, an ApiException carrying the status and the body, not an
 * UncheckedIOException. A closed enum's value it does not list, or lists in another letter case,
 * reads, in a plain call and an item of a page, and goes back to the service as it came. A body
 * missing a required property is refused before a request is sent.
 */
class GeneratedClientErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VAULT =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/missing";

  private static final String FOUND_VAULT =
      "{\"id\":\"/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/v1\","
          + "\"name\":\"v1\",\"location\":\"westus\",\"properties\":{\"tenantId\":"
          + "\"00000000-0000-0000-0000-000000000000\",\"sku\":{\"family\":\"A\",\"name\":\"%s\"}}}";

  private static GeneratedService service;

  @BeforeAll
  static void generate() throws Exception {
    service = GeneratedService.of(SharedSpecs.KEYVAULT_2025_05_01);
  }

  @Test
  void aVaultThatIsNotThereIsAnApiExceptionWithCodeMessageAndCloudError() throws Exception {
    String body =
        "{\"error\":{\"code\":\"ResourceNotFound\","
            + "\"message\":\"The Resource 'Microsoft.KeyVault/vaults/missing' was not found.\"}}";
    List<String> requests = new ArrayList<>();
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            requests.add(request.toString());
            return Reply.json(404, json(body));
          });
      Object vaults = CompiledClasses.call(client(server), "vaults");

      ApiException e =
          assertThrows(
              ApiException.class, () -> CompiledClasses.call(vaults, "get", "rg-1", "missing"));

      assertEquals(List.of("GET " + VAULT + "?api-version=2025-05-01"), requests);
      assertEquals(404, e.statusCode());
      assertEquals("ResourceNotFound", e.errorCode());
      assertEquals(
          "The Resource 'Microsoft.KeyVault/vaults/missing' was not found.", e.errorMessage());
      assertEquals(type("CloudError"), e.error().getClass());
      assertEquals(json(body), Json.mapper().valueToTree(e.error()));
    }
  }

  @Test
  void aLongRunningOperationThatEndsFailedIsAnApiException() throws Exception {
    String failed =
        "{\"status\":\"Failed\",\"error\":{\"code\":\"VaultAlreadyExists\","
            + "\"message\":\"The name is taken.\"}}";
    List<String> requests = new ArrayList<>();
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            requests.add(request.toString());
            return request.method().equals("PUT")
                ? new Reply(201, Map.of("Azure-AsyncOperation", server.base() + "/status"), null)
                : Reply.json(200, json(failed));
          });
      Object vaults = CompiledClasses.call(client(server), "vaults");
      Object parameters =
          Json.mapper()
              .treeToValue(
                  json(
                      "{\"location\":\"westus\",\"properties\":{\"tenantId\":"
                          + "\"00000000-0000-0000-0000-000000000000\","
                          + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}"),
                  type("VaultCreateOrUpdateParameters"));

      ApiException e =
          assertThrows(
              ApiException.class,
              () -> CompiledClasses.call(vaults, "createOrUpdate", "rg-1", "missing", parameters));

      assertEquals(List.of("PUT " + VAULT + "?api-version=2025-05-01", "GET /status"), requests);
      assertEquals("VaultAlreadyExists", e.errorCode());
      assertEquals("The name is taken.", e.errorMessage());
      assertTrue(e.getMessage().contains("ended Failed"), e.getMessage());
    }
  }

  @Test
  void aBodyMissingARequiredPropertyIsRefusedBeforeAnythingIsSent() throws Exception {
    List<String> requests = new ArrayList<>();
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            requests.add(request.toString());
            return Reply.json(200, json("{}"));
          });
      Object vaults = CompiledClasses.call(client(server), "vaults");
      // no tenantId, which VaultProperties requires
      Object parameters =
          Json.mapper()
              .treeToValue(
                  json(
                      "{\"location\":\"westus\",\"properties\":{"
                          + "\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}"),
                  type("VaultCreateOrUpdateParameters"));

      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> CompiledClasses.call(vaults, "createOrUpdate", "rg-1", "v1", parameters));

      assertEquals("VaultProperties.tenantId is required", e.getMessage());
      assertEquals(List.of(), requests);
    }
  }

  @Test
  void aWellFormedVaultIsRead() throws Exception {
    try (ExampleServer server = new ExampleServer()) {
      server.script(request -> Reply.json(200, json(String.format(FOUND_VAULT, "premium"))));

      Object vault = CompiledClasses.call(vaults(server), "get", "rg-1", "v1");

      assertEquals(
          "premium", Json.mapper().valueToTree(vault).at("/properties/sku/name").asText());
    }
  }

  /**
   * A vault read with {@code skuName}, and the vault's properties sent back in a create: the sku
   * as the client read it, and the JSON the server received.
   */
  private record SentBack(Object sku, JsonNode sent) {}

  private static SentBack readAndSendBack(String skuName) throws Exception {
    List<JsonNode> sent = new ArrayList<>();
    try (ExampleServer server = new ExampleServer()) {
      server.script(
          request -> {
            if (request.method().equals("PUT")) {
              sent.add(json(request.body()));
            }
            return Reply.json(200, json(String.format(FOUND_VAULT, skuName)));
          });
      Object vaults = vaults(server);
      Object properties =
          CompiledClasses.call(CompiledClasses.call(vaults, "get", "rg-1", "v1"), "getProperties");
      Object parameters = newInstance(type("VaultCreateOrUpdateParameters"));
      CompiledClasses.call(parameters, "setLocation", "westus");
      CompiledClasses.call(parameters, "setProperties", properties);
      CompiledClasses.call(vaults, "createOrUpdate", "rg-1", "v1", parameters);
      return new SentBack(CompiledClasses.call(properties, "getSku"), sent.get(0));
    }
  }

  @Test
  void anUnknownClosedEnumValueReadsAndIsSentBackAsTheServiceSentIt() throws Exception {
    SentBack r = readAndSendBack("Ultra");

    assertEquals(null, CompiledClasses.call(r.sku(), "getName"), "Ultra is not a SkuName");
    assertEquals("Ultra", CompiledClasses.call(r.sku(), "getNameWireValue"));
    assertEquals("Ultra", r.sent().path("properties").path("sku").path("name").asText());
  }

  @Test
  void aClosedEnumValueInAnotherCaseIsKnownAndSentBackInTheServicesCase() throws Exception {
    SentBack r = readAndSendBack("Premium");

    assertEquals("PREMIUM", ((Enum<?>) CompiledClasses.call(r.sku(), "getName")).name());
    assertEquals("Premium", r.sent().path("properties").path("sku").path("name").asText());
  }

  @Test
  void aBodyOfTheWrongShapeIsAResponseBodyException() throws Exception {
    assertUnreadable(json("{\"properties\":[1,2,3]}"), "properties");
  }

  @Test
  void aPageItemWithAnUnknownClosedEnumValueReads() throws Exception {
    JsonNode page = json("{\"value\":[" + String.format(FOUND_VAULT, "ultra") + "]}");
    try (ExampleServer server = new ExampleServer()) {
      server.script(request -> Reply.json(200, page));
      Iterable<?> items =
          (Iterable<?>) CompiledClasses.call(vaults(server), "listByResourceGroup", "rg-1", null);

      Object vault = items.iterator().next();

      Object sku = CompiledClasses.call(CompiledClasses.call(vault, "getProperties"), "getSku");
      assertEquals("ultra", CompiledClasses.call(sku, "getNameWireValue"));
      // what it would send back: read-only id and name stay home, the sku goes as it came
      assertEquals(
          page.get("value").get(0).path("properties").path("sku"),
          Json.mapper().valueToTree(vault).path("properties").path("sku"));
    }
  }

  private static void assertUnreadable(JsonNode body, String named) throws Exception {
    try (ExampleServer server = new ExampleServer()) {
      server.script(request -> Reply.json(200, body));
      Object vaults = vaults(server);

      ResponseBodyException e =
          assertThrows(
              ResponseBodyException.class, () -> CompiledClasses.call(vaults, "get", "rg-1", "v1"));

      assertEquals(200, e.statusCode());
      assertEquals(body, Json.mapper().readTree(e.rawBody()));
      assertTrue(String.valueOf(e.getCause()).contains(named), String.valueOf(e.getCause()));
    }
  }

  private static Object vaults(ExampleServer server) {
    return CompiledClasses.call(client(server), "vaults");
  }

  private static Object client(ExampleServer server) {
    return service.newClient(
        server.base(),
        TokenCredential.of(ExampleRunner.TOKEN),
        Map.of("subscriptionId", TextNode.valueOf("sub-1")),
        ExampleRunner.SETTINGS);
  }

  private static Object newInstance(Class<?> type) throws Exception {
    return type.getDeclaredConstructor().newInstance();
  }

  private static Class<?> type(String name) {
    return service.javaType(Json.mapper().getTypeFactory(), new TypeRef.Named(name)).getRawClass();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
