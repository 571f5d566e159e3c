package dev.xmsgen.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.xmsgen.core.clients.ExampleServer.Reply;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.ResponseBodyException;
import dev.xmsgen.runtime.TokenCredential;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated KeyVault client answered 200 with a body it cannot read (a value of the wrong JSON
 * type, or a closed enum's value it does not know) fails with the runtime's {@link
 * ResponseBodyException}, an ApiException carrying the status and the body, not with an
 * UncheckedIOException: for a plain call and for an item of a page.
 */
class GeneratedClientBodyErrorsTest {
  private static final String VAULT =
      "{\"id\":\"/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/v1\","
          + "\"name\":\"v1\",\"location\":\"westus\",\"properties\":{\"tenantId\":"
          + "\"00000000-0000-0000-0000-000000000000\",\"sku\":{\"family\":\"A\",\"name\":\"%s\"}}}";

  private static GeneratedService service;

  @BeforeAll
  static void generate() throws Exception {
    service = GeneratedService.of(SharedSpecs.KEYVAULT_2025_05_01);
  }

  @Test
  void aWellFormedVaultIsRead() throws Exception {
    try (ExampleServer server = new ExampleServer()) {
      server.script(request -> Reply.json(200, json(String.format(VAULT, "premium"))));

      Object vault = CompiledClasses.call(vaults(server), "get", "rg-1", "v1");

      assertEquals(
          "premium", Json.mapper().valueToTree(vault).at("/properties/sku/name").asText());
    }
  }

  @Test
  void anUnknownClosedEnumValueIsAResponseBodyException() throws Exception {
    assertUnreadable(json(String.format(VAULT, "ultra")), "ultra");
  }

  @Test
  void aBodyOfTheWrongShapeIsAResponseBodyException() throws Exception {
    assertUnreadable(json("{\"properties\":[1,2,3]}"), "properties");
  }

  @Test
  void aPageItemWithAnUnknownClosedEnumValueIsAResponseBodyException() throws Exception {
    JsonNode page = json("{\"value\":[" + String.format(VAULT, "ultra") + "]}");
    try (ExampleServer server = new ExampleServer()) {
      server.script(request -> Reply.json(200, page));
      Iterable<?> items =
          (Iterable<?>) CompiledClasses.call(vaults(server), "listByResourceGroup", "rg-1", null);

      ResponseBodyException e =
          assertThrows(ResponseBodyException.class, () -> items.iterator().next());

      assertEquals(200, e.statusCode());
      assertEquals(page, Json.mapper().readTree(e.rawBody()));
      assertTrue(String.valueOf(e.getCause()).contains("ultra"), String.valueOf(e.getCause()));
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
    Object client =
        service.newClient(
            server.base(),
            TokenCredential.of(ExampleRunner.TOKEN),
            Map.of("subscriptionId", TextNode.valueOf("sub-1")),
            ExampleRunner.SETTINGS);
    return CompiledClasses.call(client, "vaults");
  }

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
