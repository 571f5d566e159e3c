package dev.xmsgen.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.docs.ArmPath.Parent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a path template reads as an ARM resource: its type, whether it names one, its parents. */
class ArmPathTest {

  @Test
  void aNestedResourceHasItsResourceGroupAndParentResourceAsParents() {
    ArmPath path =
        ArmPath.of(
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers"
                + "/Microsoft.KeyVault/vaults/{vaultName}/privateEndpointConnections/{name}");
    assertTrue(path.endsInInstance());
    assertEquals("Microsoft.KeyVault/vaults/privateEndpointConnections", path.resourceType());
    assertEquals(
        List.of(
            new Parent("resourceGroups", "{resourceGroupName}"),
            new Parent("Microsoft.KeyVault/vaults", "{vaultName}")),
        path.parents());
  }

  @Test
  void anExtensionResourceHasItsScopeAsParent() {
    ArmPath path =
        ArmPath.of("/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}");
    assertEquals("Microsoft.Authorization/roleAssignments", path.resourceType());
    assertEquals(List.of(new Parent(null, "{scope}")), path.parents());
  }

  @Test
  void aCollectionOrAnActionNamesNoInstance() {
    assertFalse(ArmPath.of("/subscriptions/{s}/providers/Microsoft.KeyVault/vaults").endsInInstance());
    assertFalse(ArmPath.of("/notes/{id}/{version}").endsInInstance());
    assertEquals(null, ArmPath.of("/notes/{id}").resourceType());
  }

  @Test
  void pathsCompareWhateverTheirPlaceholdersAreCalled() {
    ArmPath instance = ArmPath.of("/a/{x}/b/{y}");
    assertEquals(instance.shape(), ArmPath.of("/A/{p}/b/{q}").shape());
    assertTrue(ArmPath.of("/a/{p}/b/{q}/c").startsWith(instance));
    assertFalse(ArmPath.of("/a/{p}/bb/{q}/c").startsWith(instance));
  }
}
