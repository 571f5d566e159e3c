package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * A small management API built by hand, shaped like KeyVault's: a Vaults group with get,
 * createOrUpdate (long-running PUT), delete, listByResourceGroup (pageable, optional $top), list
 * (pageable through listNext), purgeDeleted (long-running POST), and an Operations group.
 */
final class VaultsApi {
  static final String PACKAGE = "com.example.keyvault";
  static final String API_VERSION = "2021-06-01-preview";
  static final String VAULT_PATH =
      "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
          + "/providers/Microsoft.KeyVault/vaults/{vaultName}";

  /** Spec text that would break a comment or source if written raw. */
  static final String HOSTILE_TEXT =
      "Gets the <b>vault</b> & more. */ @deprecated \\u0022 caf\u00e9 \"quoted\"";

  private static final SourceRef SRC = new SourceRef("keyvault.json", "/paths");
  private static final TypeRef STRING = TypeRef.of(Primitive.STRING);

  private VaultsApi() {}

  static ApiModel model() {
    ParameterModel subscriptionId =
        parameter("subscriptionId", "subscriptionId", Location.PATH, STRING, true)
            .clientLevel("The subscription that holds the vaults.");
    ParameterModel apiVersion =
        new ParameterModel(
            "api-version",
            "apiVersion",
            Location.QUERY,
            STRING,
            "",
            true,
            API_VERSION,
            true,
            false,
            null,
            SRC);
    ClientModel client =
        new ClientModel(
            "KeyVaultManagementClient",
            "The KeyVault management API.",
            API_VERSION,
            "https://management.azure.com",
            null,
            true,
            "/",
            List.of("https://management.azure.com/.default"),
            List.of(apiVersion, subscriptionId));
    ParameterModel rg =
        parameter("resourceGroupName", "resourceGroupName", Location.PATH, STRING, true).build();
    ParameterModel vaultName =
        parameter("vaultName", "vaultName", Location.PATH, STRING, true).build();
    ParameterModel location =
        parameter("location", "location", Location.PATH, STRING, true).build();
    ParameterModel top =
        parameter("$top", "top", Location.QUERY, TypeRef.of(Primitive.INT32), false).build();
    ParameterModel body =
        parameter(
                "parameters",
                "parameters",
                Location.BODY,
                named("VaultCreateOrUpdateParameters"),
                true)
            .build();
    ParameterModel filter =
        new ParameterModel(
            "$filter",
            "filter",
            Location.QUERY,
            STRING,
            "",
            true,
            "resourceType eq 'Microsoft.KeyVault/vaults'",
            false,
            false,
            null,
            SRC);
    ParameterModel nextLink =
        new ParameterModel(
            "nextLink",
            "nextLink",
            Location.PATH,
            STRING,
            "The next link.",
            true,
            null,
            false,
            true,
            null,
            SRC);

    ResponseModel error =
        new ResponseModel("default", named("CloudError"), List.of(), true, "Error");
    List<OperationModel> vaults = new ArrayList<>();
    vaults.add(
        op(
            "Vaults_CreateOrUpdate",
            "createOrUpdate",
            "PUT",
            VAULT_PATH,
            "Create or update a key vault in the specified subscription.",
            List.of(rg, vaultName, apiVersion, subscriptionId, body),
            List.of(ok("200", named("Vault")), ok("201", named("Vault")), error),
            null,
            new OperationModel.LongRunning(null)));
    vaults.add(
        op(
            "Vaults_Get",
            "get",
            "GET",
            VAULT_PATH,
            HOSTILE_TEXT,
            List.of(rg, vaultName, apiVersion, subscriptionId),
            List.of(ok("200", named("Vault")), error),
            null,
            null));
    vaults.add(
        op(
            "Vaults_Delete",
            "delete",
            "DELETE",
            VAULT_PATH,
            "Deletes the vault.",
            List.of(rg, vaultName, apiVersion, subscriptionId),
            List.of(ok("200", null), ok("204", null), error),
            null,
            null));
    vaults.add(
        op(
            "Vaults_ListByResourceGroup",
            "listByResourceGroup",
            "GET",
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
                + "/providers/Microsoft.KeyVault/vaults",
            "The vaults of a resource group.",
            List.of(rg, top, apiVersion, subscriptionId),
            List.of(ok("200", named("VaultListResult")), error),
            new OperationModel.Paging("value", "nextLink", null),
            null));
    vaults.add(
        op(
            "Vaults_List",
            "list",
            "GET",
            "/subscriptions/{subscriptionId}/resources",
            "All vaults of the subscription.",
            List.of(filter, top, apiVersion, subscriptionId),
            List.of(ok("200", named("VaultListResult")), error),
            new OperationModel.Paging("value", "nextLink", "Vaults_ListNext"),
            null));
    vaults.add(
        op(
            "Vaults_ListNext",
            "listNext",
            "GET",
            "{nextLink}",
            "The next page of list.",
            List.of(nextLink),
            List.of(ok("200", named("VaultListResult")), error),
            new OperationModel.Paging("value", "nextLink", null),
            null));
    vaults.add(
        op(
            "Vaults_PurgeDeleted",
            "purgeDeleted",
            "POST",
            "/subscriptions/{subscriptionId}/providers/Microsoft.KeyVault/locations/{location}"
                + "/deletedVaults/{vaultName}/purge",
            "Permanently deletes the vault.",
            List.of(vaultName, location, apiVersion, subscriptionId),
            List.of(ok("200", null), ok("202", null), error),
            null,
            new OperationModel.LongRunning("location")));
    OperationModel operationsList =
        op(
            "Operations_List",
            "list",
            "GET",
            "/providers/Microsoft.KeyVault/operations",
            "The operations the provider offers.",
            List.of(apiVersion),
            List.of(ok("200", named("OperationListResult")), error),
            new OperationModel.Paging("value", "nextLink", null),
            null);

    List<TypeDef> types =
        List.of(
            object("CloudError", prop("error", named("CloudErrorBody"))),
            object("CloudErrorBody", prop("code", STRING), prop("message", STRING)),
            object("Operation", prop("name", STRING)),
            object(
                "OperationListResult",
                prop("value", new TypeRef.ListOf(named("Operation"))),
                prop("nextLink", STRING)),
            object(
                "Vault",
                prop("id", STRING),
                prop("name", STRING),
                prop("location", STRING),
                prop("properties", named("VaultProperties"))),
            object(
                "VaultCreateOrUpdateParameters",
                prop("location", STRING),
                prop("properties", named("VaultProperties"))),
            object(
                "VaultListResult",
                prop("value", new TypeRef.ListOf(named("Vault"))),
                prop("nextLink", STRING)),
            object("VaultProperties", prop("tenantId", STRING), prop("provisioningState", STRING)));
    return new ApiModel(
        client,
        types,
        List.of(
            new OperationGroup(
                "Operations", "OperationsClient", "operations", List.of(operationsList)),
            new OperationGroup("Vaults", "VaultsClient", "vaults", vaults)),
        List.of());
  }

