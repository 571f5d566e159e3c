package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.STABLE;
import static dev.xmsgen.core.parse.TestSpecs.TYPESPEC;
import static dev.xmsgen.core.parse.TestSpecs.enumeration;
import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static dev.xmsgen.core.parse.TestSpecs.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stable 2025-05-01 API: as seven split files, and as the single TypeSpec-made openapi.json. */
class KeyVaultStableTest {
  private static final String[] FILES = {
    "keyvault.json", "keys.json", "keysManagedHsm.json", "managedHsm.json", "providers.json",
    "secrets.json", "common.json"
  };

  @Test
  void everyFileButCommonDeclaresOperations() throws Exception {
    DocumentLoader loader = new DocumentLoader(new Diagnostics());
    List<String> topLevel =
        TestSpecs.shared(STABLE, FILES).stream()
            .map(loader::load)
            .filter(OperationReader::hasOperations)
            .map(SpecDocument::fileName)
            .toList();
    assertEquals(List.of(FILES).subList(0, 6), topLevel);
  }

  @Test
  void theSplitFilesParseWithOneWarning() throws Exception {
    List<Path> files = TestSpecs.shared(STABLE, FILES);
    ParsedApi parsed = TestSpecs.parse(files);
    ApiModel model = parsed.model();
    assertEquals("2025-05-01", model.client().apiVersion());
    assertTrue(
        parsed.inputs().stream().anyMatch(p -> p.endsWith("common-types/resource-management/v3/types.json")),
        "the common types reached through $ref are inputs too");
    assertTrue(
        parsed.inputs().stream()
            .anyMatch(p -> p.endsWith("common-types/resource-management/v5/managedidentity.json")));
    assertEquals(9, parsed.inputs().size());

    // Reason is closed in keyvault.json and open in managedHsm.json: one open enum, one warning
    Diagnostic reason = model.warnings().get(0);
    assertEquals(1, model.warnings().size(), model.warnings().toString());
    assertEquals(
        new SourceRef(
            "managedHsm.json", "/definitions/CheckMhsmNameAvailabilityResult/properties/reason"),
        reason.source());
    assertTrue(
        reason.message().contains(
            "keyvault.json#/definitions/CheckNameAvailabilityResult/properties/reason"),
        reason.message());
    EnumModel merged = enumeration(model, "Reason");
    assertTrue(merged.open());
    assertEquals(List.of("AccountNameInvalid", "AlreadyExists"), values(merged));

    ObjectModel identity = object(model, "ManagedServiceIdentity");
    assertEquals(
        new TypeRef.MapOf(named("UserAssignedIdentity")),
        property(identity, "userAssignedIdentities").type(),
        "an allOf wrapping a single $ref is that reference");
    ObjectModel key = object(model, "ManagedHsmKey");
    assertEquals("ProxyResourceWithoutSystemData", key.parent());
    assertTrue(
        key.flattened().stream().map(FlattenedProperty::javaName).toList().contains("keyUri"));
  }

  @Test
  void theTypeSpecOpenApiParsesWithoutWarnings() throws Exception {
    ParsedApi parsed = TestSpecs.parse(List.of(TestSpecs.shared(TYPESPEC)));
    ApiModel model = parsed.model();
    assertEquals(List.of(), model.warnings());
    assertEquals(3, parsed.inputs().size(), parsed.inputs().toString());
    assertEquals("ProxyResource", object(model, "PrivateEndpointConnection").parent());
    assertEquals("Resource", object(model, "ProxyResource").parent());
    assertEquals(
        List.of("https://management.azure.com/.default"), model.client().scopes());
    assertEquals(
        named("PrivateEndpointConnectionProperties"),
        property(object(model, "PrivateEndpointConnection"), "properties").type());
    assertTrue(model.type("ErrorModel").isPresent());
  }
}
