package dev.xmsgen.core.report;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import java.nio.file.Path;
import java.util.List;

/**
 * A small KeyVault-like API built by hand, for tests of what comes after the generator (writing,
 * reports, shells) that must not depend on the parser or the emitters.
 */
public final class HandMadeApi {
  private HandMadeApi() {}

  public static final SourceRef VAULT = new SourceRef("keyvault.json", "/definitions/Vault");

  /** Vault (class), SkuName (closed enum), CreateMode (open enum), and a Vaults group. */
  public static ApiModel model() {
    ClientModel client =
        new ClientModel(
            "KeyVaultManagementClient",
            "",
            "2021-06-01-preview",
            "https://management.azure.com",
            null,
            true,
            "",
            List.of("https://management.azure.com/.default"),
            List.of());
    ObjectModel vault =
        new ObjectModel(
            "Vault",
            VAULT,
            "A vault.",
            null,
            List.of(
                new PropertyModel(
                    "name",
                    "name",
                    TypeRef.of(TypeRef.Primitive.STRING),
                    "",
                    false,
                    true,
                    false,
                    false,
                    VAULT.child("properties").child("name"))),
            List.of(),
            null,
            null,
            null,
            List.of());
    EnumModel sku =
        new EnumModel(
            "SkuName",
            new SourceRef("keyvault.json", "/definitions/Sku/properties/name"),
            "",
            false,
            TypeRef.Primitive.STRING,
            List.of(
                new EnumModel.EnumValue("standard", "STANDARD", ""),
                new EnumModel.EnumValue("premium", "PREMIUM", "")));
    EnumModel createMode =
        new EnumModel(
            "CreateMode",
            new SourceRef("common.json", "/definitions/CreateMode"),
            "",
            true,
            TypeRef.Primitive.STRING,
            List.of(new EnumModel.EnumValue("default", "DEFAULT", "")));
    SourceRef getSource = new SourceRef("keyvault.json", "/paths/~1vaults~1{name}/get");
    OperationModel get =
        new OperationModel(
            "Vaults_Get",
            "get",
            "GET",
            "/vaults/{name}",
            "",
            "",
            false,
            List.of(),
            List.of(),
            List.of("application/json"),
            List.of(
                new ResponseModel("200", new TypeRef.Named("Vault"), List.of(), false, "OK"),
                new ResponseModel("default", null, List.of(), true, "Error")),
            null,
            null,
            getSource);
    OperationModel list =
        new OperationModel(
            "Vaults_ListNames",
            "listNames",
            "GET",
            "/vaults",
            "",
            "",
            false,
            List.of(),
            List.of(),
            List.of("application/json"),
            List.of(
                new ResponseModel(
                    "200",
                    new TypeRef.ListOf(new TypeRef.Named("Vault")),
                    List.of(),
                    false,
                    "OK"),
                new ResponseModel(
                    "202", TypeRef.of(TypeRef.Primitive.STRING), List.of(), false, "Accepted"),
                new ResponseModel("204", null, List.of(), false, "Empty")),
            null,
            null,
            new SourceRef("keyvault.json", "/paths/~1vaults/get"));
    OperationGroup vaults =
        new OperationGroup("Vaults", "VaultsClient", "vaults", List.of(get, list));
    Diagnostic warning =
        Diagnostic.warning(
            new SourceRef("keyvault.json", "/definitions/Unused"), "defined but never used");
    return new ApiModel(client, List.of(createMode, sku, vault), List.of(vaults), List.of(warning));
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
