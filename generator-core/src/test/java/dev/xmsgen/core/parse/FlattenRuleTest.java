package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.flattened;
import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** specs/rules/flatten.json: x-ms-client-flatten. */
class FlattenRuleTest {
  private static ApiModel model;
  private static ObjectModel server;

  @BeforeAll
  static void parse() throws Exception {
    model = TestSpecs.parseRule("flatten.json");
    server = object(model, "Server");
  }

  @Test
  void exposesTheNestedPropertiesInOrder() {
    assertEquals(
        List.of(
            "propertiesId", "version", "administratorLogin", "subnetId", "publicAccess",
            "latestOperation", "tier", "capacity"),
        server.flattened().stream().map(FlattenedProperty::javaName).toList());
  }

  @Test
  void aNameTakenByAnInheritedPropertyIsPrefixedWithTheFlattenedProperty() {
    FlattenedProperty id = flattened(server, "propertiesId");
    assertEquals(List.of("properties"), id.path());
    assertEquals("id", id.leaf().wireName());
    assertTrue(id.leaf().readOnly());
  }

  @Test
  void flatteningInsideFlatteningLengthensThePath() {
    assertEquals(List.of("properties", "network"), flattened(server, "subnetId").path());
    ObjectModel properties = object(model, "ServerProperties");
    assertEquals(List.of("network"), flattened(properties, "subnetId").path());
  }

  @Test
  void keysBesideTheRefAreKept() {
    PropertyModel p = property(server, "properties");
    assertTrue(p.flatten());
    assertEquals("What the server is and how it is reached.", p.description());
    PropertyModel last = flattened(server, "latestOperation").leaf();
    assertEquals("lastOperation", last.wireName());
    assertTrue(last.readOnly());
    assertEquals("The last operation run on the server.", last.description());
  }

  @Test
  void anInlineObjectIsNamedAndFlattened() {
    assertEquals(named("ServerSku"), property(server, "sku").type());
    assertEquals(List.of("sku"), flattened(server, "capacity").path());
  }

  @Test
  void flattenIsIgnoredOnScalarsSilentlyAndOnPolymorphicTypesAndMapsWithAWarning() {
    assertFalse(property(server, "comment").flatten());
    assertFalse(property(server, "backupPolicy").flatten());
    assertFalse(property(server, "labels").flatten());
    assertEquals(
        List.of(
            "flatten.json#/definitions/Server/properties/backupPolicy: x-ms-client-flatten on"
                + " Server.backupPolicy is ignored: BackupPolicy is polymorphic and its subtype"
                + " would be lost",
            "flatten.json#/definitions/Server/properties/labels: x-ms-client-flatten on"
                + " Server.labels is ignored: its type has only additionalProperties"),
        model.warnings().stream().map(Diagnostic::toString).toList());
  }
}
