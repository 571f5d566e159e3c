package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** specs/rules/allof.json: parents, copied-in members and aliases. */
class AllOfRuleTest {
  private static ApiModel model;

  @BeforeAll
  static void parse() throws Exception {
    model = TestSpecs.parseRule("allof.json");
  }

  @Test
  void theFirstReferenceIsTheParent() {
    assertEquals("TrackedResource", object(model, "Warehouse").parent());
    assertEquals("Resource", object(model, "TrackedResource").parent());
    assertEquals(List.of("Warehouse"), object(model, "TrackedResource").subtypes());
  }

  @Test
  void laterReferencesAndInlineMembersAreCopiedInWithWhatTheyInherit() {
    ObjectModel warehouse = object(model, "Warehouse");
    assertEquals(
        List.of("managedBy", "etag", "createdBy", "createdAt", "capacity"),
        warehouse.properties().stream().map(PropertyModel::wireName).toList());
    PropertyModel etag = property(warehouse, "etag");
    assertTrue(etag.readOnly());
    assertEquals(
        new SourceRef("allof.json", "/definitions/Versioned/properties/etag"), etag.source(),
        "a copied property still points where it is declared");
    assertTrue(property(warehouse, "capacity").required(), "required in the inline member");
  }

  @Test
  void aPropertyDeclaredBesideAllOfWinsOverTheCopiedOne() {
    ObjectModel shipment = object(model, "Shipment");
    assertEquals("Resource", shipment.parent());
    assertEquals(
        List.of("etag", "createdBy", "createdAt"),
        shipment.properties().stream().map(PropertyModel::wireName).toList());
    PropertyModel createdBy = property(shipment, "createdBy");
    assertTrue(createdBy.required());
    assertEquals("The shipper; required for shipments.", createdBy.description());
    assertEquals(
        new SourceRef("allof.json", "/definitions/Shipment/properties/createdBy"),
        createdBy.source());
  }

  @Test
  void anAliasIsASubclassWithoutPropertiesOfItsOwn() {
    ObjectModel archived = object(model, "ArchivedWarehouse");
    assertEquals("Warehouse", archived.parent());
    assertEquals(List.of(), archived.properties());
    assertEquals("A warehouse kept for the records; nothing of its own.", archived.description());
  }

  @Test
  void aPropertyWrappingOneReferenceInAllOfIsThatReference() {
    ObjectModel transfer = object(model, "Transfer");
    assertEquals(named("Warehouse"), property(transfer, "from").type());
    assertEquals("Where the goods leave.", property(transfer, "from").description());
    assertEquals(named("Warehouse"), property(transfer, "to").type());
    assertEquals(8, model.types().size(), "no anonymous type is made for the wrapper");
  }
}
