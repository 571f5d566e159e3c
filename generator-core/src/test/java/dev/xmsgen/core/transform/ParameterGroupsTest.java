package dev.xmsgen.core.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter grouping pass on small models: shared groups, clashes, conflicting fields. */
class ParameterGroupsTest {

  private static ParameterModel grouped(String name, TypeRef type, String group) {
    return Models.param(name, Location.QUERY, type).withGroup(group);
  }

  private static Pass.Outcome run(List<TypeDef> types, OperationModel... ops) {
    ApiModel api =
        Models.api(Models.client("TestClient"), types, List.of(Models.group("Items", List.of(ops))));
    return Passes.PARAMETER_GROUPING.run(api);
  }

  @Test
  void operationsSharingAGroupShareOneClassWithEveryField() {
    Pass.Outcome outcome =
        run(
            List.of(),
            Models.op("Items_List", "get", "/items")
                .withParameters(List.of(grouped("top", Models.scalar(TypeRef.Primitive.INT32), "Options"))),
            Models.op("Items_Count", "get", "/count")
                .withParameters(
                    List.of(
                        grouped("top", Models.scalar(TypeRef.Primitive.INT32), "Options"),
                        grouped("filter", Models.string(), "Options").withRequired(true))));

    assertEquals(List.of(), outcome.errors());
    ObjectModel options = (ObjectModel) outcome.model().type("Options").orElseThrow();
    assertEquals(
        List.of("top", "filter"), options.properties().stream().map(PropertyModel::javaName).toList());
    assertEquals(List.of(false, true), options.properties().stream().map(PropertyModel::required).toList());
  }

  @Test
  void aGroupNamedLikeAModelIsRenamedWithAWarning() {
    Pass.Outcome outcome =
        run(
            List.of(Models.object("Options").build()),
            Models.op("Items_List", "get", "/items")
                .withParameters(List.of(grouped("top", Models.string(), "Options"))));

    assertEquals(List.of(), outcome.errors());
    assertEquals(
        "Options2",
        outcome.model().groups().get(0).operations().get(0).parameters().get(0).group());
    assertEquals(
        List.of(
            "spec.json#/parameters/top: x-ms-parameter-grouping: the group Options would have the"
                + " name of a model or enum; it is named Options2"),
        outcome.model().warnings().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void oneFieldWithTwoTypesIsAnErrorNamingBothPlaces() {
    Pass.Outcome outcome =
        run(
            List.of(),
            Models.op("Items_List", "get", "/items")
                .withParameters(List.of(grouped("top", Models.string(), "Options"))),
            Models.op("Items_Count", "get", "/count")
                .withParameters(
                    List.of(
                        grouped("top", Models.scalar(TypeRef.Primitive.INT32), "Options")
                            .withSource(
                                new SourceRef("spec.json", "/paths/~1count/get/parameters/0")))));

    assertEquals(
        List.of(
            "spec.json#/paths/~1count/get/parameters/0: x-ms-parameter-grouping: top of the group"
                + " Options has another type at spec.json#/parameters/top"),
        outcome.errors().stream().map(Diagnostic::toString).toList());
  }
}
