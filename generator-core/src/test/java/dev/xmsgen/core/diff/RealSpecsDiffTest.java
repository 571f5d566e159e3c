package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.examples.SharedSpecs;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The diff on the real KeyVault specs, whose every line was checked against the specs (README, "API
 * change report"). Skipped with a notice when {@code ../shared/specs} is absent.
 */
class RealSpecsDiffTest {
  private static final String PKG = "com.example.keyvault";
  private final ApiComparer comparer = new ApiComparer(new GeneratorOptions(List.of(), PKG));

  @Test
  void previewToStable() throws Exception {
    ApiDiff diff =
        comparer.compare(
            SharedSpecs.KEYVAULT_2021_06_01_PREVIEW.files(), SharedSpecs.KEYVAULT_2025_05_01.files());
    assertEquals(10, diff.breaking(), () -> MarkdownReport.render(diff));
    assertEquals(37, diff.nonBreaking(), () -> MarkdownReport.render(diff));
    Set<String> lines = lines(diff);
    // unixtime: the four timestamps become OffsetDateTime
    assertHas(lines, "true property-type-changed " + PKG + ".models.Attributes#getCreated()"
        + " secrets.json#/definitions/Attributes/properties/created"
        + " secrets.json#/definitions/Attributes/properties/created");
    // ReleasePolicy is KeyReleasePolicy now: one rename, not a removal and an addition
    assertHas(lines, "true model-renamed " + PKG + ".models.KeyReleasePolicy"
        + " keys.json#/definitions/ReleasePolicy keys.json#/definitions/KeyReleasePolicy");
    assertHas(lines, "false property-renamed " + PKG + ".models.KeyProperties#getReleasePolicy()"
        + " keys.json#/definitions/KeyProperties/properties/releasePolicy"
        + " keys.json#/definitions/KeyProperties/properties/release_policy");
    // a closed enum gains values: breaking; an open one: not
    assertHas(lines, "true enum-value-added " + PKG + ".models.ManagedHsmSkuName.CUSTOM_B6 null"
        + " managedHsm.json#/definitions/ManagedHsmSku/properties/name/enum");
    assertHas(lines, "false enum-value-added " + PKG + ".models.ManagedHsmSkuFamily.C null"
        + " managedHsm.json#/definitions/ManagedHsmSku/properties/family/enum");
    // Reason is merged with the new, open Reason of managedHsm.json
    assertHas(lines, "true enum-model-as-string-changed " + PKG
        + ".models.CheckNameAvailabilityResult#getReasonWireValue()"
        + " keyvault.json#/definitions/CheckNameAvailabilityResult/properties/reason"
        + " keyvault.json#/definitions/CheckNameAvailabilityResult/properties/reason");
    assertHas(lines, "true enum-model-as-string-changed " + PKG + ".models.Reason"
        + " keyvault.json#/definitions/CheckNameAvailabilityResult/properties/reason"
        + " managedHsm.json#/definitions/CheckMhsmNameAvailabilityResult/properties/reason");
    assertHas(lines, "false group-added " + PKG + ".ManagedHsmKeysClient null keysManagedHsm.json#"
        + "/paths/~1subscriptions~1{subscriptionId}~1resourceGroups~1{resourceGroupName}~1providers"
        + "~1Microsoft.KeyVault~1managedHSMs~1{name}~1keys~1{keyName}/put");
    assertHas(lines, "false api-version-changed " + PKG + ".KeyVaultManagementClient.API_VERSION"
        + " keys.json#/info/version keys.json#/info/version");
  }

  @Test
  void splitFilesToTheSingleTypeSpecFile() throws Exception {
    ApiDiff diff =
        comparer.compare(
            SharedSpecs.KEYVAULT_2025_05_01.files(),
            SharedSpecs.KEYVAULT_2025_05_01_SINGLE_FILE.files());
    assertEquals(16, diff.breaking(), () -> MarkdownReport.render(diff));
    assertEquals(22, diff.nonBreaking(), () -> MarkdownReport.render(diff));
    Set<String> lines = lines(diff);
    String deleted = "/paths/~1subscriptions~1{subscriptionId}~1providers~1Microsoft.KeyVault~1locations"
        + "~1{location}~1deletedVaults~1{vaultName}/get/parameters";
    // the same two String arguments, swapped: compiles, and sends each value as the other
    assertHas(lines, "true parameters-reordered " + PKG + ".VaultsClient#getDeleted(String, String)"
        + " keyvault.json#" + deleted + " openapi.json#" + deleted);
    assertHas(lines, "true enum-renamed " + PKG + ".models.CreatedByType"
        + " common.json#/definitions/IdentityType types.json#/definitions/createdByType");
    assertHas(lines, "true property-removed " + PKG + ".models.Resource#getLocation()"
        + " keyvault.json#/definitions/Resource/properties/location null");
    assertHas(lines, "true model-parent-changed " + PKG + ".models.ManagedHsm"
        + " managedHsm.json#/definitions/ManagedHsm openapi.json#/definitions/ManagedHsm");
    // Vault's id, name, type and systemData are inherited now: the same accessors, so no line
    assertTrue(lines.stream().noneMatch(l -> l.contains(".models.Vault#")), lines::toString);
    assertHas(lines, "false model-parent-changed " + PKG + ".models.Vault"
        + " keyvault.json#/definitions/Vault openapi.json#/definitions/Vault");
    // the same Java type (a url and a string are both String): no line for nextLink
    assertTrue(lines.stream().noneMatch(l -> l.contains("getNextLink()")), lines::toString);
  }

  private static void assertHas(Set<String> lines, String line) {
    assertTrue(lines.contains(line), () -> "missing: " + line + "\nin:\n" + String.join("\n", lines));
  }

  private static Set<String> lines(ApiDiff diff) {
    return diff.changes().stream()
        .map(c -> c.breaking() + " " + c.kind().id() + " " + c.java() + " " + c.oldSource() + " "
            + c.newSource())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
