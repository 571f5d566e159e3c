package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.operation;
import static dev.xmsgen.core.parse.TestSpecs.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.CollectionFormat;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** specs/rules/operations.json and parameterized-host.json: everything a client needs. */
class OperationsRuleTest {
  private static ApiModel model;

  @BeforeAll
  static void parse() throws Exception {
    model = TestSpecs.parseRule("operations.json");
  }

  @Test
  void theClientComesFromTheDocument() {
    ClientModel client = model.client();
    assertEquals("ContosoStoresClient", client.name());
    assertEquals("https://stores.contoso.example/api", client.endpoint(), "https preferred");
    assertEquals("/api", client.basePath());
    assertEquals(List.of("https://stores.contoso.example/.default"), client.scopes());
    assertEquals(
        List.of("apiVersion", "subscriptionId", "tenant"),
        client.parameters().stream().map(ParameterModel::javaName).toList());
    assertEquals("2024-03-01", client.parameters().get(0).constantValue());
  }

  @Test
  void pathLevelParametersComeFirst() {
    OperationModel get = operation(model, "Stores_Get");
    assertEquals(
        List.of("storeName", "api-version", "If-None-Match"),
        get.parameters().stream().map(ParameterModel::wireName).toList());
    ParameterModel storeName = get.parameters().get(0);
    assertFalse(storeName.clientLevel(), "x-ms-parameter-location: method");
    assertTrue(storeName.isMethodArgument());
    assertEquals("ifNoneMatch", get.parameters().get(2).javaName());
    assertEquals(Location.HEADER, get.parameters().get(2).location());
  }

  @Test
  void constantsAndClientParameters() {
    OperationModel legacy = operation(model, "Stores_ListLegacy");
    assertEquals(
        "resourceType eq 'Contoso.Stores/stores'", parameter(legacy, "$filter").constantValue());
    assertEquals("2019-01-01", parameter(legacy, "api-version").constantValue());
    assertFalse(parameter(legacy, "api-version").clientLevel());
    assertTrue(legacy.deprecated());
    OperationModel list = operation(model, "Stores_ListBySubscription");
    ParameterModel tenant = parameter(list, "x-contoso-tenant");
    assertTrue(tenant.clientLevel(), "x-ms-parameter-location: client");
    assertEquals("tenant", tenant.javaName());
    assertEquals(TypeRef.of(TypeRef.Primitive.UUID), parameter(list, "subscriptionId").type());
    assertEquals(CollectionFormat.CSV, parameter(list, "tags").collectionFormat());
    assertNull(parameter(list, "$top").collectionFormat());
    assertEquals("List stores", list.summary());
  }

  @Test
  void anApiVersionMarkedNotOneIsAnOrdinaryArgument() {
    ParameterModel local = parameter(operation(model, "Stores_GetHistory"), "api-version");
    assertNull(local.constantValue(), "x-ms-api-version: false");
    assertFalse(local.clientLevel());
    assertFalse(local.required());
    assertTrue(local.isMethodArgument());
    assertEquals("apiVersion", local.javaName());
  }

  @Test
  void globalParametersAreClientParametersUnlessMarkedMethod() throws Exception {
    ApiModel names = TestSpecs.parseRule("names.json");
    assertTrue(
        parameter(operation(names, "Things_Get"), "x-ms-client-request-id").clientLevel(),
        "declared in the global parameters, without x-ms-parameter-location");
    assertFalse(
        parameter(operation(model, "Stores_Get"), "storeName").clientLevel(),
        "x-ms-parameter-location: method");
  }

  @Test
  void pagingVariants() {
    assertEquals(
        new OperationModel.Paging("value", "nextLink", null),
        operation(model, "Stores_ListBySubscription").paging());
    assertEquals(
        new OperationModel.Paging("stores", null, null),
        operation(model, "Stores_ListLegacy").paging());
    assertEquals(
        new OperationModel.Paging("items", "@nextLink", "Items_ListNext"),
        operation(model, "Items_List").paging());
  }

  @Test
  void longRunningOperations() {
    assertEquals(
        "azure-async-operation",
        operation(model, "Stores_CreateOrUpdate").longRunning().finalStateVia());
    assertNull(operation(model, "Stores_Delete").longRunning().finalStateVia());
    assertNull(operation(model, "Stores_Get").longRunning());
  }

  @Test
  void responsesAreSortedWithHeadersAndErrors() {
    OperationModel get = operation(model, "Stores_Get");
    assertEquals(
        List.of("200", "304", "404", "default"),
        get.responses().stream().map(ResponseModel::status).toList());
    assertEquals(
        List.of(false, false, false, true),
        get.responses().stream().map(ResponseModel::error).toList(),
        "404 is marked x-ms-error-response: false");
    assertEquals(named("ErrorResponse"), get.responses().get(3).body(), "from #/responses");
    assertEquals(
        List.of("ETag", "x-ms-request-id"),
        get.responses().get(0).headers().stream()
            .map(ResponseModel.HeaderModel::wireName)
            .toList());
    ResponseModel created = operation(model, "Stores_CreateOrUpdate").responses().get(1);
    assertEquals("201", created.status());
    assertEquals(TypeRef.of(TypeRef.Primitive.INT32), created.headers().get(1).type());
    assertEquals("retryAfter", created.headers().get(1).javaName());
  }

