package dev.xmsgen.core.emit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.emit.JavaTypes;
import dev.xmsgen.core.generated.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Compiles the clients emitted for {@link VaultsApi} with hand-written models and a small program
 * that uses them as a person would, then runs it against a local HTTP server.
 */
class GeneratedClientHttpTest {
  private static final String VAULTS =
      "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults";

  private static final String DRIVER =
      String.join(
          "\n",
          "package com.example.keyvault;",
          "",
          "import dev.xmsgen.runtime.ApiException;",
          "import dev.xmsgen.runtime.Response;",
          "import dev.xmsgen.runtime.RetryOptions;",
          "import dev.xmsgen.runtime.TokenCredential;",
          "import java.util.ArrayList;",
          "import java.util.List;",
          "import java.util.concurrent.CompletableFuture;",
          "import java.util.function.Function;",
          "",
          "/** Uses the generated client. */",
          "public final class Driver implements Function<String, List<String>> {",
          "  @Override",
          "  public List<String> apply(String endpoint) {",
          "    List<String> out = new ArrayList<>();",
          "    KeyVaultManagementClient client = KeyVaultManagementClient.builder()",
          "        .endpoint(endpoint)",
          "        .credential(TokenCredential.of(\"test-token\"))",
          "        .subscriptionId(\"sub-1\")",
          "        .retryOptions(RetryOptions.none())",
          "        .configure(p -> p.sleeper(d -> CompletableFuture.completedFuture(null)))",
          "        .build();",
          "    VaultsClient vaults = client.vaults();",
          "    Vault got = vaults.get(\"rg-1\", \"vault one\");",
          "    out.add(\"get \" + got.name + \" \" + got.properties.provisioningState);",
          "    Response<Vault> response = vaults.getWithResponse(\"rg-1\", \"vault one\");",
          "    out.add(\"status \" + response.statusCode());",
          "    out.add(\"async \" + vaults.getAsync(\"rg-1\", \"vault one\").join().name);",
          "    VaultCreateOrUpdateParameters parameters = new VaultCreateOrUpdateParameters();",
          "    parameters.location = \"westeurope\";",
          "    out.add(\"created \" + vaults.createOrUpdate(\"rg-1\", \"v2\", parameters).name);",
          "    for (Vault v : vaults.listByResourceGroup(\"rg-1\", 1)) {",
          "      out.add(\"in group \" + v.name);",
          "    }",
          "    vaults.list().forEach(v -> out.add(\"in subscription \" + v.name));",
          "    vaults.delete(\"rg-1\", \"v2\");",
          "    out.add(\"deleted\");",
          "    vaults.purgeDeleted(\"v3\", \"westeurope\");",
          "    out.add(\"purged\");",
          "    try {",
          "      vaults.get(\"rg-1\", \"missing\");",
          "    } catch (ApiException e) {",
          "      out.add(\"error \" + e.statusCode() + \" \" + e.errorCode() + \" \"",
          "          + e.error(CloudError.class).map(c -> c.error.message).orElse(\"-\"));",
          "    }",
          "    client.operations().list().forEach(o -> out.add(\"operation \" + o.name));",
          "    return out;",
          "  }",
          "}",
          "");

