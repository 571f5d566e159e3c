package dev.xmsgen.core.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real Azure spec sets that tests run against, read from {@code ../shared/specs} beside the
 * checkout (passed in as the {@code xmsgen.sharedSpecs} system property). Tests that need them skip
 * with a notice when the folder is absent, so a clone on its own still passes.
 */
public enum SharedSpecs {
  /** KeyVault 2021-06-01-preview: five API files (common.json comes in through their refs). */
  KEYVAULT_2021_06_01_PREVIEW(
      "azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview",
      List.of("keyvault.json", "managedHsm.json", "keys.json", "secrets.json", "providers.json")),
  /** KeyVault 2025-05-01, the newest stable version, as seven split files. */
  KEYVAULT_2025_05_01(
      "azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2025-05-01",
      List.of(
          "common.json",
          "keys.json",
          "keysManagedHsm.json",
          "keyvault.json",
          "managedHsm.json",
          "providers.json",
          "secrets.json")),
  /** KeyVault 2025-05-01 in its later single-file form. */
  KEYVAULT_2025_05_01_SINGLE_FILE(
      "azure-rest-api-specs-typespec/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2025-05-01",
      List.of("openapi.json"));

  private final String folder;
  private final List<String> files;

  SharedSpecs(String folder, List<String> files) {
    this.folder = folder;
    this.files = files;
  }

  /** The spec files, or a skipped test when the shared specs are absent. */
  public List<Path> files() {
    Path root = root();
    return files.stream().map(f -> root.resolve(folder).resolve(f)).collect(Collectors.toList());
  }

  /** The shared specs folder; skips the calling test with a notice when it is absent. */
  public static Path root() {
    String prop = System.getProperty("xmsgen.sharedSpecs", "../../shared/specs");
    Path root = Path.of(prop).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      System.out.println("NOTICE: " + root + " is absent; skipping tests on the real Azure specs");
    }
    assumeTrue(Files.isDirectory(root), "the shared Azure specs are absent: " + root);
    return root;
  }
}
