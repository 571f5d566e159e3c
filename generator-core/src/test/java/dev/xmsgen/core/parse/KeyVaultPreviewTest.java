package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.PREVIEW;
import static dev.xmsgen.core.parse.TestSpecs.enumeration;
import static dev.xmsgen.core.parse.TestSpecs.flattened;
import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.operation;
import static dev.xmsgen.core.parse.TestSpecs.parameter;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static dev.xmsgen.core.parse.TestSpecs.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ModelPrinter;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The KeyVault management API 2021-06-01-preview, the first target. */
class KeyVaultPreviewTest {
  private static final String[] FILES = {
    "keyvault.json", "managedHsm.json", "keys.json", "secrets.json", "providers.json", "common.json"
  };

  private static List<Path> files;
  private static ParsedApi parsed;
  private static ApiModel model;

  @BeforeAll
  static void parseOnce() throws Exception {
    files = TestSpecs.shared(PREVIEW, FILES);
    parsed = TestSpecs.parse(files);
    model = parsed.model();
  }

  @Test
  void readsTheSixFilesAndNothingElse() {
    List<Path> expected = new ArrayList<>(files);
    Collections.sort(expected);
    assertEquals(expected, parsed.inputs());
    assertEquals(List.of(), model.warnings());
  }

  @Test
  void theTopLevelFilesAloneGiveTheSameModel() throws Exception {
    ParsedApi withoutCommon = TestSpecs.parse(files.subList(0, 5));
    assertEquals(ModelPrinter.print(model), ModelPrinter.print(withoutCommon.model()));
    assertEquals(parsed.inputs(), withoutCommon.inputs());
  }

  @Test
  void theOrderOfTheFilesDoesNotMatter() throws Exception {
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    assertEquals(ModelPrinter.print(model), ModelPrinter.print(TestSpecs.parse(reversed).model()));
  }

  @Test
  void describesTheClient() {
    ClientModel client = model.client();
    assertEquals("KeyVaultManagementClient", client.name());
    assertEquals("2021-06-01-preview", client.apiVersion());
    assertEquals("https://management.azure.com", client.endpoint());
    assertEquals(List.of("https://management.azure.com/.default"), client.scopes());
    assertEquals(
        List.of("apiVersion", "subscriptionId"),
        client.parameters().stream().map(ParameterModel::javaName).toList());
    assertEquals("2021-06-01-preview", client.parameters().get(0).constantValue());
  }

  @Test
  void privateEndpointConnectionExtendsResourceAndFlattensItsProperties() {
    ObjectModel pec = object(model, "PrivateEndpointConnection");
    assertEquals("Resource", pec.parent());
    PropertyModel properties = property(pec, "properties");
    assertTrue(properties.flatten(), "x-ms-client-flatten beside the $ref is kept");
    assertEquals("Resource properties.", properties.description(), "the sibling description wins");
    assertEquals(named("PrivateEndpointConnectionProperties"), properties.type());
    assertEquals(
        List.of("privateEndpoint", "privateLinkServiceConnectionState", "provisioningState"),
        pec.flattened().stream().map(FlattenedProperty::javaName).toList());
    FlattenedProperty state = flattened(pec, "provisioningState");
    assertEquals(List.of("properties"), state.path());
    assertEquals(named("PrivateEndpointConnectionProvisioningState"), state.leaf().type());
    assertTrue(state.leaf().readOnly());
  }

  @Test
  void aDefinitionReachedFromSeveralFilesIsOneType() {
    assertEquals("Resource", object(model, "Key").parent(), "keys.json -> ./keyvault.json");
    assertEquals("Resource", object(model, "Secret").parent(), "secrets.json -> ./keyvault.json");
    assertEquals(
        List.of("Key", "PrivateEndpointConnection", "PrivateLinkResource", "Secret"),
        object(model, "Resource").subtypes());
    assertTrue(model.type("Resource2").isEmpty());
  }

  @Test
  void connectionStatusIsAnOpenEnum() {
    EnumModel status = enumeration(model, "PrivateEndpointServiceConnectionStatus");
    assertTrue(status.open());
    assertEquals(List.of("Pending", "Approved", "Rejected", "Disconnected"), values(status));
    assertEquals(
        List.of("PENDING", "APPROVED", "REJECTED", "DISCONNECTED"),
        status.values().stream().map(EnumModel.EnumValue::javaName).toList());
  }

