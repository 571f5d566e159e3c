package dev.xmsgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.runtime.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource the project grew from: KeyVault 2021-06-01-preview's PrivateEndpointConnection, a
 * Resource taken in with {@code allOf} whose {@code properties} object is flattened, with an open
 * status enum. What a user of the generated class sees and what goes on the wire.
 */
class SeedResourceTest {
  private static final String PKG = "com.example.keyvault.models";
  private static CompiledClasses classes;
  private static final ObjectMapper MAPPER =
      Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @BeforeAll
  static void generate() throws Exception {
    GenerationResult result =
        new Generator()
            .generate(
                new GeneratorOptions(
                    SharedSpecs.KEYVAULT_2021_06_01_PREVIEW.files(), "com.example.keyvault", false));
    classes = InMemoryCompiler.compile(result.files());
  }

  private static Object status(String value) {
    return classes.callStatic(PKG + ".PrivateEndpointServiceConnectionStatus", "fromString", value);
  }

  @Test
  void theSeedExampleBodyIsWrittenNestedAsOnTheWire() throws Exception {
    Object state = classes.newInstance(PKG + ".PrivateLinkServiceConnectionState");
    CompiledClasses.call(state, "setStatus", classes.constant(PKG + ".PrivateEndpointServiceConnectionStatus", "APPROVED"));
    CompiledClasses.call(state, "setDescription", "My name is Joe and I'm approving this.");
    Object connection = classes.newInstance(PKG + ".PrivateEndpointConnection");
    CompiledClasses.call(connection, "setEtag", "");
    CompiledClasses.call(connection, "setPrivateLinkServiceConnectionState", state);

    JsonNode expected =
        MAPPER.readTree(
            "{\"etag\":\"\",\"properties\":{\"privateLinkServiceConnectionState\":"
                + "{\"status\":\"Approved\",\"description\":\"My name is Joe and I'm approving this.\"}}}");
    assertEquals(expected, MAPPER.valueToTree(connection));
  }

  @Test
  void statusIsReachedFromTheConnectionWithoutTheNestedPropertiesObject() throws Exception {
    Object connection =
        MAPPER.readValue(
            "{\"id\":\"/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v/privateEndpointConnections/c\","
                + "\"properties\":{\"provisioningState\":\"Succeeded\","
                + "\"privateLinkServiceConnectionState\":{\"status\":\"Approved\",\"actionsRequired\":\"None\"}}}",
            classes.type(PKG + ".PrivateEndpointConnection"));
    Object state = CompiledClasses.call(connection, "getPrivateLinkServiceConnectionState");
    assertEquals(status("Approved"), CompiledClasses.call(state, "getStatus"));
    assertEquals("Succeeded", String.valueOf(CompiledClasses.call(connection, "getProvisioningState")));
    assertEquals(
        "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v/privateEndpointConnections/c",
        CompiledClasses.call(connection, "getId"));
  }

  @Test
  void anUnknownStatusSurvivesARoundTrip() throws Exception {
    String json =
        "{\"properties\":{\"privateLinkServiceConnectionState\":{\"status\":\"Escalated\"}}}";
    Object connection = MAPPER.readValue(json, classes.type(PKG + ".PrivateEndpointConnection"));
    Object state = CompiledClasses.call(connection, "getPrivateLinkServiceConnectionState");
    Object status = CompiledClasses.call(state, "getStatus");
    assertEquals("Escalated", status.toString());
    assertFalse(
        ((java.util.Collection<?>)
                classes.callStatic(PKG + ".PrivateEndpointServiceConnectionStatus", "values"))
            .contains(status),
        "an unknown value is not one of the known constants");
    assertEquals(MAPPER.readTree(json), MAPPER.valueToTree(connection));
  }

  @Test
  void readOnlyPropertiesAreReadButNeverSent() throws Exception {
    Object connection =
        MAPPER.readValue(
            "{\"id\":\"x\",\"name\":\"c\",\"etag\":\"e\",\"properties\":{\"provisioningState\":\"Creating\"}}",
            classes.type(PKG + ".PrivateEndpointConnection"));
    assertEquals("c", CompiledClasses.call(connection, "getName"));
    assertEquals(MAPPER.readTree("{\"etag\":\"e\",\"properties\":{}}"), MAPPER.valueToTree(connection));
  }
}
