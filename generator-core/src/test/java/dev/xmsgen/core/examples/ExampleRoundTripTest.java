package dev.xmsgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.examples.ExampleCatalog.ExampleCase;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.runtime.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real specs' {@code x-ms-examples} are the truth: every request body and every response body
 * of every example file must deserialize into its generated type with unknown properties treated as
 * errors, and serialize back to the same JSON (read-only properties aside, since they are never
 * sent; values equal in another lexical form aside). A plain {@code new ObjectMapper()}, as a
 * user's application has, must read each body into an equal model and write exactly the JSON the
 * runtime's mapper writes.
 */
class ExampleRoundTripTest {
  private static final String PACKAGE = "com.example.keyvault";

  @TestFactory
  Stream<DynamicTest> keyVault2021PreviewExamplesRoundTrip() throws Exception {
    return roundTrips(SharedSpecs.KEYVAULT_2021_06_01_PREVIEW);
  }

  @TestFactory
  Stream<DynamicTest> keyVault2025StableExamplesRoundTrip() throws Exception {
    return roundTrips(SharedSpecs.KEYVAULT_2025_05_01);
  }

  @TestFactory
  Stream<DynamicTest> keyVault2025SingleFileExamplesRoundTrip() throws Exception {
    return roundTrips(SharedSpecs.KEYVAULT_2025_05_01_SINGLE_FILE);
  }

  /** One body of one example: where it is, its declared type and its JSON. */
  private record Body(String where, TypeRef type, JsonNode json) {}

  private Stream<DynamicTest> roundTrips(SharedSpecs specs) throws Exception {
    GenerationResult result =
        new Generator().generate(new GeneratorOptions(specs.files(), PACKAGE, false));
    CompiledClasses classes = InMemoryCompiler.compile(result.files());
    ApiModel model = result.model();
    ExampleCatalog catalog = ExampleCatalog.of(specs.files());
    assertTrue(catalog.cases().size() > 10, "too few examples found: " + catalog.cases().size());

    List<Body> bodies = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (ExampleCase example : catalog.cases()) {
      Optional<OperationModel> op = operation(model, example.operationId());
      if (op.isEmpty()) {
        unmatched.add(example + ": no operation " + example.operationId());
        continue;
      }
      bodies.addAll(bodies(example, op.get(), unmatched));
    }
    System.out.printf(
        "examples %s: %d example files, %d bodies, %d example files named but absent%n",
        specs, catalog.cases().size(), bodies.size(), catalog.missing().size());
    assertEquals(List.of(), unmatched, "example parts with no declared type");

    ObjectMapper strict = Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return bodies.stream()
        .map(
            body ->
                DynamicTest.dynamicTest(
                    body.where(), () -> roundTrip(strict, classes, model, body)));
  }

  private static void roundTrip(ObjectMapper mapper, CompiledClasses classes, ApiModel model, Body body)
      throws Exception {
    JavaType javaType = javaType(mapper.getTypeFactory(), classes, body.type());
    Object value;
    try {
      value = mapper.readValue(mapper.treeAsTokens(body.json()), javaType);
    } catch (Exception e) {
      fail(body.where() + ": does not deserialize into " + javaType + ": " + e.getMessage(), e);
      return;
    }
    JsonNode written = mapper.valueToTree(value);
    List<String> differences =
        WireComparison.differences(model, body.type(), body.json(), written, "$");
    assertEquals(List.of(), differences, body.where() + " changed in a round trip");

    ObjectMapper plain = new ObjectMapper();
    Object read = plain.readValue(plain.treeAsTokens(body.json()), javaType);
    assertEquals(
        written, plain.valueToTree(read), body.where() + ": a plain ObjectMapper writes other JSON");
    assertEquals(
        written, mapper.valueToTree(read), body.where() + ": a plain ObjectMapper reads otherwise");
  }

  private static List<Body> bodies(ExampleCase example, OperationModel op, List<String> unmatched) {
    List<Body> bodies = new ArrayList<>();
    JsonNode parameters = example.example().path("parameters");
    for (ParameterModel p : op.parameters()) {
      if (p.location() == ParameterModel.Location.BODY && parameters.has(p.wireName())) {
        bodies.add(
            new Body(
                example.file() + " parameters." + p.wireName(),
                p.type(),
                parameters.get(p.wireName())));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = example.example().path("responses").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> response = it.next();
      if (!response.getValue().has("body")) {
        continue;
      }
      String where = example.file() + " responses." + response.getKey() + ".body";
      Optional<TypeRef> type = responseType(op, response.getKey());
      if (type.isEmpty()) {
        unmatched.add(where + ": " + op.operationId() + " declares no body for " + response.getKey());
        continue;
      }
      bodies.add(new Body(where, type.get(), response.getValue().get("body")));
    }
    return bodies;
  }

  private static Optional<TypeRef> responseType(OperationModel op, String status) {
    Optional<ResponseModel> exact =
        op.responses().stream().filter(r -> r.status().equals(status)).findFirst();
    ResponseModel response =
        exact.orElseGet(
            () ->
                op.responses().stream()
                    .filter(r -> r.status().equals("default"))
                    .findFirst()
                    .orElse(null));
    return Optional.ofNullable(response).map(ResponseModel::body);
  }

  private static Optional<OperationModel> operation(ApiModel model, String operationId) {
    return model.groups().stream()
        .map(OperationGroup::operations)
        .flatMap(List::stream)
        .filter(o -> o.operationId().equals(operationId))
        .findFirst();
  }

  private static JavaType javaType(TypeFactory types, CompiledClasses classes, TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return types.constructType(classes.type(PACKAGE + ".models." + named.name()));
    }
    if (type instanceof TypeRef.ListOf list) {
      return types.constructCollectionType(List.class, javaType(types, classes, list.element()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return types.constructMapType(
          Map.class, types.constructType(String.class), javaType(types, classes, map.value()));
    }
    return types.constructType(JsonNode.class);
  }
}
