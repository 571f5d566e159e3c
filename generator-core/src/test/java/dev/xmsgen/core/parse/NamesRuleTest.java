package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.operation;
import static dev.xmsgen.core.parse.TestSpecs.parameter;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** specs/rules/names.json: every name in the model is a legal, unique Java name. */
class NamesRuleTest {
  private static ApiModel model;

  @BeforeAll
  static void parse() throws Exception {
    model = TestSpecs.parseRule("names.json");
  }

  @Test
  void typesNamedLikeJavaLangClassesGetTheModelSuffix() {
    for (String name : List.of("ErrorModel", "StringModel", "RecordModel", "OverrideModel")) {
      assertTrue(model.type(name).isPresent(), name);
    }
    for (String name : List.of("Error", "String", "Record", "Override")) {
      assertTrue(model.type(name).isEmpty(), name);
    }
    assertEquals(named("StringModel"), property(object(model, "Thing"), "text").type());
  }

  @Test
  void hostileAndPunctuatedDefinitionNamesBecomePlainIdentifiers() {
    TypeDef x = model.type("X").orElseThrow();
    assertEquals(new SourceRef("names.json", "/definitions/..~1x"), x.source());
    assertTrue(model.type("MyThingV2").isPresent());
  }

  @Test
  void propertyNamesAreLegalAndUnique() {
    assertEquals(
        List.of(
            "classValue", "defaultValue", "odataNextLink", "_123abc", "fooBar", "fooBar2",
            "displayLabel", "error", "text", "recordValue", "override", "escaped", "dotted", "tag",
            "localTag"),
        object(model, "Thing").properties().stream().map(PropertyModel::javaName).toList());
  }

  @Test
  void definitionsOfOneNameInTwoFilesAreNumberedInFileOrder() {
    assertEquals(new SourceRef("names-common.json", "/definitions/Tag"),
        model.type("Tag").orElseThrow().source());
    assertEquals(new SourceRef("names.json", "/definitions/Tag"),
        model.type("Tag2").orElseThrow().source());
    assertEquals("Widget2", model.type("Widget2").orElseThrow().name());
    assertEquals(new SourceRef("names.json", "/definitions/widget"),
        model.type("Widget2").orElseThrow().source(), "names differing only in case clash too");
  }

  @Test
  void inheritedNamesAreRespected() {
    assertEquals(
        List.of("item_name"),
        object(model, "Derived").properties().stream().map(PropertyModel::wireName).toList(),
        "the redeclared 'id' is dropped");
    assertEquals("itemName2", property(object(model, "Derived"), "item_name").javaName());
  }

  @Test
  void aGroupNamedLikeAClientOrObjectMemberGetsAnotherAccessor() {
    assertEquals(
        List.of("httpPipeline2", "wait2"),
        model.groups().stream()
            .map(OperationGroup::accessorName)
            .filter(a -> a.endsWith("2"))
            .sorted()
            .toList());
  }

  @Test
  void operationsWithoutAGroupAndRepeatedMethodNames() {
    OperationGroup ungrouped = model.groups().get(0);
    assertEquals("", ungrouped.name());
    assertEquals("ContosoNamesTestServiceOperationsClient", ungrouped.javaName());
    assertEquals("contosoNamesTestServiceOperations", ungrouped.accessorName());
    assertEquals("ping", ungrouped.operations().get(0).javaName());
    assertEquals("ContosoNamesTestServiceClient", model.client().name());
    assertEquals("get2", operation(model, "Things_get").javaName());
    OperationModel get = operation(model, "Things_Get");
    assertEquals("classValue", parameter(get, "class").javaName());
    assertEquals("requestId", parameter(get, "x-ms-client-request-id").javaName());
    assertEquals(
        "The caller's request id, renamed beside the $ref.",
        parameter(get, "x-ms-client-request-id").description());
  }

  @Test
  void groupPrefixesThatDifferOnlyInCaseAreOneGroup() {
    List<OperationGroup> things =
        model.groups().stream().filter(g -> g.javaName().equals("ThingsClient")).toList();
    assertEquals(1, things.size(), model.groups().toString());
    assertEquals(
        List.of("things_List", "Things_Get", "Things_get"),
        things.get(0).operations().stream().map(OperationModel::operationId).toList());
  }

  @Test
  void everyRenameIsReported() {
    assertEquals(
        List.of(
            "names.json#/definitions/Derived/properties/id: property 'id' is already inherited"
                + " from Base; the inherited one is used",
            "names.json#/definitions/Tag: the type name Tag is already taken by"
                + " names-common.json#/definitions/Tag; this type is named Tag2",
            "names.json#/definitions/widget: the type name Widget is already taken by"
                + " names.json#/definitions/Widget; this type is named Widget2",
            "names.json#/paths/~1pipelines~1wait/get: operation HttpPipeline_Wait would be method"
                + " wait, which every Java object has; it is named wait2",
            "names.json#/paths/~1things~1{thingName}/delete: operation Things_get would be method"
                + " get, which Things_Get already is; it is named get2",
            "names.json#/paths/~1things~1{thingName}/get/parameters/2: x-ms-parameter-grouping:"
                + " the group Thing would have the name of a model or enum; it is named Thing2"),
        model.warnings().stream()
            .map(Diagnostic::toString)
            .toList());
  }
}
