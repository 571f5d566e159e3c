package dev.xmsgen.core.transform;

import static dev.xmsgen.core.testing.Models.api;
import static dev.xmsgen.core.testing.Models.client;
import static dev.xmsgen.core.testing.Models.enumOf;
import static dev.xmsgen.core.testing.Models.group;
import static dev.xmsgen.core.testing.Models.named;
import static dev.xmsgen.core.testing.Models.object;
import static dev.xmsgen.core.testing.Models.op;
import static dev.xmsgen.core.testing.Models.param;
import static dev.xmsgen.core.testing.Models.prop;
import static dev.xmsgen.core.testing.Models.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ModelPrinter;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.parse.SpecParser;
import dev.xmsgen.core.testing.PrintedChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each pass of the transform stage on the printed model: a rule spec is parsed and run through the
 * passes before the one under test, and the test asserts what that pass changes in the text
 * {@link ModelPrinter} prints (lines removed {@code -}, added {@code +}, each after its type or
 * group {@code @}).
 */
class PassesTest {

  private static Path rule(String name) {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    Path path = Path.of(base, "rules", name);
    assertTrue(Files.isRegularFile(path), "missing project spec " + path);
    return path;
  }

  /** The model of {@code spec} as {@code pass} gets it: parsed, then every earlier pass. */
  private static ApiModel before(Pass pass, Path spec) throws SpecException {
    ApiModel model = new SpecParser().parse(List.of(spec)).model();
    for (Pass earlier : Passes.ALL.subList(0, Passes.ALL.indexOf(pass))) {
      model = earlier.run(model).model();
    }
    return model;
  }

  /** What {@code pass} changes in the printed model of {@code model}; it must find no errors. */
  private static List<String> changes(Pass pass, ApiModel model) {
    Pass.Outcome outcome = pass.run(model);
    assertEquals(List.of(), outcome.errors());
    return PrintedChanges.between(model, outcome.model());
  }

  @Test
  void thePassesRunInTheOrderGeneratorShows() {
    assertEquals(
        List.of("naming", "enum merging", "flattening", "parameter grouping", "validation"),
        Passes.ALL.stream().map(Pass::name).toList());
  }

  @Nested
  class Naming {
    @Test
    void numbersPropertiesThatRepeatAnInheritedOrOwnJavaNameAndMethodsThatRepeatInAGroupOrObject()
        throws SpecException {
      assertEquals(
          List.of(
              "@ object Derived extends Base  (names.json#/definitions/Derived)",
              "-     property itemName \"item_name\": string",
              "+     property itemName2 \"item_name\": string",
              "@ object Thing  (names.json#/definitions/Thing)",
              "-     property fooBar \"fooBar\": string",
              "+     property fooBar2 \"fooBar\": string",
              "@ group \"HttpPipeline\": HttpPipelineClient, accessor httpPipeline2",
              "-     wait: GET /pipelines/wait (HttpPipeline_Wait) "
                  + " (names.json#/paths/~1pipelines~1wait/get)",
              "+     wait2: GET /pipelines/wait (HttpPipeline_Wait) "
                  + " (names.json#/paths/~1pipelines~1wait/get)",
              "@ group \"things\": ThingsClient, accessor things",
              "-     get: DELETE /things/{thingName} (Things_get) "
                  + " (names.json#/paths/~1things~1{thingName}/delete)",
              "+     get2: DELETE /things/{thingName} (Things_get) "
                  + " (names.json#/paths/~1things~1{thingName}/delete)",
              "+   names.json#/paths/~1pipelines~1wait/get: operation HttpPipeline_Wait would be"
                  + " method wait, which every Java object has; it is named wait2",
              "+   names.json#/paths/~1things~1{thingName}/delete: operation"
                  + " Things_get would be method get, which Things_Get already is; it is"
                  + " named get2"),
          changes(Passes.NAMING, before(Passes.NAMING, rule("names.json"))));
    }
  }