  @Test
  void collectionFormatsSkipEncodingAndGrouping() {
    OperationModel list = operation(model, "Items_List");
    assertEquals(CollectionFormat.MULTI, parameter(list, "categories").collectionFormat());
    assertEquals(CollectionFormat.PIPES, parameter(list, "fields").collectionFormat());
    assertEquals(
        "ItemsListParameters",
        parameter(list, "orderby").group(),
        "a group without a name is {MethodGroup}{Method}Parameters");
    assertEquals("ItemListOptions", parameter(list, "maxpagesize").group());
    assertNull(parameter(list, "fields").group());
    assertTrue(parameter(operation(model, "Items_Get"), "itemPath").skipUrlEncoding());
  }

  @Test
  void formDataAndBodies() {
    OperationModel upload = operation(model, "Stores_UploadLogo");
    assertEquals(List.of("multipart/form-data"), upload.consumes());
    ParameterModel logo = parameter(upload, "logo");
    assertEquals(Location.FORM_DATA, logo.location());
    assertEquals(TypeRef.of(TypeRef.Primitive.BINARY), logo.type());
    ParameterModel body = parameter(operation(model, "Stores_CreateOrUpdate"), "store");
    assertEquals(Location.BODY, body.location());
    assertEquals(named("Store"), body.type());
  }

  @Test
  void unsupportedConstructsAreWarningsThatNameThem() {
    List<String> warnings = model.warnings().stream().map(Object::toString).toList();
    // XML bodies are supported: the XML operation is no warning
    assertTrue(
        warnings.stream().noneMatch(w -> w.contains("Stores_GetCatalog") || w.contains("XML")),
        warnings.toString());
    assertTrue(
        warnings.contains(
            "operations.json#/paths/~1stores~1{storeName}~1logo/post: multipart/form-data is not"
                + " supported yet: operation Stores_UploadLogo sends its form fields as"
                + " application/x-www-form-urlencoded"),
        warnings.toString());
    assertTrue(
        warnings.stream().noneMatch(w -> w.contains("x-ms-parameter-grouping")),
        warnings.toString());
  }

  @Test
  void theNotFoundOfAHeadIsAnAnswerNotAnError() {
    List<ResponseModel> responses = operation(model, "Stores_CheckExistence").responses();
    assertEquals(
        List.of("204", "404", "default"), responses.stream().map(ResponseModel::status).toList());
    assertFalse(responses.get(1).error());
    assertTrue(responses.get(2).error());
  }

  @Test
  void singleValueEnumBodiesAndResponseHeadersAreConstantsOfTheirPlainType() {
    ParameterModel open = parameter(operation(model, "Stores_Open"), "open");
    assertEquals("true", open.constantValue());
    assertEquals(TypeRef.of(TypeRef.Primitive.BOOLEAN), open.type());
    ResponseModel opening = operation(model, "Stores_GetOpening").responses().get(0);
    assertEquals(TypeRef.of(TypeRef.Primitive.DATE), opening.body());
    assertEquals(TypeRef.of(TypeRef.Primitive.STRING), opening.headers().get(0).type());
  }

  @Test
  void xmsPathsAreOperationsTooAndTheirFixedQueryIsAConstant() {
    OperationModel export = operation(model, "Stores_Export");
    assertEquals("/stores/{storeName}", export.path());
    assertEquals("export", parameter(export, "action").constantValue());
    OperationModel importOp = operation(model, "Stores_Import");
    assertEquals("importValue", importOp.javaName());
    assertEquals("import", parameter(importOp, "action").constantValue());
    assertEquals(named("ImportMode"), parameter(importOp, "mode").type());
    assertEquals(
        1, importOp.parameters().stream().filter(p -> p.wireName().equals("action")).count());
  }

  @Test
  void withoutSchemesTheEndpointIsHttpAsAutoRestAssumes(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("plain.json");
    Files.writeString(
        spec,
        "{\"swagger\":\"2.0\",\"info\":{\"title\":\"plain\",\"version\":\"1\"},"
            + "\"host\":\"localhost:3000\",\"paths\":{}}");
    assertEquals(
        "http://localhost:3000", new SpecParser().parse(List.of(spec)).model().client().endpoint());
  }

  @Test
  void tokenScopesAreTheUrlScopesTheSecurityRequirementsList(@TempDir Path dir)
      throws Exception {
    Path spec = dir.resolve("secured.json");
    Files.writeString(
        spec,
        "{\"swagger\":\"2.0\",\"info\":{\"title\":\"secured\",\"version\":\"1\"},"
            + "\"host\":\"svc.example\",\"paths\":{},"
            + "\"securityDefinitions\":{\"aad\":{\"type\":\"oauth2\",\"flow\":\"implicit\","
            + "\"authorizationUrl\":\"https://login.example/authorize\"}},"
            + "\"security\":[{\"aad\":[\"user_impersonation\","
            + "\"https://security.example/.default\"]}]}");
    assertEquals(
        List.of("https://security.example/.default"),
        new SpecParser().parse(List.of(spec)).model().client().scopes());
  }

  @Test
  void aParameterizedHostMakesClientParameters() throws Exception {
    ClientModel client = TestSpecs.parseRule("parameterized-host.json").client();
    assertEquals("{accountName}.{dnsSuffix}", client.hostTemplate());
    assertTrue(client.useSchemePrefix());
    assertNull(client.endpoint());
    assertEquals(
        List.of("accountName", "apiVersion", "dnsSuffix"),
        client.parameters().stream().map(ParameterModel::javaName).toList());
    ParameterModel account = client.parameters().get(0);
    assertTrue(account.clientLevel());
    assertEquals(Location.PATH, account.location());
    assertTrue(account.skipUrlEncoding());
  }
}
