package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.operation;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** specs/rules/references.json: $refs across files, shared parameters and subtypes by scan. */
class ReferencesRuleTest {
  private static ParsedApi parsed;
  private static ApiModel model;

  @BeforeAll
  static void parse() throws Exception {
    parsed = TestSpecs.parse(List.of(TestSpecs.rule("references.json")));
    model = parsed.model();
  }

  @Test
  void everyReferencedFileIsReadOnceAndExamplesAreNot() {
    assertEquals(
        List.of("references.json", "common.json", "zoo.json"),
        parsed.inputs().stream().map(Path::getFileName).map(Path::toString).toList());
    parsed.inputs().forEach(p -> assertEquals(p.toAbsolutePath().normalize(), p));
  }

  @Test
  void onlyWhatIsReachedIsGenerated() {
    assertEquals(
        List.of("Animal", "Cub", "Enclosure", "ErrorResponse", "Lion", "Resource"),
        model.types().stream().map(TypeDef::name).toList());
    assertEquals(
        new SourceRef("common.json", "/definitions/Resource"),
        model.type("Resource").orElseThrow().source());
  }

  @Test
  void subtypesNobodyReferencesAreFoundByScanningTheirFiles() {
    assertEquals(List.of("Lion"), object(model, "Animal").subtypes());
    assertEquals("lion", object(model, "Lion").discriminatorValue());
    assertEquals("Lion", object(model, "Cub").parent());
    assertEquals(
        new TypeRef.ListOf(named("Animal")), property(object(model, "Enclosure"), "animals").type());
  }

  @Test
  void sharedParametersAndResponsesResolveInTheirOwnFile() {
    OperationModel get = operation(model, "Enclosures_Get");
    ParameterModel name = get.parameters().get(0);
    assertEquals("enclosureName", name.wireName());
    assertFalse(name.clientLevel());
    assertEquals(new SourceRef("common.json", "/parameters/EnclosureName"), name.source());
    assertEquals(named("ErrorResponse"), get.responses().get(1).body());
    assertEquals(List.of(), model.warnings());
  }
}
