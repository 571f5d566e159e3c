package dev.xmsgen.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.generated.GeneratedFile;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference pages of the real KeyVault 2021-06-01-preview specs: the PrivateEndpointConnection
 * page says what it depends on, lists its properties where the caller reaches them, its operations
 * and the api-version; and a second run gives the same bytes.
 */
class KeyVaultPagesTest {

  private static Map<String, String> pages() throws Exception {
    List<GeneratedFile> files =
        new Generator()
            .docs(
                new GeneratorOptions(
                    SharedSpecs.KEYVAULT_2021_06_01_PREVIEW.files(), "com.example.keyvault"))
            .files();
    return files.stream()
        .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
  }

  @Test
  void privateEndpointConnectionPageHasDependenciesPropertiesOperationsAndApiVersion()
      throws Exception {
    Map<String, String> pages = pages();
    String page = pages.get("PrivateEndpointConnection.md");
    assertTrue(page != null, "no PrivateEndpointConnection page among " + pages.keySet());
    String deps = section(page, "Dependencies");
    assertTrue(deps.contains("- [Vault](Vault.md), through `{vaultName}`"), deps);
    assertTrue(deps.contains("- resource group, through `{resourceGroupName}`"), deps);
    String props = section(page, "Properties");
    assertTrue(
        props.contains(
            "| `getPrivateLinkServiceConnectionState().getStatus()` |"
                + " `properties.privateLinkServiceConnectionState.status` |"),
        props);
    assertTrue(props.contains("`Approved`"), props);
    assertTrue(props.contains("| `getProvisioningState()` | `properties.provisioningState` |"), props);
    String ops = section(page, "Operations");
    assertTrue(ops.contains("`privateEndpointConnections().get(resourceGroupName, vaultName,"), ops);
    assertTrue(ops.contains("`PUT /subscriptions/{subscriptionId}/resourceGroups/"), ops);
    assertTrue(ops.contains("long-running"), ops);
    assertTrue(ops.contains("`listByResource(resourceGroupName, vaultName)`")
        || ops.contains("listByResource(resourceGroupName, vaultName)"), ops);
    assertTrue(section(page, "Misc").contains("- api-version: `2021-06-01-preview`"), page);
    assertTrue(section(page, "Misc").contains("`keyvault.json#/definitions/PrivateEndpointConnection`"), page);
    assertTrue(page.contains(MarkdownWriter.EXAMPLES_BEGIN), page);
    assertTrue(pages.get("index.md").contains("[PrivateEndpointConnection](PrivateEndpointConnection.md)"));
  }

  @Test
  void aSecondRunWritesTheSameBytes() throws Exception {
    assertEquals(pages(), pages());
  }

  /** The text of a {@code ## name} section, up to the next one. */
  static String section(String page, String name) {
    int start = page.indexOf("\n## " + name + "\n");
    assertTrue(start >= 0, "no section " + name + " in:\n" + page);
    int end = page.indexOf("\n## ", start + 1);
    return page.substring(start, end < 0 ? page.length() : end);
  }
}
