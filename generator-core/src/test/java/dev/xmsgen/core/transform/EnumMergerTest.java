package dev.xmsgen.core.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.EnumModel.EnumValue;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumMergerTest {
  private final EnumMerger merger = new EnumMerger();

  private static EnumModel place(String file, boolean open, EnumValue... values) {
    return Models.enumOf("Mode", "", open, Primitive.STRING)
        .withSource(new SourceRef(file, "/definitions/Mode"))
        .withValues(List.of(values));
  }

  private static EnumValue value(String wire, String description) {
    return new EnumValue(wire, wire.toUpperCase(java.util.Locale.ROOT), description);
  }

  @Test
  void identicalPlacesMergeSilentlyAndShareDescriptions() {
    EnumMerger.Result r =
        merger.merge(
            List.of(
                place("b.json", false, value("on", "Switched on."), value("off", "")),
                place("a.json", false, value("on", ""), value("off", ""))));
    assertEquals(List.of(), r.warnings());
    EnumModel merged = r.merged();
    assertEquals(new SourceRef("a.json", "/definitions/Mode"), merged.source(), "first file wins");
    assertFalse(merged.open());
    assertEquals(List.of(value("on", "Switched on."), value("off", "")), merged.values());
  }

  @Test
  void differingPlacesBecomeTheOpenUnionWithAWarningNamingBoth() {
    EnumMerger.Result r =
        merger.merge(
            List.of(
                place("a.json", false, value("on", ""), value("off", "")),
                place("b.json", true, value("on", ""), value("auto", ""))));
    assertTrue(r.merged().open());
    assertEquals(
        List.of("on", "off", "auto"),
        r.merged().values().stream().map(EnumValue::wireValue).toList());
    Diagnostic w = r.warnings().get(0);
    assertEquals(1, r.warnings().size());
    assertEquals(new SourceRef("b.json", "/definitions/Mode"), w.source());
    assertEquals(
        "enum Mode is also defined at a.json#/definitions/Mode with other values [on, auto]"
            + " (there: [on, off]) and modelAsString true (there: false); they become one open"
            + " enum with the values of every place",
        w.message());
  }

  @Test
  void constantNamesAreMadeUnique() {
    EnumMerger.Result r =
        merger.merge(
            List.of(
                place(
                    "a.json", true, new EnumValue("enabled", "ENABLED", ""),
                    new EnumValue("Enabled", "ENABLED", ""))));
    assertEquals(
        List.of("ENABLED", "ENABLED2"),
        r.merged().values().stream().map(EnumValue::javaName).toList());
  }
}