  @Nested
  class ParameterNaming {
    @Test
    void numbersParametersThatRepeatAJavaNameInOneOperation() {
      var name = param("name", ParameterModel.Location.PATH, string()).withRequired(true);
      var query = param("Name", ParameterModel.Location.QUERY, string()).withJavaName("name");
      ApiModel model =
          api(
              client("TestClient"),
              List.of(),
              List.of(
                  group(
                      "Things",
                      List.of(
                          op("Things_Get", "GET", "/things/{name}")
                              .withParameters(List.of(name, query))))));
      assertEquals(
          List.of(
              "@ group \"Things\": ThingsClient, accessor things",
              "-       parameter name: query \"Name\" string",
              "+       parameter name2: query \"Name\" string"),
          changes(Passes.NAMING, model));
    }
  }

  @Nested
  class EnumMerging {
    @Test
    void makesOneEnumOfThePlacesOfOneNameAndNumbersRepeatedConstants() throws SpecException {
      assertEquals(
          List.of(
              "-   enum Finish closed string "
                  + " (enums.json#/definitions/Widget/properties/finish)",
              "-     doc: The surface finish.",
              "-     MATTE = \"Matte\"",
              "-     GLOSSY = \"Glossy\"",
              "@ enum Finish open string "
                  + " (enums.json#/definitions/Gadget/properties/finish)",
              "+     GLOSSY = \"Glossy\"",
              "-   enum LifecycleStatus open string "
                  + " (enums.json#/definitions/Widget/properties/status)",
              "-     doc: Where the widget is in its life.",
              "-     ACTIVE = \"Active\"",
              "-     RETIRED = \"Retired\"",
              "@ enum OddValues open string "
                  + " (enums.json#/definitions/Widget/properties/curve)",
              "-     ENABLED = \"Enabled\"",
              "+     ENABLED2 = \"Enabled\"",
              "+   enums.json#/definitions/Widget/properties/finish: enum Finish is"
                  + " also defined at enums.json#/definitions/Gadget/properties/finish"
                  + " with other values [Matte, Glossy] (there: [Matte, Satin]) and"
                  + " modelAsString false (there: true); they become one open enum with"
                  + " the values of every place"),
          changes(Passes.ENUM_MERGING, before(Passes.ENUM_MERGING, rule("enums.json"))));
    }
  }

  @Nested
  class Flattening {
    @Test
    void exposesTheNestedPropertiesAndClearsFlagsWhereFlatteningCannotHappen()
        throws SpecException {
      assertEquals(
          List.of(
              "@ object Server extends Resource  (flatten.json#/definitions/Server)",
              "-     property comment \"comment\": string, flatten",
              "+     property comment \"comment\": string",
              "-     property backupPolicy \"backupPolicy\": BackupPolicy, flatten",
              "+     property backupPolicy \"backupPolicy\": BackupPolicy",
              "-     property labels \"labels\": map<string>, flatten",
              "+     property labels \"labels\": map<string>",
              "+     flattened propertiesId = properties.id: uuid",
              "+     flattened version = properties.version: string",
              "+     flattened administratorLogin = properties.administratorLogin:"
                  + " string",
              "+     flattened subnetId = properties.network.subnetId: string",
              "+     flattened publicAccess = properties.network.publicAccess:"
                  + " boolean",
              "+     flattened latestOperation = properties.latestOperation:"
                  + " OperationStatus",
              "+     flattened tier = sku.tier: string",
              "+     flattened capacity = sku.capacity: int32",
              "@ object ServerProperties "
                  + " (flatten.json#/definitions/ServerProperties)",
              "+     flattened subnetId = network.subnetId: string",
              "+     flattened publicAccess = network.publicAccess: boolean",
              "+   flatten.json#/definitions/Server/properties/backupPolicy:"
                  + " x-ms-client-flatten on Server.backupPolicy is ignored: BackupPolicy"
                  + " is polymorphic and its subtype would be lost",
              "+   flatten.json#/definitions/Server/properties/labels:"
                  + " x-ms-client-flatten on Server.labels is ignored: its type has only"
                  + " additionalProperties"),
          changes(Passes.FLATTENING, before(Passes.FLATTENING, rule("flatten.json"))));
    }
  }

