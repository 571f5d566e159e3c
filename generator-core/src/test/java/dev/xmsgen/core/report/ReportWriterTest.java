package dev.xmsgen.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratorIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  private static final GeneratorOptions OPTIONS =
      new GeneratorOptions(List.of(Path.of("/specs/keyvault.json")), "com.example");

  private static GenerationResult result() {
    return HandMadeApi.result(
        List.of(Path.of("/specs/common.json"), Path.of("/specs/keyvault.json")),
        "com/example/models/CreateMode.java", "",
        "com/example/models/Vault.java", "");
  }

  private static String report(GeneratorOptions options) throws Exception {
    return new String(ReportWriter.toBytes(result(), options), StandardCharsets.UTF_8);
  }

  @Test
  void reportNamesEveryModelOperationAndWarning() throws Exception {
    String expected =
        """
        {
          "generator": {
            "name": "xmsgen",
            "version": "%s"
          },
          "jsonMapper": "dev.xmsgen.runtime.Json#mapper",
          "models": [
            {
              "schema": "common.json#/definitions/CreateMode",
              "javaType": "com.example.models.CreateMode",
              "kind": "open-enum"
            },
            {
              "schema": "keyvault.json#/definitions/Sku/properties/name",
              "javaType": "com.example.models.SkuName",
              "kind": "enum"
            },
            {
              "schema": "keyvault.json#/definitions/Vault",
              "javaType": "com.example.models.Vault",
              "kind": "class"
            }
          ],
          "operations": [
            {
              "operationId": "Vaults_Get",
              "client": "com.example.VaultsClient",
              "javaMethod": "get",
              "httpMethod": "GET",
              "path": "/vaults/{name}",
              "responses": {
                "200": "com.example.models.Vault"
              }
            },
            {
              "operationId": "Vaults_ListNames",
              "client": "com.example.VaultsClient",
              "javaMethod": "listNames",
              "httpMethod": "GET",
              "path": "/vaults",
              "responses": {
                "200": "java.util.List<com.example.models.Vault>",
                "202": "java.lang.String",
                "204": null
              }
            }
          ],
          "warnings": [
            {
              "file": "keyvault.json",
              "pointer": "/definitions/Unused",
              "message": "defined but never used"
            }
          ],
          "files": [
            "com/example/models/CreateMode.java",
            "com/example/models/Vault.java"
          ],
          "inputs": [
            "/specs/common.json",
            "/specs/keyvault.json"
          ]
        }
        """
            .formatted(GeneratorIdentity.version());

    assertEquals(expected, report(OPTIONS));
  }

  @Test
  void isValidJsonThatToolsCanRead() throws Exception {
    JsonNode report = new ObjectMapper().readTree(report(OPTIONS));

    assertEquals("com.example.models.Vault", report.at("/operations/0/responses/200").asText());
    assertEquals(true, report.at("/operations/1/responses/204").isNull());
    assertEquals("keyvault.json#/definitions/Vault", report.at("/models/2/schema").asText());
  }

  @Test
  void withAFlatPackageModelsAreNamedInTheClientsPackage() throws Exception {
    JsonNode report =
        new ObjectMapper()
            .readTree(report(new GeneratorOptions(OPTIONS.specs(), "com.example", true, true)));

    assertEquals("com.example.Vault", report.at("/models/2/javaType").asText());
    assertEquals("com.example.Vault", report.at("/operations/0/responses/200").asText());
    assertEquals("com.example.VaultsClient", report.at("/operations/0/client").asText());
  }

  @Test
  void withoutClientsThereAreNoOperations() throws Exception {
    String text = report(new GeneratorOptions(OPTIONS.specs(), "com.example", false));
    JsonNode report = new ObjectMapper().readTree(text);

    assertTrue(text.contains("\n  \"operations\": [],\n"), text);
    assertEquals(3, report.get("models").size());
  }

  @Test
  void sameResultGivesTheSameBytes() throws Exception {
    assertArrayEquals(
        ReportWriter.toBytes(result(), OPTIONS), ReportWriter.toBytes(result(), OPTIONS));
  }
}
