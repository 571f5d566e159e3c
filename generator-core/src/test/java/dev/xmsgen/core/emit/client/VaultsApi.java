package dev.xmsgen.core.emit.client;

import static dev.xmsgen.core.testing.Models.named;
import static dev.xmsgen.core.testing.Models.param;
import static dev.xmsgen.core.testing.Models.response;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.testing.Models;
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
        parameter("subscriptionId", Location.PATH, STRING, true)
            .withDescription("The subscription that holds the vaults.")
            .withClientLevel(true);
    ParameterModel apiVersion =
        parameter("api-version", Location.QUERY, STRING, true)
            .withDescription("")
            .withConstantValue(API_VERSION)
            .withClientLevel(true);
    ClientModel client =
        Models.client("KeyVaultManagementClient")
            .withDescription("The KeyVault management API.")
            .withApiVersion(API_VERSION)
            .withEndpoint("https://management.azure.com")
            .withBasePath("/")
            .withScopes(List.of("https://management.azure.com/.default"))
            .withParameters(List.of(apiVersion, subscriptionId));
    ParameterModel rg = parameter("resourceGroupName", Location.PATH, STRING, true);
    ParameterModel vaultName = parameter("vaultName", Location.PATH, STRING, true);
    ParameterModel location = parameter("location", Location.PATH, STRING, true);
    ParameterModel top = parameter("$top", Location.QUERY, TypeRef.of(Primitive.INT32), false);
    ParameterModel body =
        parameter("parameters", Location.BODY, named("VaultCreateOrUpdateParameters"), true);
    ParameterModel filter =
        parameter("$filter", Location.QUERY, STRING, true)
            .withDescription("")
            .withConstantValue("resourceType eq 'Microsoft.KeyVault/vaults'");
    ParameterModel nextLink =
        parameter("nextLink", Location.PATH, STRING, true)
            .withDescription("The next link.")
            .withSkipUrlEncoding(true);

    ResponseModel error = response("default", named("CloudError")).withDescription("Error");
    List<OperationModel> vaults = new ArrayList<>();
    vaults.add(
        op("Vaults_CreateOrUpdate", "PUT", VAULT_PATH)
            .withDescription("Create or update a key vault in the specified subscription.")
            .withParameters(List.of(rg, vaultName, apiVersion, subscriptionId, body))
            .withResponses(
                List.of(ok("200", named("Vault")), ok("201", named("Vault")), error))
            .withLongRunning(new OperationModel.LongRunning(null)));
    vaults.add(
        op("Vaults_Get", "GET", VAULT_PATH)
            .withDescription(HOSTILE_TEXT)
            .withParameters(List.of(rg, vaultName, apiVersion, subscriptionId))
            .withResponses(List.of(ok("200", named("Vault")), error)));
    vaults.add(
        op("Vaults_Delete", "DELETE", VAULT_PATH)
            .withDescription("Deletes the vault.")
            .withParameters(List.of(rg, vaultName, apiVersion, subscriptionId))
            .withResponses(List.of(ok("200", null), ok("204", null), error)));
    vaults.add(
        op(
                "Vaults_ListByResourceGroup",
                "GET",
                "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
                    + "/providers/Microsoft.KeyVault/vaults")
            .withDescription("The vaults of a resource group.")
            .withParameters(List.of(rg, top, apiVersion, subscriptionId))
            .withResponses(List.of(ok("200", named("VaultListResult")), error))
            .withPaging(new OperationModel.Paging("value", "nextLink", null)));
    vaults.add(
        op("Vaults_List", "GET", "/subscriptions/{subscriptionId}/resources")
            .withDescription("All vaults of the subscription.")
            .withParameters(List.of(filter, top, apiVersion, subscriptionId))
            .withResponses(List.of(ok("200", named("VaultListResult")), error))
            .withPaging(new OperationModel.Paging("value", "nextLink", "Vaults_ListNext")));
    vaults.add(
        op("Vaults_ListNext", "GET", "{nextLink}")
            .withDescription("The next page of list.")
            .withParameters(List.of(nextLink))
            .withResponses(List.of(ok("200", named("VaultListResult")), error))
            .withPaging(new OperationModel.Paging("value", "nextLink", null)));
    vaults.add(
        op(
                "Vaults_PurgeDeleted",
                "POST",
                "/subscriptions/{subscriptionId}/providers/Microsoft.KeyVault/locations/{location}"
                    + "/deletedVaults/{vaultName}/purge")
            .withDescription("Permanently deletes the vault.")
            .withParameters(List.of(vaultName, location, apiVersion, subscriptionId))
            .withResponses(List.of(ok("200", null), ok("202", null), error))
            .withLongRunning(new OperationModel.LongRunning("location")));
    OperationModel operationsList =
        op("Operations_List", "GET", "/providers/Microsoft.KeyVault/operations")
            .withDescription("The operations the provider offers.")
            .withParameters(List.of(apiVersion))
            .withResponses(List.of(ok("200", named("OperationListResult")), error))
            .withPaging(new OperationModel.Paging("value", "nextLink", null));

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
    return Models.api(
        client,
        types,
        List.of(
            Models.group("Operations", List.of(operationsList)),
            Models.group("Vaults", vaults)));
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
          + "\n  /** Every model has one, as the model emitter writes it. */\n"
          + "  public void validate() {}\n}\n"
    };
  }

  /** A class of keyvault.json. */
  static ObjectModel object(String name, Models.Prop... properties) {
    return Models.object(name)
        .at(new SourceRef("keyvault.json", "/definitions/" + name))
        .props(properties)
        .build();
  }

  /** A property declared at keyvault.json#/paths, as every one of this API is. */
  static Models.Prop prop(String name, TypeRef type) {
    return Models.prop(name, type).javaName(name).at(SRC);
  }

  /** A successful response. */
  static ResponseModel ok(String status, TypeRef body) {
    return response(status, body);
  }

  /** An operation of keyvault.json. */
  static OperationModel op(String id, String method, String path) {
    return Models.op(id, method, path)
        .withSource(SRC.child(path).child(method.toLowerCase(java.util.Locale.ROOT)));
  }

  /** A method parameter described as {@code The <wire>.}, declared at keyvault.json#/paths. */
  static ParameterModel parameter(
      String wire, Location location, TypeRef type, boolean required) {
    return param(wire, location, type)
        .withDescription("The " + wire + ".")
        .withRequired(required)
        .withSource(SRC);
  }
}