  @Nested
  class Validation {
    @Test
    void everyRuleSpecPassesUnchanged() throws Exception {
      List<Path> specs;
      try (Stream<Path> files = Files.list(rule("enums.json").getParent())) {
        specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      }
      assertTrue(specs.size() >= 10, "rule specs: " + specs);
      for (Path spec : specs) {
        assertEquals(
            List.of(),
            changes(Passes.VALIDATION, before(Passes.VALIDATION, spec)),
            spec.getFileName().toString());
      }
    }

    private List<String> errors(ApiModel model) {
      Pass.Outcome outcome = Passes.VALIDATION.run(model);
      assertEquals(List.of(), PrintedChanges.between(model, outcome.model()));
      return outcome.errors().stream().map(Object::toString).toList();
    }

    // What parse and the earlier passes never produce, but a hand-made model can: the emitters
    // used to throw on each.

    @Test
    void aFlattenedPathThroughAPropertyThatIsNotFlattened() {
      var nested = object("Nested").props(prop("x", string()));
      var outer = object("Outer").props(prop("properties", named("Nested")));
      FlattenedProperty x =
          new FlattenedProperty(
              "x",
              List.of(new FlattenedProperty.Step("Outer", outer.property("properties"), "Nested")),
              nested.property("x"),
              "Nested");
      ApiModel model = api("bad.json", List.of(nested.build(), outer.flattened(x).build()));
      assertEquals(
          List.of(
              "bad.json#/definitions/Outer: flattened property Outer.x cannot be resolved:"
                  + " Outer.properties is not flattened"),
          errors(model));
    }

    @Test
    void aReferenceToATypeTheModelDoesNotDefine() {
      var order = object("Order").props(prop("customer", named("Customer")));
      ApiModel model = api(client("TestClient"), List.of(order.build()), List.of());
      assertEquals(
          List.of(
              "spec.json#/definitions/Order/properties/customer: refers to the type Customer,"
                  + " which the model does not define"),
          errors(model));
    }

    @Test
    void aClientNamedLikeAModel() {
      ApiModel model =
          api(
              client("TestClient"),
              List.of(object("VaultsClient").build()),
              List.of(group("Vaults", List.of(op("Vaults_Get", "GET", "/vaults")))));
      assertEquals(
          List.of(
              "spec.json#/paths/~1vaults/get: the client of group 'Vaults' would be class"
                  + " VaultsClient, whose file is also the file of the type VaultsClient"
                  + " (spec.json#/definitions/VaultsClient)"),
          errors(model));
    }

    @Test
    void twoTypesWhoseFilesDifferOnlyInCase() {
      ApiModel model =
          api(
              "bad.json",
              List.of(
                  object("Mode").build(), enumOf("MODE", "", true, Primitive.STRING, "a", "")));
      assertEquals(
          List.of(
              "bad.json#/definitions/Mode: the type Mode would be class Mode, whose file is also"
                  + " the file of the type MODE (bad.json#/definitions/MODE)"),
          errors(model));
    }

    @Test
    void aDiscriminatorOfAnUndeclaredKeyClashingWithAProperty() {
      ApiModel model =
          api(
              client("TestClient"),
              List.of(
                  object("Pet")
                      .discriminator("@type")
                      .value("Pet")
                      .props(prop("type", string()))
                      .build()),
              List.of());
      assertEquals(
          List.of(
              "spec.json#/definitions/Pet/properties/type: the field type of Pet for property"
                  + " 'type' would have the name of the member for the discriminator '@type'"
                  + " (spec.json#/definitions/Pet); rename one with x-ms-client-name",
              "spec.json#/definitions/Pet/properties/type: the getter getType of Pet for property"
                  + " 'type' would have the name of the member for the discriminator '@type'"
                  + " (spec.json#/definitions/Pet); rename one with x-ms-client-name"),
          errors(model));
    }
  }
}