  @Test
  void enumsRepeatedAcrossFilesAreOneTypeEach() {
    for (String name :
        List.of(
            "ActionsRequired", "CreateMode", "NetworkRuleAction", "NetworkRuleBypassOptions",
            "PrivateEndpointConnectionProvisioningState",
            "PrivateEndpointServiceConnectionStatus")) {
      EnumModel e = enumeration(model, name);
      assertEquals("keyvault.json", e.source().file(), name + " comes from the first file");
      assertEquals(
          1, model.types().stream().filter(t -> t.name().startsWith(name)).count(), name);
    }
    // identical everywhere, so merged silently; managedHsm.json adds value descriptions
    EnumModel createMode = enumeration(model, "CreateMode");
    assertFalse(createMode.open());
    assertEquals(List.of("recover", "default"), values(createMode));
    assertEquals(
        "Recover the managed HSM pool from a soft-deleted resource.",
        createMode.values().get(0).description());
    assertEquals(
        named("PrivateEndpointServiceConnectionStatus"),
        property(object(model, "MHSMPrivateLinkServiceConnectionState"), "status").type());
  }

  @Test
  void secretAttributesIsASubclassOfAttributesWithNothingOfItsOwn() {
    ObjectModel secretAttributes = object(model, "SecretAttributes");
    assertEquals("Attributes", secretAttributes.parent());
    assertEquals(List.of(), secretAttributes.properties());
    assertEquals(List.of("SecretAttributes"), object(model, "Attributes").subtypes());
  }

  @Test
  void errorIsRenamedAndRecursive() {
    assertTrue(model.type("Error").isEmpty());
    ObjectModel error = object(model, "ErrorModel");
    assertEquals(new SourceRef("managedHsm.json", "/definitions/Error"), error.source());
    PropertyModel inner = property(error, "innererror");
    assertEquals("innerError", inner.javaName());
    assertEquals(named("ErrorModel"), inner.type());
    assertTrue(inner.readOnly());
    assertEquals(named("ErrorModel"), property(object(model, "ManagedHsmError"), "error").type());
  }

  @Test
  void vaultsListPinsItsFilterAndApiVersion() {
    OperationModel list = operation(model, "Vaults_List");
    ParameterModel filter = parameter(list, "$filter");
    assertEquals("resourceType eq 'Microsoft.KeyVault/vaults'", filter.constantValue());
    assertFalse(filter.isMethodArgument());
    ParameterModel apiVersion = parameter(list, "api-version");
    assertEquals("2015-11-01", apiVersion.constantValue());
    assertFalse(apiVersion.clientLevel(), "a pinned api-version stays with its operation");
    assertTrue(parameter(list, "$top").isMethodArgument());
    assertTrue(parameter(list, "subscriptionId").clientLevel());
    assertEquals(
        List.of("top"),
        list.parameters().stream().filter(ParameterModel::isMethodArgument)
            .map(ParameterModel::javaName).toList());
  }

  @Test
  void eightOperationsAreLongRunning() {
    List<String> lro = new ArrayList<>();
    model.groups().forEach(g -> g.operations().stream()
        .filter(op -> op.longRunning() != null)
        .forEach(op -> lro.add(op.operationId())));
    Collections.sort(lro);
    assertEquals(
        List.of(
            "MHSMPrivateEndpointConnections_Delete", "ManagedHsms_CreateOrUpdate",
            "ManagedHsms_Delete", "ManagedHsms_PurgeDeleted", "ManagedHsms_Update",
            "PrivateEndpointConnections_Delete", "Vaults_CreateOrUpdate", "Vaults_PurgeDeleted"),
        lro);
  }

  @Test
  void operationsAreGroupedByTheirIdPrefix() {
    assertEquals(
        List.of(
            "Keys", "MHSMPrivateEndpointConnections", "MHSMPrivateLinkResources", "ManagedHsms",
            "Operations", "PrivateEndpointConnections", "PrivateLinkResources", "Secrets",
            "Vaults"),
        model.groups().stream().map(g -> g.name()).toList());
    var vaults = model.groups().get(8);
    assertEquals("VaultsClient", vaults.javaName());
    assertEquals("vaults", vaults.accessorName());
    assertEquals("createOrUpdate", vaults.operations().get(0).javaName());
    OperationModel create = vaults.operations().get(0);
    assertEquals("PUT", create.httpMethod());
    assertEquals(List.of("200", "201", "default"),
        create.responses().stream().map(r -> r.status()).toList());
    assertTrue(create.responses().get(2).error());
    assertEquals(named("CloudError"), create.responses().get(2).body());
    OperationModel listByResourceGroup = operation(model, "Vaults_ListByResourceGroup");
    assertEquals(new OperationModel.Paging("value", "nextLink", null), listByResourceGroup.paging());
    assertNull(operation(model, "Vaults_Get").paging());
  }

  @Test
  void aNotFoundMarkedAsErrorIsAnError() {
    OperationModel purge = operation(model, "Vaults_PurgeDeleted");
    assertTrue(purge.responses().stream().anyMatch(r -> r.status().equals("404") && r.error()));
    assertFalse(purge.responses().get(0).error());
  }
}
