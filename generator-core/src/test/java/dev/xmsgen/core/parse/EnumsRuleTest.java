package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.enumeration;
import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.operation;
import static dev.xmsgen.core.parse.TestSpecs.parameter;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static dev.xmsgen.core.parse.TestSpecs.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.EnumModel.EnumValue;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** specs/rules/enums.json: x-ms-enum and plain enums. */
class EnumsRuleTest {
  private static ApiModel model;

  @BeforeAll
  static void parse() throws Exception {
    model = TestSpecs.parseRule("enums.json");
  }

  @Test
  void valuesNamesAndDescriptionsComeFromXmsEnumValues() {
    EnumModel tier = enumeration(model, "Tier");
    assertFalse(tier.open());
    assertEquals(
        List.of(
            new EnumValue("Basic", "BASIC", "Good enough for tests."),
            new EnumValue("Premium", "GOLD", "Redundant and fast.")),
        tier.values());
  }

  @Test
  void anEnumWithoutXmsEnumIsClosedAndNamedAfterItsDefinitionOrHolder() {
    assertFalse(enumeration(model, "Color").open());
    assertEquals(named("WidgetShape"), property(object(model, "Widget"), "shape").type());
    assertEquals(List.of("round", "square"), values(enumeration(model, "WidgetShape")));
    assertEquals(
        named("WidgetsListColor"), parameter(operation(model, "Widgets_List"), "color").type());
  }

  @Test
  void numericEnumsKeepTheirWireType() {
    EnumModel priority = enumeration(model, "Priority");
    assertEquals(TypeRef.Primitive.INT32, priority.wireType());
    assertEquals(List.of("1", "2", "3"), values(priority));
    assertEquals("LOW", priority.values().get(0).javaName());
  }

  @Test
  void aSingleValueEnumOnAPropertyStaysAnEnum() {
    assertEquals(named("WidgetKind"), property(object(model, "Widget"), "kind").type());
    assertEquals(List.of("widget"), values(enumeration(model, "WidgetKind")));
  }

  @Test
  void anEnumWhoseOnlyValueIsNullIsItsPlainTypeWithAWarning() {
    assertEquals(
        TypeRef.of(TypeRef.Primitive.STRING), property(object(model, "Widget"), "legacy").type());
    assertTrue(
        model.warnings().stream()
            .anyMatch(
                w ->
                    w.source()
                        .equals(
                            new SourceRef(
                                "enums.json", "/definitions/Widget/properties/legacy/enum"))),
        model.warnings().toString());
  }

  @Test
  void constantNamesAreIdentifiersAndUnique() {
    assertEquals(
        List.of("P_256", "RECOVERABLE_PURGEABLE", "_2019_01_01", "ENABLED", "ENABLED2"),
        enumeration(model, "OddValues").values().stream().map(EnumValue::javaName).toList());
  }

  @Test
  void identicalEnumsOfOneNameAreMergedSilently() {
    EnumModel status = enumeration(model, "LifecycleStatus");
    assertTrue(status.open());
    assertEquals(List.of("Active", "Retired"), values(status));
    assertEquals(named("LifecycleStatus"), property(object(model, "Gadget"), "status").type());
  }

  @Test
  void conflictingEnumsOfOneNameBecomeTheOpenUnionWithAWarning() {
    EnumModel finish = enumeration(model, "Finish");
    assertTrue(finish.open(), "open because Gadget's is");
    assertEquals(List.of("Matte", "Satin", "Glossy"), values(finish));
    List<Diagnostic> warnings =
        model.warnings().stream().filter(w -> w.message().contains("Finish")).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    Diagnostic warning = warnings.get(0);
    assertEquals(new SourceRef("enums.json", "/definitions/Widget/properties/finish"), warning.source());
    assertTrue(
        warning.message().contains("enums.json#/definitions/Gadget/properties/finish"),
        warning.message());
  }
}