  /** Hand-written model classes standing in for the model emitter's output. */
  static List<String[]> modelSources() {
    return List.of(
        model("CloudError", "public CloudErrorBody error;"),
        model("CloudErrorBody", "public String code; public String message;"),
        model("Operation", "public String name;"),
        model(
            "OperationListResult",
            "public java.util.List<Operation> value; public String nextLink;"),
        model(
            "Vault",
            "public String id; public String name; public String location;"
                + " public VaultProperties properties;"),
        model(
            "VaultCreateOrUpdateParameters",
            "public String location; public VaultProperties properties;"),
        model("VaultListResult", "public java.util.List<Vault> value; public String nextLink;"),
        model("VaultProperties", "public String tenantId; public String provisioningState;"));
  }

  private static String[] model(String name, String fields) {
    return new String[] {
      PACKAGE + "." + name,
      "package "
          + PACKAGE
          + ";\n/** Test model. */\npublic final class "
          + name
          + " {\n  "
          + fields
          + "\n}\n"
    };
  }

  static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  static ResponseModel ok(String status, TypeRef body) {
    return new ResponseModel(status, body, List.of(), false, "");
  }

  static OperationModel op(
      String id,
      String javaName,
      String method,
      String path,
      String description,
      List<ParameterModel> parameters,
      List<ResponseModel> responses,
      OperationModel.Paging paging,
      OperationModel.LongRunning longRunning) {
    return new OperationModel(
        id,
        javaName,
        method,
        path,
        "",
        description,
        false,
        parameters,
        List.of("application/json"),
        List.of("application/json"),
        responses,
        paging,
        longRunning,
        SRC.child(path).child(method.toLowerCase(java.util.Locale.ROOT)));
  }

  static ObjectModel object(String name, PropertyModel... properties) {
    return new ObjectModel(
        name,
        new SourceRef("keyvault.json", "/definitions/" + name),
        "",
        null,
        List.of(properties),
        List.of(),
        null,
        null,
        null,
        List.of());
  }

  static PropertyModel prop(String name, TypeRef type) {
    return new PropertyModel(name, name, type, "", false, false, false, false, SRC);
  }

  static Param parameter(
      String wire, String java, Location location, TypeRef type, boolean required) {
    return new Param(wire, java, location, type, required);
  }

  /** A parameter under construction: method-level unless {@link #clientLevel}. */
  static final class Param {
    private final String wire;
    private final String java;
    private final Location location;
    private final TypeRef type;
    private final boolean required;

    Param(String wire, String java, Location location, TypeRef type, boolean required) {
      this.wire = wire;
      this.java = java;
      this.location = location;
      this.type = type;
      this.required = required;
    }

    ParameterModel build() {
      return new ParameterModel(
          wire,
          java,
          location,
          type,
          "The " + wire + ".",
          required,
          null,
          false,
          false,
          null,
          SRC);
    }

    ParameterModel clientLevel(String description) {
      return new ParameterModel(
          wire, java, location, type, description, required, null, true, false, null, SRC);
    }
  }
}
