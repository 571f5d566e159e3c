package dev.xmsgen.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.xmsgen.core.examples.ExampleCatalog;
import dev.xmsgen.core.examples.ExampleCatalog.ExampleCase;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.examples.WireComparison;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.OperationStatus;
import dev.xmsgen.runtime.PagedIterable;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.TokenCredential;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example checks fail when they should: a request that differs from the example, a wrong token,
 * a client that stops before polling or before the next page, a result that lost a read-only value.
 * Without these, {@link GeneratedClientExamplesTest} passing would mean little.
 */
class ExampleChecksTest {
  private static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

  private static GeneratedService service;
  private static ExampleCatalog catalog;
  private static ExampleServer server;

  @BeforeAll
  static void start() throws Exception {
    service = GeneratedService.of(SharedSpecs.KEYVAULT_2025_05_01);
    catalog = ExampleCatalog.of(SharedSpecs.KEYVAULT_2025_05_01.files());
    server = new ExampleServer();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPathThatDiffersIsAnswered400AndNamed() {
    ExampleCase example = example("getVault.json");
    ExampleCall call = script(example, "200");

    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                group(client(ExampleRunner.TOKEN), "vaults", "get", "other-group", "sample-vault"));

    assertEquals(400, e.statusCode());
    assertEquals(
        List.of(
            "path: expected /subscriptions/"
                + SUBSCRIPTION
                + "/resourceGroups/sample-resource-group/providers/Microsoft.KeyVault/vaults"
                + "/sample-vault but was /subscriptions/"
                + SUBSCRIPTION
                + "/resourceGroups/other-group/providers/Microsoft.KeyVault/vaults/sample-vault"),
        call.failures());
    assertTrue(e.errorMessage().startsWith("path: expected"), e.errorMessage());
  }

  @Test
  void aBodyThatDiffersIsNamedWithItsPath() throws Throwable {
    ExampleCase example = example("updateVault.json");
    ExampleCall call = script(example, "200");
    ObjectNode sent = (ObjectNode) example.example().path("parameters").deepCopy();
    ((ObjectNode) sent.path("parameters").path("properties")).remove("enabledForDeployment");

    assertThrows(
        ApiException.class,
        () ->
            OperationInvoker.call(
                client(ExampleRunner.TOKEN), groupOf(example), op(example), sent));

    assertEquals(
        List.of("request body.properties.enabledForDeployment: lost (expected true)"),
        call.failures());
  }

  @Test
  void anApiVersionThatDiffersIsNamed() {
    ExampleCase example = example("getVault.json");
    ObjectNode parameters = (ObjectNode) example.example().path("parameters").deepCopy();
    parameters.put("api-version", "2024-11-01");
    ExampleCall call = script(example, parameters, "200");

    assertThrows(
        ApiException.class,
        () ->
            group(
                client(ExampleRunner.TOKEN),
                "vaults",
                "get",
                "sample-resource-group",
                "sample-vault"));

    assertEquals(
        List.of("query api-version: expected [2024-11-01] but was [2025-05-01]"), call.failures());
  }

  @Test
  void aWrongTokenIsNamed() {
    ExampleCase example = example("getVault.json");
    ExampleCall call = script(example, "200");

    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                group(
                    client("another-token"),
                    "vaults",
                    "get",
                    "sample-resource-group",
                    "sample-vault"));

    assertEquals(400, e.statusCode());
    assertEquals(1, call.failures().size(), call.failures().toString());
    assertTrue(
        call.failures()
            .get(0)
            .startsWith(
                "Authorization: expected Bearer example-token but was Bearer another-token"),
        call.failures().get(0));
  }

  @Test
  void aLongRunningCallThatIsNotFollowedIsNamed() {
    ExampleCase example = example("createVault.json");
    ExampleCall call = script(example, "201");
    Object parameters = body(example, "parameters", "VaultCreateOrUpdateParameters");

    Object poller =
        group(
            client(ExampleRunner.TOKEN),
            "vaults",
            "beginCreateOrUpdate",
            "sample-resource-group",
            "sample-vault",
            parameters);

    assertEquals(OperationStatus.IN_PROGRESS, ((Poller<?>) poller).status());
    assertEquals(List.of("the client did not poll after a 201"), call.failures());
  }

  @Test
  void aNextPageThatIsNotFetchedIsNamed() {
    ExampleCase example = example("listVaultByResourceGroup.json");
    ExampleCall call = script(example, "200");

    PagedIterable<?> vaults =
        (PagedIterable<?>)
            group(client(ExampleRunner.TOKEN), "vaults", "listByResourceGroup", "sample-group", 1);
    vaults.iterator().next();

    assertEquals(List.of("the client did not fetch the next page"), call.failures());
  }

  @Test
  void aResultThatLostAReadOnlyValueFails() throws Exception {
    ExampleCase example = example("getVault.json");
    JsonNode body = example.example().path("responses").path("200").path("body");
    TypeRef vault = new TypeRef.Named("Vault");
    Object read = Json.mapper().treeToValue(body, classOf("Vault"));
    assertEquals(List.of(), ResultCheck.differences(service.model(), vault, body, read));

    Field name = classOf("Vault").getDeclaredField("name");
    name.setAccessible(true);
    name.set(read, null);

    // the value is read-only: what the model writes cannot tell
    assertEquals(
        List.of(),
        WireComparison.differences(
            service.model(), vault, body, Json.mapper().valueToTree(read), "$"));
    assertEquals(
        List.of("$.name: lost (expected \"sample-vault\") (read-only properties included)"),
        ResultCheck.differences(service.model(), vault, body, read));
  }

  private static ExampleCase example(String file) {
    return catalog.cases().stream()
        .filter(c -> c.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no example " + file));
  }

  private static OperationModel op(ExampleCase example) {
    return service.operation(example.operationId()).orElseThrow();
  }

  private static OperationGroup groupOf(ExampleCase example) {
    return service.groupOf(op(example));
  }

  /** Makes the server play {@code status} of the example for the next call. */
  private static ExampleCall script(ExampleCase example, String status) {
    return script(example, example.example().path("parameters"), status);
  }

  /** As {@link #script(ExampleCase, String)}, expecting {@code parameters} instead. */
  private static ExampleCall script(ExampleCase example, JsonNode parameters, String status) {
    ExpectedRequest expected =
        new ExpectedRequest(service.model(), op(example), parameters, ExampleRunner.TOKEN);
    ExampleCall call =
        new ExampleCall(
            op(example),
            expected,
            example.example().path("responses"),
            status,
            server.base(),
            "/checks/" + System.nanoTime());
    server.script(call);
    return call;
  }

  private static Object client(String token) {
    return service.newClient(
        server.base(),
        TokenCredential.of(token),
        Map.of("subscriptionId", TextNode.valueOf(SUBSCRIPTION)),
        ExampleRunner.SETTINGS);
  }

  private static Object group(Object client, String group, String method, Object... args) {
    return CompiledClasses.call(CompiledClasses.call(client, group), method, args);
  }

  private static Object body(ExampleCase example, String parameter, String type) {
    try {
      return Json.mapper()
          .treeToValue(example.example().path("parameters").path(parameter), classOf(type));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> classOf(String simpleName) {
    return service
        .javaType(Json.mapper().getTypeFactory(), new TypeRef.Named(simpleName))
        .getRawClass();
  }
}
