package dev.xmsgen.core.report;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.Models;
import java.nio.file.Path;
import java.util.List;

/**
 * A small KeyVault-like API built by hand (with {@link Models}), for tests of what comes after the generator (writing,
 * reports, shells) that must not depend on the parser or the emitters.
 */
public final class HandMadeApi {
  private HandMadeApi() {}

  public static final SourceRef VAULT = new SourceRef("keyvault.json", "/definitions/Vault");

  /** Vault (class), SkuName (closed enum), CreateMode (open enum), and a Vaults group. */
  public static ApiModel model() {
    ClientModel client =
        Models.client("KeyVaultManagementClient")
            .withApiVersion("2021-06-01-preview")
            .withEndpoint("https://management.azure.com")
            .withScopes(List.of("https://management.azure.com/.default"));
    ObjectModel vault =
        Models.object("Vault")
            .at(VAULT)
            .describe("A vault.")
            .props(Models.prop("name", Models.string()).readOnly())
            .build();
    EnumModel sku =
        Models.enumOf("SkuName", "", false, TypeRef.Primitive.STRING, "standard", "", "premium", "")
            .withSource(new SourceRef("keyvault.json", "/definitions/Sku/properties/name"));
    EnumModel createMode =
        Models.enumOf("CreateMode", "", true, TypeRef.Primitive.STRING, "default", "")
            .withSource(new SourceRef("common.json", "/definitions/CreateMode"));
    OperationModel get =
        Models.op("Vaults_Get", "GET", "/vaults/{name}")
            .withConsumes(List.of())
            .withResponses(
                List.of(
                    Models.response("200", Models.named("Vault")).withDescription("OK"),
                    Models.response("default", null).withDescription("Error")))
            .withSource(new SourceRef("keyvault.json", "/paths/~1vaults~1{name}/get"));
    OperationModel list =
        Models.op("Vaults_ListNames", "GET", "/vaults")
            .withConsumes(List.of())
            .withResponses(
                List.of(
                    Models.response("200", Models.listOf(Models.named("Vault")))
                        .withDescription("OK"),
                    Models.response("202", Models.string()).withDescription("Accepted"),
                    Models.response("204", null).withDescription("Empty")))
            .withSource(new SourceRef("keyvault.json", "/paths/~1vaults/get"));
    Diagnostic warning =
        Diagnostic.warning(
            new SourceRef("keyvault.json", "/definitions/Unused"), "defined but never used");
    return Models.api(
            client,
            List.of(createMode, sku, vault),
            List.of(Models.group("Vaults", List.of(get, list))))
        .withWarnings(List.of(warning));
  }

  /** A result whose files are {@code files} (path, content pairs) and whose inputs are given. */
  public static GenerationResult result(List<Path> inputs, String... pathsAndContents) {
    List<GeneratedFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.add(new GeneratedFile(pathsAndContents[i], pathsAndContents[i + 1]));
    }
    return new GenerationResult(model(), files, inputs);
  }
}