  @Test
  void generatedClientsCompileAndTalkToAServer() throws Exception {
    List<GeneratedFile> files = new ClientEmitter(VaultsApi.PACKAGE).emit(VaultsApi.model());
    List<String[]> sources = new ArrayList<>(VaultsApi.modelSources());
    sources.add(new String[] {VaultsApi.PACKAGE + ".Driver", DRIVER});
    ClassLoader loader = GeneratedClients.compile(files, sources);

    try (LocalServer server = new LocalServer()) {
      String vault =
          "{\"name\":\"vault one\",\"properties\":{\"provisioningState\":\"Succeeded\"}}";
      server
          .on("GET", VAULTS + "/vault%20one", 200, vault)
          .on(
              "PUT",
              VAULTS + "/v2",
              201,
              "{\"name\":\"v2\",\"properties\":{\"provisioningState\":\"Creating\"}}",
              "Azure-AsyncOperation",
              "{base}/operationResults/1")
          .on("GET", "/operationResults/1", 200, "{\"status\":\"Succeeded\"}")
          .on("GET", VAULTS + "/v2", 200, "{\"name\":\"v2\"}")
          .on("GET", VAULTS, 200, "{\"value\":[{\"name\":\"g1\"}],\"nextLink\":\"{base}/page2\"}")
          .on("GET", "/page2", 200, "{\"value\":[{\"name\":\"g2\"}]}")
          .on(
              "GET",
              "/subscriptions/sub-1/resources",
              200,
              "{\"value\":[{\"name\":\"s1\"}],\"nextLink\":\"{base}/next-of-all\"}")
          .on("GET", "/next-of-all", 200, "{\"value\":[{\"name\":\"s2\"}]}")
          .on("DELETE", VAULTS + "/v2", 200, "")
          .on(
              "POST",
              "/subscriptions/sub-1/providers/Microsoft.KeyVault/locations/westeurope"
                  + "/deletedVaults/v3/purge",
              202,
              "",
              "Location",
              "{base}/purgeStatus")
          .on("GET", "/purgeStatus", 200, "")
          .on(
              "GET",
              VAULTS + "/missing",
              404,
              "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"No vault missing.\"}}")
          .on(
              "GET",
              "/providers/Microsoft.KeyVault/operations",
              200,
              "{\"value\":[{\"name\":\"read\"}]}");

      @SuppressWarnings("unchecked")
      Function<String, List<String>> driver =
          (Function<String, List<String>>)
              loader
                  .loadClass(VaultsApi.PACKAGE + ".Driver")
                  .getDeclaredConstructor()
                  .newInstance();
      List<String> out = driver.apply(server.base());

      assertEquals(
          List.of(
              "get vault one Succeeded",
              "status 200",
              "async vault one",
              "created v2",
              "in group g1",
              "in group g2",
              "in subscription s1",
              "in subscription s2",
              "deleted",
              "purged",
              "error 404 ResourceNotFound No vault missing.",
              "operation read"),
          out);
      List<String> calls = new ArrayList<>();
      for (LocalServer.Request r : server.requests()) {
        calls.add(r.method() + " " + r.uri());
        assertEquals("Bearer test-token", r.header("Authorization"), r.uri());
        assertTrue(
            r.header("User-Agent").startsWith("KeyVaultManagementClient/dev xmsgen-runtime/"),
            r.header("User-Agent"));
      }
      String q = "?api-version=2021-06-01-preview";
      assertEquals(
          List.of(
              "GET " + VAULTS + "/vault%20one" + q,
              "GET " + VAULTS + "/vault%20one" + q,
              "GET " + VAULTS + "/vault%20one" + q,
              "PUT " + VAULTS + "/v2" + q,
              "GET /operationResults/1",
              "GET " + VAULTS + "/v2" + q,
              "GET " + VAULTS + "?%24top=1&api-version=2021-06-01-preview",
              "GET /page2?api-version=2021-06-01-preview",
              "GET /subscriptions/sub-1/resources"
                  + "?%24filter=resourceType%20eq%20%27Microsoft.KeyVault%2Fvaults%27"
                  + "&"
                  + q.substring(1),
              "GET /next-of-all",
              "DELETE " + VAULTS + "/v2" + q,
              "POST /subscriptions/sub-1/providers/Microsoft.KeyVault/locations/westeurope"
                  + "/deletedVaults/v3/purge"
                  + q,
              "GET /purgeStatus",
              "GET " + VAULTS + "/missing" + q,
              "GET /providers/Microsoft.KeyVault/operations" + q),
          calls);
      assertEquals("{\"location\":\"westeurope\"}", server.requests().get(3).body());
    }
  }

  @Test
  void aClientGeneratedWithAVersionNamesItInItsUserAgent() throws Exception {
    List<GeneratedFile> files =
        new ClientEmitter(new JavaTypes(VaultsApi.PACKAGE), "3.1.4-beta")
            .emit(VaultsApi.model());
    List<String[]> sources = new ArrayList<>(VaultsApi.modelSources());
    sources.add(new String[] {VaultsApi.PACKAGE + ".Driver", DRIVER});
    ClassLoader loader = GeneratedClients.compile(files, sources);

    try (LocalServer server = new LocalServer()) {
      server.on("GET", VAULTS + "/vault%20one", 200, "{\"name\":\"vault one\"}");
      @SuppressWarnings("unchecked")
      Function<String, List<String>> driver =
          (Function<String, List<String>>)
              loader
                  .loadClass(VaultsApi.PACKAGE + ".Driver")
                  .getDeclaredConstructor()
                  .newInstance();
      try {
        driver.apply(server.base());
      } catch (RuntimeException expected) {
        // the driver goes on to routes this server does not have; its first call is enough
      }

      String ua = server.requests().get(0).header("User-Agent");
      assertTrue(ua.startsWith("KeyVaultManagementClient/3.1.4-beta xmsgen-runtime/"), ua);
    }
  }
}
